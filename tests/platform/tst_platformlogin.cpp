// Signing in as the platform's own command-line client did (discovery without credentials, then
// the token endpoint it names, on another host, with this client's id and secret as Basic), the
// refresh token standing in for the password, and scaling as PATCH then deployment — against
// scripted servers that check every request as the platform would.

#include "platformclient.h"
#include "platformwire.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

ScriptedHttpServer::Response json(int status, const QJsonObject &body)
{
    return {status, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson()};
}

QJsonObject error(const QString &description)
{
    return {{u"error"_s, QJsonObject{{u"title"_s, u"Error"_s}, {u"description"_s, description}}}};
}

QUrlQuery form(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body));
}

} // namespace

class TestPlatformLogin : public QObject
{
    Q_OBJECT

    // The token endpoint, on an origin of its own.
    std::unique_ptr<ScriptedHttpServer> m_tokens;
    // The API.
    std::unique_ptr<ScriptedHttpServer> m_api;
    QJsonObject m_discovery;   // what discovery answers (object)
    QJsonObject m_tokenAnswer; // what a good grant answers
    QByteArray m_validPassword = "s3cret";
    QByteArray m_validRefresh = "refresh-1";
    int m_deploymentStatus = 200;

    PlatformClient *client(QObject *parent)
    {
        auto *c = new PlatformClient(parent);
        PlatformClientOptions o;
        o.apiUrl = QUrl(QString::fromLatin1(m_api->origin()));
        o.retryBaseDelayMs = 10;
        c->setOptions(o);
        return c;
    }

    QList<ScriptedHttpServer::Request> apiRequests(const QByteArray &pathPrefix) const
    {
        QList<ScriptedHttpServer::Request> out;
        for (const auto &r : m_api->requests())
            if (r.path.startsWith(pathPrefix))
                out.append(r);
        return out;
    }

private slots:
    void init()
    {
        m_tokenAnswer = {{u"access_token"_s, u"access-1"_s},
                         {u"token_type"_s, u"bearer"_s},
                         {u"expire_in"_s, 3600},
                         {u"refresh_token"_s, QString::fromLatin1(m_validRefresh)},
                         {u"scope"_s, u"full"_s}};
        m_deploymentStatus = 200;
        m_tokens =
            std::make_unique<ScriptedHttpServer>([this](const ScriptedHttpServer::Request &r) {
                const QUrlQuery f = form(r.body);
                const bool clientOk =
                    r.headers.value("authorization") ==
                    "Basic " + QByteArray("scaling-advisor:scaling-advisor").toBase64();
                if (r.method != "POST" || !clientOk ||
                    r.headers.value("content-type") != "application/x-www-form-urlencoded" ||
                    f.queryItemValue(u"client_id"_s) != u"scaling-advisor"_s)
                    return json(400, {{u"error"_s, u"invalid_client"_s}});
                const QString grant = f.queryItemValue(u"grant_type"_s);
                if (grant == u"password"_s && f.queryItemValue(u"username"_s) == u"dana"_s &&
                    f.queryItemValue(u"password"_s).toUtf8() == m_validPassword)
                    return json(200, m_tokenAnswer);
                if (grant == u"refresh_token"_s &&
                    f.queryItemValue(u"refresh_token"_s).toUtf8() == m_validRefresh)
                    return json(200, m_tokenAnswer);
                return json(400, {{u"error"_s, u"invalid_grant"_s}});
            });
        QVERIFY(m_tokens->start());
        m_discovery = {{u"token"_s, QString::fromLatin1(m_tokens->origin() + "/oauth2/token")},
                       {u"clients"_s, QJsonObject{}}};
        m_api = std::make_unique<ScriptedHttpServer>([this](const ScriptedHttpServer::Request &r) {
            if (r.path == "/v1/auth/discovery") {
                if (r.headers.contains("authorization"))
                    return json(400, error(u"discovery takes no credentials"_s));
                return json(200, {{u"object"_s, m_discovery}});
            }
            const QByteArray auth = r.headers.value("authorization");
            if (auth != "Bearer " + m_tokenAnswer.value(u"access_token"_s).toString().toUtf8())
                return json(401, error(u"Authentication required"_s));
            if (r.path == "/v1/me")
                return json(200, {{u"object"_s, PlatformWire::toJson(User{
                                                    u"dana"_s, u"Dana"_s, {}, u"developer"_s})}});
            if (r.method == "PATCH" && r.path == "/v1/me/applications/shop/services/www")
                return json(200, {{u"object"_s, QJsonObject{{u"name"_s, u"www"_s},
                                                            {u"service_type"_s, u"python"_s},
                                                            {u"instance_count"_s, 3}}}});
            if (r.method == "POST" && r.path == "/v1/me/applications/shop/deployments") {
                if (m_deploymentStatus != 200)
                    return json(m_deploymentStatus,
                                error(u"Deployments are suspended for this account"_s));
                return json(200, {{u"object"_s, QJsonObject{{u"type"_s, u"Deployment"_s}}}});
            }
            return json(404, error(u"No such resource"_s));
        });
        QVERIFY(m_api->start());
    }

    void passwordLoginGoesThroughDiscovery()
    {
        QObject owner;
        PlatformClient *c = client(&owner);
        QSignalSpy changed(c, &PlatformClient::credentialsChanged);
        c->setCredentials({{}, u"dana"_s, QString::fromLatin1(m_validPassword), {}, {}});
        const Result<User> user = c->signInAndWait();
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"dana"_s);

        // Discovery first, without credentials; then the token endpoint it named, on its host.
        QCOMPARE(m_api->requests().first().path, QByteArray("/v1/auth/discovery"));
        QVERIFY(!m_api->requests().first().headers.contains("authorization"));
        QCOMPARE(m_tokens->requests().size(), 1);
        const QUrlQuery f = form(m_tokens->requests().first().body);
        QCOMPARE(f.queryItemValue(u"grant_type"_s), u"password"_s);
        QCOMPARE(f.queryItemValue(u"username"_s), u"dana"_s);
        QCOMPARE(f.queryItemValue(u"client_id"_s), u"scaling-advisor"_s);

        // The refresh token is what is kept; the password is forgotten.
        QCOMPARE(changed.size(), 1);
        const auto kept = changed.first().first().value<PlatformCredentials>();
        QCOMPARE(kept.refreshToken, QString::fromLatin1(m_validRefresh));
        QVERIFY(kept.password.isEmpty());
        QVERIFY(c->credentials().password.isEmpty());
    }

    void refreshTokenSignsInWithoutThePassword()
    {
        QObject owner;
        PlatformClient *c = client(&owner);
        PlatformCredentials stored;
        stored.username = u"dana"_s;
        stored.refreshToken = QString::fromLatin1(m_validRefresh);
        c->setCredentials(stored);
        const Result<Inventory> inventory = c->fetchInventoryAndWait();
        // The scripted API has no applications list: the grant is what this checks.
        Q_UNUSED(inventory);
        QCOMPARE(m_tokens->requests().size(), 1);
        const QUrlQuery f = form(m_tokens->requests().first().body);
        QCOMPARE(f.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(f.queryItemValue(u"refresh_token"_s), QString::fromLatin1(m_validRefresh));
        QVERIFY(!f.hasQueryItem(u"password"_s));
        QVERIFY(!apiRequests("/v1/me").isEmpty());
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        QObject owner;
        PlatformClient *c = client(&owner);
        PlatformCredentials stored;
        stored.accessToken = u"stale"_s;
        stored.refreshToken = QString::fromLatin1(m_validRefresh);
        c->setCredentials(stored);
        const Result<User> user = c->signInAndWait();
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(m_tokens->requests().size(), 1);
        QCOMPARE(apiRequests("/v1/me").size(), 2); // 401 with the stale token, then the new one
    }

    void missingFieldsAreNamed_data()
    {
        QTest::addColumn<bool>("breakDiscovery");
        QTest::addColumn<QString>("field");
        QTest::newRow("discovery without token") << true << u"\"token\""_s;
        QTest::newRow("token answer without access_token") << false << u"\"access_token\""_s;
    }
    void missingFieldsAreNamed()
    {
        QFETCH(bool, breakDiscovery);
        QFETCH(QString, field);
        if (breakDiscovery)
            m_discovery.remove(u"token"_s);
        else
            m_tokenAnswer.remove(u"access_token"_s);
        QObject owner;
        PlatformClient *c = client(&owner);
        c->setCredentials({{}, u"dana"_s, QString::fromLatin1(m_validPassword), {}, {}});
        const Result<User> user = c->signInAndWait();
        QVERIFY(!user.ok());
        QCOMPARE(c->lastError().kind, PlatformErrorKind::BadData);
        QVERIFY2(user.error().contains(field), qPrintable(user.error()));
        // No other path is tried.
        QVERIFY(apiRequests("/oauth2").isEmpty());
        QCOMPARE(m_tokens->requests().size(), breakDiscovery ? 0 : 1);
    }

    void wrongPasswordSaysSo()
    {
        QObject owner;
        PlatformClient *c = client(&owner);
        c->setCredentials({{}, u"dana"_s, u"wrong"_s, {}, {}});
        const Result<User> user = c->signInAndWait();
        QVERIFY(!user.ok());
        QCOMPARE(c->lastError().kind, PlatformErrorKind::Authentication);
        QVERIFY2(user.error().contains(u"username or password"_s), qPrintable(user.error()));
    }

    void scalingPatchesThenDeploys()
    {
        QObject owner;
        PlatformClient *c = client(&owner);
        c->setCredentials({{}, u"dana"_s, QString::fromLatin1(m_validPassword), {}, {}});
        QSignalSpy finished(c, &PlatformClient::scaleFinished);
        const Result<QString> scaled = c->scaleServiceAndWait(u"shop"_s, u"www"_s, 3);
        QVERIFY2(scaled.ok(), qPrintable(scaled.error()));
        QVERIFY2(scaled->contains(u"3 instance"_s), qPrintable(*scaled));
        QCOMPARE(finished.size(), 1);

        const auto patch = apiRequests("/v1/me/applications/shop/services/www");
        QCOMPARE(patch.size(), 1);
        QCOMPARE(patch.first().method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(patch.first().body).object(),
                 QJsonObject({{u"instance_count"_s, 3}}));
        const auto deploy = apiRequests("/v1/me/applications/shop/deployments");
        QCOMPARE(deploy.size(), 1);
        QCOMPARE(deploy.first().method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(deploy.first().body).object(),
                 QJsonObject({{u"revision"_s, QJsonValue::Null}, {u"clean"_s, false}}));
        // The deployment after the PATCH, never before.
        qsizetype patchAt = -1, deployAt = -1;
        for (qsizetype i = 0; i < m_api->requests().size(); ++i) {
            if (m_api->requests().at(i).method == "PATCH")
                patchAt = i;
            if (m_api->requests().at(i).path.endsWith("/deployments"))
                deployAt = i;
        }
        QVERIFY(patchAt >= 0 && deployAt > patchAt);
    }

    void refusedDeploymentGivesThePlatformsReason()
    {
        m_deploymentStatus = 403;
        QObject owner;
        PlatformClient *c = client(&owner);
        c->setCredentials({{}, u"dana"_s, QString::fromLatin1(m_validPassword), {}, {}});
        QSignalSpy finished(c, &PlatformClient::scaleFinished);
        const Result<QString> scaled = c->scaleServiceAndWait(u"shop"_s, u"www"_s, 3);
        QVERIFY(!scaled.ok());
        QVERIFY2(scaled.error().contains(u"Deployments are suspended for this account"_s),
                 qPrintable(scaled.error()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(apiRequests("/v1/me/applications/shop/deployments").size(), 1); // not resent
    }
};

QTEST_GUILESS_MAIN(TestPlatformLogin)
#include "tst_platformlogin.moc"
