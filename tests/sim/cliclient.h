#pragma once

// A stand-in for the platform's own command-line client (0.9, 2012), written from its documented
// behaviour and independent of src/platform: it logs in through discovery and the token endpoint,
// reads as the CLI reads, and scales as the CLI scales (PATCH, then a deployment). Tests replay
// the CLI's request sequence with it against the simulator.

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

class CliClient
{
public:
    // The one request the client made last, as it was sent (for tests that check the wire).
    struct Sent
    {
        QByteArray verb;
        QUrl url;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
    };

    // `endpoint` ends in /v1, as the CLI's default https://rest.dotcloud.com/v1.
    explicit CliClient(const QUrl &endpoint);

    // The CLI's own OAuth2 client identity, sent as HTTP Basic to the token endpoint.
    void setClient(const QString &id, const QString &secret);

    // GET {endpoint}/auth/discovery without credentials → object["token"].
    Result<QString> discoverTokenUrl();
    // POST grant_type=password&username&password&client_id to the token URL.
    Status login(const QString &username, const QString &password);
    // POST grant_type=refresh_token&refresh_token&client_id&client_secret&scope.
    Status refresh();
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }

    // GET /me/private_keys → objects[0].private_key, as `setup` and `check` fetch it.
    Result<QString> privateKey();
    // GET /me/applications → objects.
    Result<QJsonArray> applications();
    // GET /me/applications/APP/services/SVC → object.
    Result<QJsonObject> service(const QString &app, const QString &svc);
    // `dotcloud info APP SVC`: "domain" of every domain, then one "DATACENTER HOST" per instance.
    Result<QStringList> info(const QString &app, const QString &svc);
    // `dotcloud -A APP scale SVC:instances=N`: PATCH, then POST …/deployments.
    Result<QJsonObject> scale(const QString &app, const QString &svc, int instances);

    const QList<Sent> &sent() const { return m_sent; }

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };
    // One request, bounded; a failure reads as the CLI's messages do (error.description and the
    // trace id), including when the answer is not exactly application/json.
    Result<Answer> send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType, const QByteArray &authorization);
    Result<Answer> api(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    Status grant(const QByteArray &form);

    QUrl m_endpoint;
    QString m_clientId = QStringLiteral("cli-replay");
    QString m_clientSecret = QStringLiteral("cli-replay-secret");
    QString m_tokenUrl;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_scope;
    QList<Sent> m_sent;
    QNetworkAccessManager m_nam;
};
