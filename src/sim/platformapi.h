#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QHash>
#include <QString>

class SimModel;
class TokenRegistry;
struct DatasetUser;
struct Application;

// The Platform API v1 (DESIGN.md §2): discovery, OAuth2 token grants, Basic API-key and Bearer
// authentication, users, applications, services, instance status, datacenters and scaling with
// every refusal the platform made.
class PlatformApi
{
public:
    static constexpr int rateLimit = 1000;
    static constexpr qint64 memoryStep = 32LL * 1024 * 1024; // memory is reserved in 32 MiB steps
    static constexpr qint64 maxSelfServiceMemory = 4LL * 1024 * 1024 * 1024; // above: support

    PlatformApi(SimModel *model, TokenRegistry *tokens);
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    SimResponse handle(const SimRequest &request);

private:
    SimResponse route(const SimRequest &request, QString &identity);
    SimResponse token(const SimRequest &request);
    // The user a request authenticates as, or nullptr with the 401 to answer.
    const DatasetUser *authenticate(const SimRequest &request, SimResponse &refusal) const;
    SimResponse applications(const SimRequest &request, const DatasetUser &actor,
                             const QString &owner, const QStringList &rest);
    SimResponse scale(const SimRequest &request, const DatasetUser &actor, const QString &owner,
                      const Application &app, const QString &serviceName);
    QJsonObject applicationJson(const Application &app) const;

    SimModel *m_model;
    TokenRegistry *m_tokens;
    QString m_baseUrl;
    QHash<QString, int> m_requestCounts; // per identity, reset every hour
    qint64 m_windowStart = 0;
};
