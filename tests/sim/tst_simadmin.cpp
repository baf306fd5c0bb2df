#include "platformsimulator.h"
#include "platformwire.h"
#include "simhttp.h"
#include "statuswire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimAdmin : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<SimHttp> m_api;
    std::unique_ptr<SimHttp> m_status;
    QByteArray m_alice;

    HttpAnswer admin(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return m_api->send(verb, path, body, "application/json", {},
                           {{"X-Admin-Token", m_sim.adminToken().toUtf8()}});
    }
    HttpAnswer fault(const QByteArray &json) { return admin("POST", u"/admin/faults"_s, json); }
    HttpAnswer apps() { return m_api->get(u"/v1/me/applications"_s, m_alice); }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        QVERIFY(m_sim.start(options).ok());
        m_api = std::make_unique<SimHttp>(m_sim.apiUrl());
        m_status = std::make_unique<SimHttp>(m_sim.statusUrl());
        m_alice = SimHttp::basic(m_sim.startupInfo()[u"users"_s][0][u"api_key"_s].toString());
    }

    void init() { QCOMPARE(admin("POST", u"/admin/reset"_s).status, 200); }

    void adminNeedsTheToken()
    {
        const HttpAnswer none = m_api->send("POST", u"/admin/reset"_s, {}, {});
        QCOMPARE(none.status, 401);
        QCOMPARE(PlatformWire::readError(none.body)->code, 401);
        const HttpAnswer wrong = m_api->send("POST", u"/admin/faults"_s, R"({"kind":"drop"})",
                                             "application/json", {}, {{"X-Admin-Token", "guess"}});
        QCOMPARE(wrong.status, 403);
        QCOMPARE(apps().status, 200); // the refused fault was not installed
        // A platform API key is no admin token.
        QCOMPARE(m_api->send("POST", u"/admin/reset"_s, {}, {}, m_alice).status, 401);
        QCOMPARE(admin("POST", u"/admin/nothing"_s).status, 404);
    }

    void setsTheStatus()
    {
        const HttpAnswer set = admin("POST", u"/admin/status"_s,
                                     R"({"indicator":"major","outage":true,
                                         "description":"Zone down"})");
        QCOMPARE(set.status, 200);
        const auto status = StatusWire::readNativeStatus(m_status->get(u"/v1/status"_s).body);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->indicator, u"major"_s);
        QVERIFY(status->outageFlag);
        QCOMPARE(status->description, u"Zone down"_s);
        // The indicator alone gives the usual words and outage flag.
        QCOMPARE(admin("POST", u"/admin/status"_s, R"({"indicator":"maintenance"})").status, 200);
        const auto maintenance = StatusWire::readNativeStatus(m_status->get(u"/v1/status"_s).body);
        QCOMPARE(maintenance->description, u"Service Under Maintenance"_s);
        QVERIFY(!maintenance->outageFlag);
        QCOMPARE(admin("POST", u"/admin/status"_s, R"({"indicator":"purple"})").status, 422);
    }

    void postsUpdates()
    {
        const HttpAnswer posted = admin("POST", u"/admin/status/updates"_s,
                                        R"({"incident":{"id":"inc-42","name":"API errors",
                                            "status":"identified","impact":"minor"},
                                            "body":"<b>Fixing</b>","affected":[]})");
        QCOMPARE(posted.status, 201);
        const auto updates =
            StatusWire::readNativeUpdates(m_status->get(u"/v1/status/updates?limit=1"_s).body);
        QVERIFY2(updates.ok(), qPrintable(updates.error()));
        QCOMPARE(updates->first().id, u"6"_s);
        QCOMPARE(updates->first().incident.id, u"inc-42"_s);
        QCOMPARE(updates->first().incident.status, u"identified"_s);
        QCOMPARE(updates->first().body, u"<b>Fixing</b>"_s);
        QCOMPARE(admin("POST", u"/admin/status/updates"_s, R"({"body":"no incident"})").status,
                 422);
        QCOMPARE(admin("POST", u"/admin/status/updates"_s, "{not json").status, 400);
    }

    void failsAndRestoresADatacenter()
    {
        QCOMPARE(admin("POST", u"/admin/datacenters/Amazon-us-east-1a/fail"_s).status, 200);
        const auto shop = PlatformWire::readService(
            m_api->get(u"/v1/me/applications/shop/services/www"_s, m_alice).body);
        QVERIFY(shop.ok());
        for (const Instance &inst : shop->instances)
            QCOMPARE(inst.isUp(), inst.datacenter != "Amazon-us-east-1a"_L1);
        const auto status = StatusWire::readNativeStatus(m_status->get(u"/v1/status"_s).body);
        QCOMPARE(status->components[0].status, u"major_outage"_s);
        const auto posted =
            StatusWire::readNativeUpdates(m_status->get(u"/v1/status/updates?limit=1"_s).body);
        QCOMPARE(posted->first().affected, QStringList{u"Amazon-us-east-1a"_s});
        QCOMPARE(posted->first().incident.status, u"investigating"_s);
        // New instances avoid the failed zone.
        const auto scaled = PlatformWire::readService(
            m_api
                ->send("PATCH", u"/v1/me/applications/api/services/www"_s,
                       R"({"instance_count":3})", "application/json", m_alice)
                .body);
        QVERIFY(scaled.ok());
        QVERIFY(scaled->instances[1].datacenter != "Amazon-us-east-1a"_L1);
        QVERIFY(scaled->instances[2].datacenter != "Amazon-us-east-1a"_L1);

        QCOMPARE(admin("POST", u"/admin/datacenters/Amazon-us-east-1a/restore"_s).status, 200);
        const auto back = PlatformWire::readService(
            m_api->get(u"/v1/me/applications/shop/services/www"_s, m_alice).body);
        for (const Instance &inst : back->instances)
            QVERIFY(inst.isUp());
        // Instances that were down before the failure stay down.
        const auto billing = PlatformWire::readService(
            m_api->get(u"/v1/me/applications/billing/services/worker"_s, m_alice).body);
        QVERIFY(!billing->instances[0].isUp());
        const auto resolved =
            StatusWire::readNativeUpdates(m_status->get(u"/v1/status/updates?limit=1"_s).body);
        QCOMPARE(resolved->first().incident.status, u"resolved"_s);
        QCOMPARE(admin("POST", u"/admin/datacenters/Amazon-mars-1a/fail"_s).status, 404);
    }

    void injectedStatusCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("maintenance") << 418;
        QTest::newRow("too many requests") << 429;
        QTest::newRow("server error") << 500;
        QTest::newRow("conflict") << 409;
        QTest::newRow("bad gateway") << 502;
        QTest::newRow("method not allowed") << 405;
    }
    void injectedStatusCodes()
    {
        QFETCH(int, code);
        QCOMPARE(
            fault(u"{\"kind\":\"status\",\"status\":%1,\"retry_after\":7}"_s.arg(code).toUtf8())
                .status,
            200);
        const HttpAnswer a = apps();
        QCOMPARE(a.status, code);
        const auto error = PlatformWire::readError(a.body);
        QVERIFY2(error.ok(), qPrintable(error.error()));
        QCOMPARE(error->code, code);
        QCOMPARE(a.header("retry-after"), QByteArray("7"));
        if (code == 418)
            QVERIFY(error->description.contains(u"maintenance"_s));
        // The CLI prints error.description whatever the code: a sentence, in the envelope.
        QVERIFY2(error->description.size() > 30, qPrintable(error->description));
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        QVERIFY(!a.header("x-dotcloud-traceid").isEmpty());
        QCOMPARE(a.header("x-dotcloud-api-revision"), QByteArray("2012.08.21"));
    }

    void wrongTypesChangeTheTypeNotTheValue()
    {
        QCOMPARE(fault(R"({"kind":"wrong-types","count":1})").status, 200);
        const HttpAnswer a = m_api->get(u"/v1/me/applications/shop"_s, m_alice);
        QCOMPARE(a.status, 200);
        const QJsonObject shop = a.object();
        // 268435456 bytes (256 MiB) as a string of the same number, not "2.68435e+08".
        const QJsonValue memory = shop[u"services"_s][0][u"reserved_memory"_s];
        QVERIFY(memory.isString());
        QCOMPARE(memory.toString(), u"268435456"_s);
        QCOMPARE(shop[u"billing"_s][u"free"_s].toString(), u"no"_s);
        const QJsonValue cost = shop[u"billing"_s][u"expected_month_end_cost"_s];
        QVERIFY(cost.isString());
        const HttpAnswer clean = m_api->get(u"/v1/me/applications/shop"_s, m_alice);
        QCOMPARE(cost.toString().toDouble(),
                 clean.object()[u"billing"_s][u"expected_month_end_cost"_s].toDouble());
    }

    void injectedLatencyDelaysTheAnswer()
    {
        QCOMPARE(fault(R"({"kind":"latency","latency_ms":300})").status, 200);
        QElapsedTimer timer;
        timer.start();
        const HttpAnswer a = apps();
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(a.status, 200);
        QVERIFY(PlatformWire::readApplications(a.body).ok());
    }

    void injectedBadBodies_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("readerSays");
        QTest::newRow("malformed") << QByteArray("malformed") << u"malformed JSON"_s;
        QTest::newRow("wrong types") << QByteArray("wrong-types") << u"expected"_s;
        QTest::newRow("oversized") << QByteArray("oversized") << u"-byte limit"_s;
    }
    void injectedBadBodies()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, readerSays);
        QCOMPARE(fault("{\"kind\":\"" + kind + "\"}").status, 200);
        const HttpAnswer a = apps();
        QCOMPARE(a.status, 200);
        const auto read = PlatformWire::readApplications(a.body);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(readerSays), qPrintable(read.error()));
    }

    void injectedBrokenConnections_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("truncated") << QByteArray("truncated");
        QTest::newRow("drop") << QByteArray("drop");
    }
    void injectedBrokenConnections()
    {
        QFETCH(QByteArray, kind);
        QCOMPARE(fault("{\"kind\":\"" + kind + "\"}").status, 200);
        const HttpAnswer a = apps();
        QVERIFY2(a.error != QNetworkReply::NoError, a.body.left(80).constData());
        QVERIFY(!PlatformWire::readApplications(a.body).ok());
    }

    void faultsCanBeCountedShared_AndScoped()
    {
        // count: only the next request.
        QCOMPARE(fault(R"({"kind":"status","status":500,"count":1})").status, 200);
        QCOMPARE(apps().status, 500);
        QCOMPARE(apps().status, 200);
        // share 0: never.
        QCOMPARE(fault(R"({"kind":"status","status":500,"share":0})").status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(apps().status, 200);
        QCOMPARE(admin("DELETE", u"/admin/faults"_s).status, 200);
        // path_prefix: only matching paths.
        QCOMPARE(
            fault(R"({"kind":"status","status":418,"path_prefix":"/v1/me/applications/"})").status,
            200);
        QCOMPARE(apps().status, 200);
        QCOMPARE(m_api->get(u"/v1/me/applications/shop"_s, m_alice).status, 418);
        // DELETE lifts every fault.
        QCOMPARE(admin("DELETE", u"/admin/faults"_s).status, 200);
        QCOMPARE(m_api->get(u"/v1/me/applications/shop"_s, m_alice).status, 200);
    }

    void faultsTargetOneServer()
    {
        QCOMPARE(fault(R"({"target":"status","kind":"status","status":503})").status, 200);
        QCOMPARE(m_status->get(u"/v1/status"_s).status, 503);
        QCOMPARE(apps().status, 200);
        QCOMPARE(admin("DELETE", u"/admin/faults"_s).status, 200);
        QCOMPARE(m_status->get(u"/v1/status"_s).status, 200);
    }

    void refusesBadFaults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"fire"})");
        QTest::newRow("no kind") << QByteArray(R"({"status":500})");
        QTest::newRow("share above 1") << QByteArray(R"({"kind":"drop","share":2})");
        QTest::newRow("latency without ms") << QByteArray(R"({"kind":"latency"})");
        QTest::newRow("unknown target") << QByteArray(R"({"kind":"drop","target":"db"})");
    }
    void refusesBadFaults()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(fault(body).status, 422);
        QCOMPARE(apps().status, 200);
    }

    void expiredTokensAre401ButRefreshWorks()
    {
        const HttpAnswer grant =
            m_api->send("POST", u"/oauth2/token"_s,
                        "grant_type=password&username=alice&password=wonderland-2012",
                        "application/x-www-form-urlencoded", SimHttp::basic(u"cli:secret"_s));
        const auto token = PlatformWire::readTokenGrant(grant.body);
        QVERIFY(token.ok());
        QCOMPARE(m_api->get(u"/v1/me"_s, SimHttp::bearer(token->accessToken)).status, 200);
        QCOMPARE(admin("POST", u"/admin/tokens/expire"_s).status, 200);
        QCOMPARE(m_api->get(u"/v1/me"_s, SimHttp::bearer(token->accessToken)).status, 401);
        const HttpAnswer refreshed =
            m_api->send("POST", u"/oauth2/token"_s,
                        "grant_type=refresh_token&refresh_token=" + token->refreshToken.toUtf8(),
                        "application/x-www-form-urlencoded", SimHttp::basic(u"cli:secret"_s));
        QCOMPARE(refreshed.status, 200);
        const auto again = PlatformWire::readTokenGrant(refreshed.body);
        QCOMPARE(m_api->get(u"/v1/me"_s, SimHttp::bearer(again->accessToken)).status, 200);
        QCOMPARE(apps().status, 200); // API keys are not tokens
    }

    void resetRestoresTheDatasetAndLiftsFaults()
    {
        QCOMPARE(m_api
                     ->send("PATCH", u"/v1/me/applications/docs/services/www"_s,
                            R"({"instance_count":6})", "application/json", m_alice)
                     .status,
                 200);
        QCOMPARE(admin("POST", u"/admin/datacenters/Amazon-us-east-1b/fail"_s).status, 200);
        QCOMPARE(
            fault(R"({"kind":"status","status":500,"path_prefix":"/v1/me/applications/"})").status,
            200);
        QCOMPARE(admin("POST", u"/admin/reset"_s).status, 200);
        const auto docs = PlatformWire::readService(
            m_api->get(u"/v1/me/applications/docs/services/www"_s, m_alice).body);
        QVERIFY2(docs.ok(), qPrintable(docs.error()));
        QCOMPARE(docs->instances.size(), 2);
        for (const Instance &inst : docs->instances)
            QVERIFY(inst.isUp());
        const auto updates =
            StatusWire::readNativeUpdates(m_status->get(u"/v1/status/updates"_s).body);
        QCOMPARE(updates->size(), 5);
    }

    void adminAnswersOnlyLoopbackPeers()
    {
        // The servers listen on 127.0.0.1 only, so no other peer can even connect.
        QCOMPARE(m_sim.apiUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_sim.statusUrl().host(), u"127.0.0.1"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimAdmin)
#include "tst_simadmin.moc"
