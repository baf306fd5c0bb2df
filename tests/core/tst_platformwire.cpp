#include "platformwire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
// A payload of the platform's REST reference (tests/data/sim/README.md).
QByteArray reference(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/sim/reference/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
// The first of an envelope's objects, as an envelope of its own.
QByteArray firstObject(const QByteArray &list)
{
    const QJsonObject first = QJsonDocument::fromJson(list)[u"objects"_s][0].toObject();
    return QJsonDocument(QJsonObject{{u"object"_s, first}}).toJson();
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

    void readsTheReferencesService()
    {
        // The reference's service: no instance_count, a Container without instance_id,
        // datacenter or status, its application an object and its domains objects.
        const auto svc = PlatformWire::readService(firstObject(reference(u"services.json"_s)));
        QVERIFY2(svc.ok(), qPrintable(svc.error()));
        QCOMPARE(svc->name, u"www"_s);
        QCOMPARE(svc->serviceType, u"perl"_s);
        QCOMPARE(svc->instanceCount, 1);
        QCOMPARE(svc->domains, QStringList{u"ramen-john123.dotcloud.com"_s});
        QCOMPARE(svc->instances.size(), 1);
        const Instance &c = svc->instances.first();
        QCOMPARE(c.instanceId, 0);
        QCOMPARE(c.status, u"up"_s); // state "running"
        QCOMPARE(c.revision, u"git-4f2ba68"_s);
        QCOMPARE(c.imageVersion, u"87ce0731fd95 (latest)"_s);
        QCOMPARE(c.ports.size(), 2);
    }

    void readsTheReferencesUserAndApplications()
    {
        const auto user = PlatformWire::readUser(reference(u"me.json"_s));
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"john123"_s);
        QCOMPARE(user->firstName, u"John"_s);
        const auto error = PlatformWire::readError(reference(u"error-422.json"_s));
        QVERIFY2(error.ok(), qPrintable(error.error()));
        QCOMPARE(error->code, 422);
        QVERIFY(error->description.startsWith(u"Application name must"_s));
        const auto grant = PlatformWire::readTokenGrant(reference(u"token.json"_s));
        QVERIFY2(grant.ok(), qPrintable(grant.error()));
        QCOMPARE(grant->accessToken, u"12345678xyz"_s);
        QCOMPARE(grant->refreshToken, u"987654321abc"_s);
        QCOMPARE(grant->expiresIn, 3600);
    }

    // What the CLI reads and what the reference documents, side by side in one service.
    void readsEitherShape_data()
    {
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QString>("status");
        const QByteArray cli = R"("instance_count":1,"application":"shop",
            "instances":[{"instance_id":0,"datacenter":"Amazon-us-east-1a","host":"h","status":"down"}])";
        QTest::newRow("CLI: application a string, domains strings")
            << QByteArray(cli + R"(,"domains":["shop.example.com"])")
            << QStringList{u"shop.example.com"_s} << u"down"_s;
        QTest::newRow("CLI: domains objects")
            << QByteArray(cli + R"(,"domains":[{"domain":"shop.example.com","type":"Domain"}])")
            << QStringList{u"shop.example.com"_s} << u"down"_s;
        QTest::newRow("reference: application an object, containers")
            << QByteArray(R"("application":{"type":"Application","name":"shop","uri":"x"},
                "instances":[{"type":"Container","container_id":0,"state":"stopped"}],
                "domains":[{"domain":"a.example"},{"domain":"b.example"}])")
            << QStringList{u"a.example"_s, u"b.example"_s} << u"down"_s;
        QTest::newRow("both: status wins over state")
            << QByteArray(R"("instance_count":1,"domains":[],
                "instances":[{"instance_id":0,"container_id":0,"status":"up","state":"stopped"}])")
            << QStringList{} << u"up"_s;
    }
    void readsEitherShape()
    {
        QFETCH(QByteArray, service);
        QFETCH(QStringList, domains);
        QFETCH(QString, status);
        const auto svc = PlatformWire::readService(
            envelopeObject(R"({"name":"www","service_type":"python",)" + service + "}"));
        QVERIFY2(svc.ok(), qPrintable(svc.error()));
        QCOMPARE(svc->domains, domains);
        QCOMPARE(svc->instances.first().status, status);
        QCOMPARE(svc->instanceCount, 1);
    }

    void badDomainsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("domains");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object without domain")
            << QByteArray(R"([{"type":"Domain"}])") << u"object.domains[0].domain: missing"_s;
        QTest::newRow("a number") << QByteArray(R"([42])")
                                  << u"object.domains[0]: expected an object, got a number"_s;
        QTest::newRow("domain a number")
            << QByteArray(R"([{"domain":7}])")
            << u"object.domains[0].domain: expected a string, got a number"_s;
    }
    void badDomainsNameThePlace()
    {
        QFETCH(QByteArray, domains);
        QFETCH(QString, expected);
        const auto svc = PlatformWire::readService(envelopeObject(
            R"({"name":"www","service_type":"python","instance_count":0,"domains":)" + domains +
            "}"));
        QVERIFY(!svc.ok());
        QVERIFY2(svc.error().contains(expected), qPrintable(svc.error()));
    }

    void discoveryNamesTheTokenEndpoint_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // the URL, or the error
        QTest::addColumn<bool>("ok");
        QTest::newRow("as served")
            << QByteArray(R"({"object":{"token":"https:\/\/www.dotcloud.com/oauth2/token"}})")
            << u"https://www.dotcloud.com/oauth2/token"_s << true;
        QTest::newRow("with extensions")
            << QByteArray(R"({"object":{"token":"https:\/\/t/o","grant_types_supported":[]}})")
            << u"https://t/o"_s << true;
        QTest::newRow("no token") << QByteArray(R"({"object":{"token_endpoint":"https:\/\/t/o"}})")
                                  << u"object.token: missing"_s << false;
        QTest::newRow("empty token") << QByteArray(R"({"object":{"token":""}})")
                                     << u"object.token: the token endpoint is empty"_s << false;
        QTest::newRow("no object")
            << QByteArray(R"({"objects":[]})") << u"object: missing"_s << false;
    }
    void discoveryNamesTheTokenEndpoint()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto endpoint = PlatformWire::readTokenEndpoint(body);
        QCOMPARE(endpoint.ok(), ok);
        if (ok)
            QCOMPARE(*endpoint, expected);
        else
            QVERIFY2(endpoint.error().contains(expected), qPrintable(endpoint.error()));
    }

    void writesDomainsAsObjects()
    {
        Service svc;
        svc.name = u"www"_s;
        svc.serviceType = u"python"_s;
        svc.detailLoaded = true;
        svc.domains = {u"shop.example.com"_s};
        const QJsonObject o = PlatformWire::toJson(svc, u"shop"_s);
        QCOMPARE(o[u"domains"_s][0][u"domain"_s].toString(), u"shop.example.com"_s);
        QCOMPARE(o[u"application"_s][u"name"_s].toString(), u"shop"_s);
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
