#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QJsonArray>
#include <QJsonObject>

// The platform's envelope (DESIGN.md §2): {"request", "links", "object"|"objects"} for answers and
// {"request", "error": {"title", "code", "description"}} for errors. The links of an answer are
// repeated in its Link header.
class ApiEnvelope
{
public:
    static QJsonObject request(const SimRequest &request);
    // The "self" link (the request as made, without an access_token) and the "canonical" one.
    static QJsonArray selfLink(const QString &baseUrl, const SimRequest &request);
    static SimResponse object(const SimRequest &request, const QString &baseUrl,
                              const QJsonObject &object, int status = 200);
    static SimResponse objects(const SimRequest &request, const QString &baseUrl,
                               const QJsonArray &objects);
    static SimResponse error(const SimRequest &request, int code, const QString &description);
    static SimResponse json(const QJsonObject &body, int status = 200);
    // The standard title of a status code ("Not Found").
    static QString title(int code);
    static QByteArray reasonPhrase(int code);
};
