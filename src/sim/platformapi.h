#pragma once

#include "resourcelinks.h"
#include "simrequest.h"
#include "simresponse.h"

#include <QHash>
#include <QString>

class SimModel;
class TokenRegistry;
struct DatasetUser;
struct Application;
struct Service;
struct Instance;
struct SimDeployment;

// The Platform API v1 as the platform served it (DESIGN.md §2): discovery and the OAuth2 token
// endpoint the 0.9 CLI logs in through, Basic API-key, Bearer and ?access_token= authentication,
// users, push keys, applications, services, domains, containers, instance status, deployments,
// datacenters and scaling with every refusal the platform made. Every resource carries the
// reference's identity fields and links; HEAD answers wherever GET does.
class PlatformApi
{
public:
    static constexpr int rateLimit = 1000;
    static constexpr qint64 memoryStep = 32LL * 1024 * 1024; // memory is reserved in 32 MiB steps
    static constexpr qint64 maxSelfServiceMemory = 4LL * 1024 * 1024 * 1024; // above: support
    // X-dotCloud-API-Revision: the date of the reference's last revision (2012.08.21).
    static constexpr const char *apiRevision = "2012.08.21";
    // Paths outside /v1: the token endpoint, as on the platform's www host.
    static QString tokenPath() { return QStringLiteral("/oauth2/token"); }

    PlatformApi(SimModel *model, TokenRegistry *tokens);
    void setBaseUrl(const QString &baseUrl);

    SimResponse handle(const SimRequest &request);

private:
    SimResponse route(SimRequest &request, QString &identity);
    SimResponse discovery(const SimRequest &request) const;
    SimResponse token(const SimRequest &request);
    // The user a request authenticates as, or nullptr with the 401 to answer.
    const DatasetUser *authenticate(const SimRequest &request, SimResponse &refusal) const;
    SimResponse account(const SimRequest &request, const DatasetUser &actor, const QString &owner,
                        const QStringList &rest);
    SimResponse applications(const SimRequest &request, const DatasetUser &actor,
                             const QString &owner, const QStringList &rest);
    SimResponse services(const SimRequest &request, const DatasetUser &actor, const QString &owner,
                         const Application &app, const QStringList &rest);
    SimResponse deployments(const SimRequest &request, const DatasetUser &actor,
                            const QString &owner, const Application &app, const QStringList &rest);
    SimResponse scale(const SimRequest &request, const DatasetUser &actor, const QString &owner,
                      const Application &app, const QString &serviceName);

    QJsonObject userJson(const QString &username) const;
    QJsonObject userRef(const QString &username) const;
    QJsonObject applicationJson(const QString &owner, const Application &app) const;
    QJsonObject applicationRef(const QString &owner, const QString &app) const;
    QJsonObject serviceJson(const QString &owner, const Application &app, const Service &svc) const;
    QJsonObject containerJson(const QString &owner, const Application &app, const Service &svc,
                              const Instance &inst) const;
    QJsonObject domainJson(const QString &owner, const QString &app, const QString &svc,
                           const QString &domain) const;
    QJsonObject deploymentJson(const QString &owner, const QString &app,
                               const SimDeployment &deployment) const;
    QJsonObject privateKeyJson(const QString &owner) const;

    SimModel *m_model;
    TokenRegistry *m_tokens;
    QString m_baseUrl;
    ResourceLinks m_links;
    QHash<QString, int> m_requestCounts; // per identity, reset every hour
    qint64 m_windowStart = 0;
};
