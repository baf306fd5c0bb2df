#include "boundedwait.h"
#include "platformsimulator.h"
#include "simadmin.h"
#include "simmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSimAdminHelper : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QString m_aliceKey;

    // GET a platform path as alice (API key); the status code.
    int getAsAlice(const QString &path)
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QUrl url = m_sim.apiUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + m_aliceKey.toUtf8().toBase64());
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        const auto done = TestSupport::runAndWait(reply.get(), &QNetworkReply::finished, {},
                                                  u"GET "_s + path, 10s);
        return done ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
    }

    QString instanceStatus(const QString &datacenter) const
    {
        for (const Application &app : m_sim.model().user(u"alice"_s)->applications)
            for (const Service &svc : app.services)
                for (const Instance &inst : svc.instances)
                    if (inst.datacenter == datacenter)
                        return inst.status;
        return {};
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        for (const QJsonValue &u : m_sim.startupInfo().value(u"users"_s).toArray())
            if (u[u"username"_s].toString() == "alice"_L1)
                m_aliceKey = u[u"api_key"_s].toString();
        QVERIFY(!m_aliceKey.isEmpty());
    }

    void init()
    {
        const Status reset = m_admin->reset();
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
    }

    void failsAndRestoresADatacenter()
    {
        QCOMPARE(instanceStatus(u"Amazon-us-east-1a"_s), u"up"_s);
        const Status failed = m_admin->failDatacenter(u"Amazon-us-east-1a"_s);
        QVERIFY2(failed.ok(), qPrintable(failed.error()));
        QCOMPARE(instanceStatus(u"Amazon-us-east-1a"_s), u"down"_s);
        QCOMPARE(m_sim.model().componentStatus(u"Amazon-us-east-1a"_s), u"major_outage"_s);
        const Status restored = m_admin->restoreDatacenter(u"Amazon-us-east-1a"_s);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(instanceStatus(u"Amazon-us-east-1a"_s), u"up"_s);
    }

    void aRefusedCallSaysWhatAndWhy()
    {
        const Status s = m_admin->failDatacenter(u"Mars-1a"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error(),
                 u"POST /admin/datacenters/Mars-1a/fail: 404 No such datacenter: Mars-1a"_s);
        TestSupport::SimAdmin wrongToken(m_sim.apiUrl(), u"not-the-token"_s);
        const Status refused = wrongToken.reset();
        QCOMPARE(refused.error(), u"POST /admin/reset: 403 Wrong admin token"_s);
    }

    void tellsTheStatusOfAnyAnswer()
    {
        QCOMPARE(m_admin->httpStatus("GET", u"/admin/faults"_s).value(), 200);
        QCOMPARE(m_admin->httpStatus("POST", u"/admin/nothing"_s).value(), 404);
        // Without a token the request carries no header; with a wrong one it is refused.
        TestSupport::SimAdmin noToken(m_sim.apiUrl(), QString());
        QCOMPARE(noToken.httpStatus("POST", u"/admin/reset"_s).value(), 401);
        TestSupport::SimAdmin wrongToken(m_sim.apiUrl(), u"not-the-token"_s);
        QCOMPARE(wrongToken.httpStatus("DELETE", u"/admin/faults"_s).value(), 403);
        const Status refused = noToken.clearFaults();
        QVERIFY2(refused.error().startsWith(u"DELETE /admin/faults: 401 "_s),
                 qPrintable(refused.error()));
    }

    void setsTheStatusAndPostsUpdates()
    {
        const Status set = m_admin->setStatus(u"major"_s, u"Zone trouble"_s, true);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QCOMPARE(m_sim.model().data().status.indicator, u"major"_s);
        QCOMPARE(m_sim.model().data().status.description, u"Zone trouble"_s);
        QVERIFY(m_sim.model().data().status.outage);
        const Status bad = m_admin->setStatus(u"purple"_s);
        QVERIFY(bad.error().startsWith(u"POST /admin/status: 422 "_s));

        const qsizetype before = m_sim.model().data().status.updates.size();
        const Status posted = m_admin->postUpdate(
            {{u"incident"_s, QJsonObject{{u"name"_s, u"Slow disks"_s}}}, {u"body"_s, u"Slow."_s}});
        QVERIFY2(posted.ok(), qPrintable(posted.error()));
        QCOMPARE(m_sim.model().data().status.updates.size(), before + 1);
    }

    void faultsHitTheApiUntilCleared()
    {
        const Status added = m_admin->addFault(
            {{u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"path_prefix"_s, u"/v1/me"_s}});
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(getAsAlice(u"/v1/me"_s), 503);
        QCOMPARE(getAsAlice(u"/v1/me"_s), 503);
        const Status cleared = m_admin->clearFaults();
        QVERIFY2(cleared.ok(), qPrintable(cleared.error()));
        QCOMPARE(getAsAlice(u"/v1/me"_s), 200);
        QVERIFY(!m_admin->addFault({{u"kind"_s, u"melt"_s}}).ok());
    }

    void expiredTokensStopWorking()
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QUrl url = m_sim.apiUrl();
        url.setPath(u"/oauth2/token"_s);
        QNetworkRequest tokenRequest(url);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArray("application/x-www-form-urlencoded"));
        tokenRequest.setRawHeader("Authorization", "Basic " + QByteArray("cli:secret").toBase64());
        std::unique_ptr<QNetworkReply> grant(
            nam.post(tokenRequest, "grant_type=password&username=alice&password=wonderland-2012"));
        QVERIFY(
            TestSupport::runAndWait(grant.get(), &QNetworkReply::finished, {}, u"token"_s).ok());
        const QByteArray token =
            QJsonDocument::fromJson(grant->readAll())[u"access_token"_s].toString().toUtf8();
        QVERIFY(!token.isEmpty());
        const auto me = [&] {
            url.setPath(u"/v1/me"_s);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            (void)TestSupport::runAndWait(reply.get(), &QNetworkReply::finished, {}, u"me"_s);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(me(), 200);
        const Status expired = m_admin->expireTokens();
        QVERIFY2(expired.ok(), qPrintable(expired.error()));
        QCOMPARE(me(), 401);
    }

    void aSilentServerFailsWithinTheTimeout()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        TestSupport::SimAdmin admin(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())),
                                    u"token"_s, 200ms);
        const Status s = admin.reset();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().startsWith(u"POST /admin/reset: "_s), qPrintable(s.error()));
        const Result<int> status = admin.httpStatus("GET", u"/admin/faults"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), u"GET /admin/faults: no answer within 200 ms"_s);
    }

    void aClosedPortFailsWithTheReason()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        TestSupport::SimAdmin admin(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"token"_s, 5s);
        const Status s = admin.expireTokens();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(TestSimAdminHelper)
#include "tst_simadminhelper.moc"
