#pragma once

#include "inventory.h"
#include "platformcredentials.h"
#include "platformerror.h"
#include "proxyconfiguration.h"
#include "result.h"
#include "service.h"
#include "user.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

// How the client talks to the Platform API (docs/design.md §2, §6).
struct PlatformClientOptions
{
    QUrl apiUrl;      // e.g. https://rest.dotcloud.com (the client appends /v1/…)
    QString customer; // support role: read /v1/users/NAME/applications instead of /v1/me/…
    bool allowInsecureHttp =
        false; // plain http:// is refused unless the host is loopback or this is set
    int maxParallel = 6;
    int connectTimeoutMs = 10000;
    int stallTimeoutMs = 30000;    // no byte received for this long → timeout
    int requestDeadlineMs = 60000; // the whole answer within this time (0: no deadline)
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 3; // for idempotent requests on connection errors and 5xx
    int retryBaseDelayMs = 500;
    QString caFile; // extra CA bundle (PEM) beside the system's; empty: $SCALING_ADVISOR_CA_FILE
    ProxyConfiguration proxy;
    // This client's own OAuth2 identity, sent as HTTP Basic to the token endpoint.
    QString oauthClientId = QStringLiteral("scaling-advisor");
    QString oauthClientSecret = QStringLiteral("scaling-advisor");
};

class PlatformClientPrivate;

// The Platform API client: reads an account's whole inventory with bounded concurrency, refreshes
// one service, and scales a service. One operation at a time (a second one while busy fails with
// Refused); every operation answers with exactly one of its result signals or fetchFailed — except
// scaleService, whose every outcome (accepted, refused by the platform, or failed on the way) is
// one scaleFinished, and which emits fetchFailed only when cancelled. Signals are never emitted
// from inside the call that starts an operation (cancel() excepted).
//
// Over the RequestLayer (QNetworkAccessManager): at most maxParallel requests at once, deadlines,
// retries, proxies, TLS verified. Redirects are followed (up to 5), credentials only within the
// origin. Signing in follows the platform's discovery (PlatformAuthenticator); a 401 triggers one
// token refresh per operation. Scaling is a PATCH of the service, then a deployment of the
// application, as the platform's own client did it.
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    explicit PlatformClient(QObject *parent = nullptr);
    ~PlatformClient() override;

    void setOptions(const PlatformClientOptions &options);
    PlatformClientOptions options() const;
    void setCredentials(const PlatformCredentials &credentials);
    PlatformCredentials credentials() const; // current tokens after a grant or refresh

    // /v1/me only (after a password grant when needed): checks the credentials → signedIn.
    void signIn();
    // /v1/me, the application list, /v1/datacenters, then every service's detail.
    void fetchInventory();
    void fetchService(const QString &application, const QString &service); // refresh one service
    // PATCH the instance count, then POST …/deployments {"revision": null, "clean": false};
    // one scaleFinished after both (accepted only when both were).
    void scaleService(const QString &application, const QString &service, int instanceCount);
    void cancel();
    bool isBusy() const;
    // The error of the last operation that failed (kind None after a success).
    PlatformError lastError() const;

    // Synchronous helpers for the command line (run a local event loop).
    Result<Inventory> fetchInventoryAndWait();
    Result<User> signInAndWait();
    // The platform's answer (accepted) or why it was not done.
    Result<QString> scaleServiceAndWait(const QString &application, const QString &service,
                                        int instanceCount);

signals:
    void progress(int done, int total);
    void signedIn(const User &user);
    void inventoryFetched(
        const Inventory &inventory); // inventory.errors lists services that still failed
    void fetchFailed(const PlatformError &error);
    void serviceFetched(const QString &application, const Service &service);
    // message: the platform's answer, including refusals.
    void scaleFinished(const QString &application, const QString &service, bool accepted,
                       const QString &message);
    void credentialsChanged(
        const PlatformCredentials &credentials); // new tokens: store the refresh token

private:
    friend class PlatformClientPrivate;
    std::unique_ptr<PlatformClientPrivate> d;
};
