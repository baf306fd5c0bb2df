#pragma once

// The simulator's admin endpoints (/admin/…) for tests, every call bounded: each answers within
// its timeout or fails with a sentence naming the request and what went wrong ("POST
// /admin/datacenters/X/fail: 404 No such datacenter: X", "…: no answer within 10000 ms").

#include "result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <chrono>
#include <optional>

namespace TestSupport {

class SimAdmin
{
public:
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    // `apiUrl` and `adminToken` as PlatformSimulator::apiUrl() and adminToken() give them. With
    // an empty token, requests carry no X-Admin-Token header at all.
    SimAdmin(const QUrl &apiUrl, const QString &adminToken,
             std::chrono::milliseconds timeout = defaultTimeout);

    Status failDatacenter(const QString &name);
    Status restoreDatacenter(const QString &name);
    // Leaves out what is not given (the description and outage flag follow the indicator).
    Status setStatus(const QString &indicator, const QString &description = {},
                     std::optional<bool> outage = std::nullopt);
    // {"incident": {"id", "name", "status", "impact"}, "body", "affected": [...]}
    Status postUpdate(const QJsonObject &update);
    // {"kind": "status", "status": 503, "count": 1, "path_prefix": "/v1/me", …}
    Status addFault(const QJsonObject &fault);
    Status clearFaults();
    // Every access token issued so far stops working; refresh tokens keep working.
    Status expireTokens();
    // The dataset as loaded, no faults, no failed datacenter.
    Status reset();

    // Any admin request: the answer's envelope when the status is 2xx, else a failure.
    Result<QJsonObject> send(const QByteArray &verb, const QString &path,
                             const QJsonObject &body = {});
    // Any admin request: the HTTP status it was answered with, refusals (401, 403, 404…)
    // included; a failure only when no answer came.
    Result<int> httpStatus(const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {});

private:
    struct Answer
    {
        int status = 0;
        QJsonObject envelope;
        QString errorString;
    };
    Result<Answer> exchange(const QByteArray &verb, const QString &path, const QJsonObject &body);

    QUrl m_apiUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout;
    QNetworkAccessManager m_nam;
};

} // namespace TestSupport
