#include "platformwire.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QByteArray envelopeList(const QByteArray &objects)
{
    return R"({"request":{"method":"GET"},"links":[],"objects":)" + objects + "}";
}
QByteArray envelopeObject(const QByteArray &object)
{
    return R"({"request":{"method":"GET"},"links":[],"object":)" + object + "}";
}
} // namespace

class TestPlatformWire : public QObject
{
    Q_OBJECT

private slots:
    void readsApplicationsAndIgnoresUnknownFields()
    {
        const QByteArray body = envelopeList(R"([{
            "type": "Application", "name": "shop", "flavor": "live",
            "created_at": "2012-06-01T10:00:00Z", "future_field": {"x": 1},
            "billing": {"free": false, "cost": 12.5, "expected_month_end_cost": 30},
            "services": [{"name": "www", "service_type": "python", "instance_count": 3,
                          "reserved_memory": 268435456}]}])");
        const auto apps = PlatformWire::readApplications(body);
        QVERIFY2(apps.ok(), qPrintable(apps.error()));
        QCOMPARE(apps->size(), 1);
        const Application &app = apps->first();
        QCOMPARE(app.name, u"shop"_s);
        QCOMPARE(app.flavor, u"live"_s);
        QCOMPARE(app.createdAt, QDateTime(QDate(2012, 6, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(app.services.size(), 1);
        QCOMPARE(app.services[0].instanceCount, 3);
        QCOMPARE(app.services[0].reservedMemory, 268435456);
        QVERIFY(!app.services[0].detailLoaded);
    }

    void badPayloadsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no-envelope")
            << QByteArray(R"([1,2])") << u"document: expected an object, got an array"_s;
        QTest::newRow("objects-not-array")
            << envelopeList(R"({"name":"x"})") << u"objects: expected an array, got an object"_s;
        QTest::newRow("count-as-string")
            << envelopeList(
                   R"([{"name":"a","flavor":"live","services":[]},{"name":"b","flavor":"live",
               "services":[{"name":"www","service_type":"python","instance_count":"3"}]}])")
            << u"objects[1].services[0].instance_count: expected a number, got a string"_s;
        QTest::newRow("unknown-flavor")
            << envelopeList(R"([{"name":"a","flavor":"gold","services":[]}])")
            << u"objects[0].flavor: \"gold\" is not one of sandbox, live, enterprise, legacy"_s;
        QTest::newRow("bad-date")
            << envelopeList(R"([{"name":"a","flavor":"live","created_at":"June","services":[]}])")
            << u"objects[0].created_at: \"June\" is not an ISO 8601 date and time"_s;
        QTest::newRow("truncated")
            << QByteArray(R"({"objects":[{"name":"a")") << u"platform answer: malformed JSON"_s;
    }
    void badPayloadsNameThePlace()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto apps = PlatformWire::readApplications(body);
        QVERIFY(!apps.ok());
        QVERIFY2(apps.error().startsWith(expected), qPrintable(apps.error()));
    }

    void readsServiceDetailWithInstances()
    {
        QFile file(QFINDTESTDATA("../data/platform/service-mysql.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const auto svc = PlatformWire::readService(body);
        QVERIFY2(svc.ok(), qPrintable(svc.error()));
        QVERIFY(svc->detailLoaded);
        QCOMPARE(svc->instances.size(), 2);
        QCOMPARE(svc->instances[0].role, u"master"_s);
        QCOMPARE(svc->instances[0].ports.size(), 1);
        QCOMPARE(svc->instances[0].ports[0].url, u"tcp://node-a1:3306"_s);
        QVERIFY(!svc->instances[1].isUp());
        QVERIFY(svc->instances[1].role.isEmpty());
    }

    void rejectsUnknownInstanceStatus()
    {
        const auto svc = PlatformWire::readService(envelopeObject(
            R"({"name":"db","service_type":"mysql","instance_count":1,
                "instances":[{"instance_id":0,"status":"melting"}]})"));
        QVERIFY(!svc.ok());
        QVERIFY2(svc.error().startsWith(u"object.instances[0].status: \"melting\""_s),
                 qPrintable(svc.error()));
    }

    void serviceRoundTripsThroughWriter()
    {
        Service svc;
        svc.name = u"www"_s;
        svc.serviceType = u"python"_s;
        svc.instanceCount = 1;
        svc.reservedMemory = 64 << 20;
        svc.detailLoaded = true;
        Instance inst;
        inst.instanceId = 0;
        inst.datacenter = u"Amazon-us-east-1a"_s;
        inst.host = u"node-a1"_s;
        inst.ports = {{u"ssh"_s, u"ssh://node-a1:22"_s}};
        svc.instances = {inst};
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"object"_s, PlatformWire::toJson(svc)}}).toJson();
        const auto back = PlatformWire::readService(body);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, svc);
    }

    void datacentersFillMissingPartsFromName()
    {
        const auto dcs =
            PlatformWire::readDatacenters(envelopeList(R"([{"name":"Amazon-us-east-1a"},
                             {"name":"rack-7","provider":"Colo","region":"par","zone":"par-1"}])"));
        QVERIFY2(dcs.ok(), qPrintable(dcs.error()));
        QCOMPARE(dcs->at(0).region, u"us-east-1"_s);
        QCOMPARE(dcs->at(1).provider, u"Colo"_s);
        QCOMPARE(dcs->at(1).zone, u"par-1"_s);
    }

    void readsErrorEnvelope()
    {
        const auto err = PlatformWire::readError(
            R"({"request":{},"error":{"title":"Maintenance","code":418,"description":"Back soon"}})");
        QVERIFY(err.ok());
        QCOMPARE(err->code, 418);
        QCOMPARE(err->toString(), u"Maintenance (418): Back soon"_s);
    }

    void tokenGrant()
    {
        const auto grant = PlatformWire::readTokenGrant(
            R"({"access_token":"abc","token_type":"bearer","expire_in":3600,"refresh_token":"r","scope":"api"})");
        QVERIFY2(grant.ok(), qPrintable(grant.error()));
        QCOMPARE(grant->accessToken, u"abc"_s);
        QCOMPARE(grant->expiresIn, 3600);
        QVERIFY(!PlatformWire::readTokenGrant(R"({"token_type":"mac","access_token":"a"})").ok());
    }
};

QTEST_GUILESS_MAIN(TestPlatformWire)
#include "tst_platformwire.moc"
