#pragma once

#include "platformerror.h"

#include <QCoreApplication>

struct HttpResponse;

// Turns what the request layer brought back into a PlatformError a user can act on: transport
// failures keep the layer's message (it names the host or the proxy), HTTP statuses get the
// platform's meaning (418 = maintenance, 401 = sign in again, …) with the platform's own
// error.description appended.
class PlatformErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(PlatformErrorMapper)

public:
    static PlatformError fromTransport(const HttpResponse &response);
    static PlatformError fromStatus(const HttpResponse &response, const QString &what);
    static PlatformError badData(const QString &what, const QString &problem);
    // "(after 1 retry)", "(after 3 retries)", appended to a message when the request was retried.
    static QString afterRetries(int retries);
    // Authentication, maintenance, insecure or cancelled: the whole operation stops.
    static bool isFatal(PlatformErrorKind kind);
};
