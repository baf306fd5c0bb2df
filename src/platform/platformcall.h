#pragma once

#include "platformerror.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

// One call of the Platform API as the client's parts describe it: a verb and a path under the
// API; the client adds the authorization, refreshes the token on a 401, and maps errors.
struct PlatformCall
{
    QByteArray verb = "GET";
    QString path; // "/v1/me/applications"
    QByteArray body;
    QByteArray contentType;
    std::function<void(const QByteArray &body)> onSuccess;
    std::function<void(const PlatformError &error)> onFailure;

    QString sentToken; // the access token the last attempt carried

    QString what() const { return QString::fromLatin1(verb) + u' ' + path; }
};
using PlatformCallPtr = std::shared_ptr<PlatformCall>;
