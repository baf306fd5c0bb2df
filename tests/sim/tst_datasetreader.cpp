#include "datasetreader.h"
#include "datasetwriter.h"
#include "platformsimulator.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return QFINDTESTDATA(u"../data/sim/"_s + name);
}
} // namespace

class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDatasetFormat()
    {
        const auto dataset = DatasetReader::readFile(fixture(u"good-dataset.json"_s));
        QVERIFY2(dataset.ok(), qPrintable(dataset.error()));
        QCOMPARE(dataset->datacenters.size(), 2);
        QCOMPARE(dataset->datacenters[1].zone, u"us-east-1b"_s);
        QCOMPARE(dataset->users.size(), 2);
        const DatasetUser &alice = dataset->users[0];
        QCOMPARE(alice.user.username, u"alice"_s);
        QCOMPARE(alice.password, u"pw-alice"_s);
        QCOMPARE(alice.apiKey, QString(QString(20, u'A') + u':' + QString(40, u'a')));
        QCOMPARE(alice.applications.size(), 2);
        const Application &shop = alice.applications[0];
        QCOMPARE(shop.createdAt, QDateTime(QDate(2012, 6, 1), QTime(10, 0), QTimeZone::utc()));
        const Service &www = shop.services[0];
        QCOMPARE(www.instanceCount, 2); // the number of instances listed
        QCOMPARE(www.reservedMemory, 268435456);
        QCOMPARE(www.instances[0].ports.size(), 1);
        QCOMPARE(www.instances[0].ports[0].url, u"ssh://node-a17:22017"_s);
        QCOMPARE(www.instances[1].status, u"up"_s); // default
        QCOMPARE(shop.services[1].instances[0].role, u"master"_s);
        QCOMPARE(alice.applications[1].services[0].instances[0].status, u"hibernating"_s);
        QCOMPARE(dataset->users[1].user.role, u"support"_s);
        // Status: outage derived from the indicator, updates kept oldest first.
        QCOMPARE(dataset->status.indicator, u"minor"_s);
        QCOMPARE(dataset->status.description, u"Minor Service Outage"_s);
        QVERIFY(!dataset->status.outage);
        QCOMPARE(dataset->status.updates.size(), 2);
        QCOMPARE(dataset->status.updates[0].id, 1);
        QCOMPARE(dataset->status.updates[1].incidentStatus, u"resolved"_s);
        QCOMPARE(dataset->status.updates[1].affected, QStringList{u"Amazon-us-east-1a"_s});
    }

    void fillsDefaults()
    {
        const auto dataset = DatasetReader::readFile(fixture(u"good-minimal.json"_s));
        QVERIFY2(dataset.ok(), qPrintable(dataset.error()));
        // Without a list, the datacenters are those the instances name, parsed and sorted.
        QCOMPARE(dataset->datacenters.size(), 2);
        QCOMPARE(dataset->datacenters[0].name, u"Amazon-eu-west-1a"_s);
        QCOMPARE(dataset->datacenters[0].region, u"eu-west-1"_s);
        QCOMPARE(dataset->status.indicator, u"none"_s);
        QCOMPARE(dataset->status.description, u"All Systems Operational"_s);
        QVERIFY(dataset->status.updates.isEmpty());
        const Instance &inst = dataset->users[0].applications[0].services[0].instances[0];
        QCOMPARE(inst.status, u"up"_s);
        QVERIFY(inst.role.isEmpty());
        QCOMPARE(inst.containerName, u"u-a-s.0"_s);
        QCOMPARE(dataset->users[0].user.role, u"developer"_s);
    }

    void refusesBadDatasetsNamingThePlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QString shop = u"users[0].applications[0]"_s;
        QTest::newRow("unknown flavor")
            << u"bad-unknown-flavor.json"_s
            << QString(shop +
                       u".flavor: \"gold\" is not one of sandbox, live, enterprise, legacy"_s);
        QTest::newRow("duplicate application")
            << u"bad-duplicate-application.json"_s
            << u"users[0].applications[1].name: duplicate application name \"shop\""_s;
        QTest::newRow("duplicate service")
            << u"bad-duplicate-service.json"_s
            << QString(shop + u".services[1].name: duplicate service name \"www\""_s);
        QTest::newRow("duplicate username") << u"bad-duplicate-username.json"_s
                                            << u"users[1].username: duplicate username \"alice\""_s;
        QTest::newRow("duplicate instance id")
            << u"bad-duplicate-instance-id.json"_s
            << QString(shop +
                       u".services[0].instances[1].instance_id: duplicate instance_id \"0\""_s);
        QTest::newRow("duplicate datacenter")
            << u"bad-duplicate-datacenter.json"_s
            << u"datacenters[1].name: duplicate datacenter \"Amazon-us-east-1a\""_s;
        QTest::newRow("duplicate update id")
            << u"bad-duplicate-update-id.json"_s
            << u"status.updates[1].id: duplicate update id \"2\""_s;
        QTest::newRow("negative memory")
            << u"bad-negative-memory.json"_s
            << QString(shop + u".services[1].reserved_memory: must be at least 0, got -5"_s);
        QTest::newRow("negative instance id")
            << u"bad-negative-instance-id.json"_s
            << QString(shop +
                       u".services[0].instances[0].instance_id: must be at least 0, got -1"_s);
        QTest::newRow("non-integer instance id")
            << u"bad-fractional-instance-id.json"_s
            << QString(shop +
                       u".services[0].instances[1].instance_id: expected an integer, got 1.5"_s);
        QTest::newRow("number as string")
            << u"bad-memory-as-string.json"_s
            << QString(shop + u".services[0].reserved_memory: expected a number, got a string"_s);
        QTest::newRow("undeclared datacenter")
            << u"bad-undeclared-datacenter.json"_s
            << QString(shop + u".services[0].instances[1].datacenter: \"Amazon-eu-west-9z\" is "
                              "not a declared datacenter"_s);
        QTest::newRow("instance count mismatch")
            << u"bad-count-mismatch.json"_s
            << QString(shop +
                       u".services[0].instance_count: 3 does not match the 2 instances listed"_s);
        QTest::newRow("api key") << u"bad-api-key.json"_s
                                 << u"users[0].api_key: expected 20 word characters, a colon and "
                                    "40 word characters"_s;
        QTest::newRow("instance status")
            << u"bad-instance-status.json"_s
            << QString(shop + u".services[0].instances[0].status: \"melting\" is not one of"_s);
        QTest::newRow("indicator")
            << u"bad-indicator.json"_s << u"status.indicator: \"purple\" is not one of"_s;
        QTest::newRow("malformed JSON")
            << u"bad-malformed.json"_s << u"dataset: malformed JSON at byte"_s;
        QTest::newRow("not an object")
            << u"bad-not-an-object.json"_s << u"document: expected an object, got an array"_s;
        QTest::newRow("no users") << u"bad-no-users.json"_s << u"users: missing"_s;
    }
    void refusesBadDatasetsNamingThePlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto dataset = DatasetReader::read(f.readAll());
        QVERIFY(!dataset.ok());
        QVERIFY2(dataset.error().startsWith(expected), qPrintable(dataset.error()));
        // From a file, the message starts with the file's name.
        const auto fromFile = DatasetReader::readFile(fixture(file));
        QVERIFY(!fromFile.ok());
        QVERIFY2(fromFile.error().startsWith(fixture(file) + u": "_s + expected),
                 qPrintable(fromFile.error()));
    }

    void refusesOddBytesWithoutCrashing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   \n");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("users null") << QByteArray(R"({"users":null})");
        QTest::newRow("user not object") << QByteArray(R"({"users":[7]})");
        QTest::newRow("apps object")
            << QByteArray(R"({"users":[{"username":"u","applications":{}}]})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }
    void refusesOddBytesWithoutCrashing()
    {
        QFETCH(QByteArray, bytes);
        const auto dataset = DatasetReader::read(bytes);
        QVERIFY(!dataset.ok());
        QVERIFY(!dataset.error().isEmpty());
    }

    // Domains as the platform serves them (objects), or bare strings as older datasets have them.
    void readsDomainsEitherWay()
    {
        const QByteArray dataset = R"({"users":[{"username":"u","applications":[{"name":"a",
            "flavor":"live","services":[{"name":"www","service_type":"python","instances":[],
            "domains":[{"domain":"shop.example.com","type":"Domain"},"old.example.com"]}]}]}]})";
        const auto read = DatasetReader::read(dataset);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->users[0].applications[0].services[0].domains,
                 (QStringList{u"shop.example.com"_s, u"old.example.com"_s}));
        QByteArray bad = dataset;
        bad.replace(R"("domain":"shop.example.com",)", "");
        const auto refused = DatasetReader::read(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(
                     u"users[0].applications[0].services[0].domains[0].domain: missing"_s),
                 qPrintable(refused.error()));
    }

    void missingFileIsAnError()
    {
        const auto dataset = DatasetReader::readFile(u"/nonexistent/dataset.json"_s);
        QVERIFY(!dataset.ok());
        QVERIFY2(dataset.error().contains(u"/nonexistent/dataset.json"_s),
                 qPrintable(dataset.error()));
    }

    void writerAndReaderAgree()
    {
        const auto dataset = DatasetReader::readFile(fixture(u"good-dataset.json"_s));
        QVERIFY(dataset.ok());
        const auto again = DatasetReader::read(DatasetWriter::toBytes(*dataset));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->users, dataset->users);
        QCOMPARE(again->datacenters, dataset->datacenters);
        QCOMPARE(again->status.updates, dataset->status.updates);
        QVERIFY(*again == *dataset);
    }

    void demoDatasetIsBelievable()
    {
        const auto demo = DatasetReader::readFile(PlatformSimulator::demoDatasetResource());
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        const DatasetUser *alice = demo->user(u"alice"_s);
        QVERIFY(alice);
        QVERIFY(alice->applications.size() >= 8 && alice->applications.size() <= 12);
        int services = 0;
        QSet<QString> types;
        QSet<QString> flavors;
        for (const Application &app : alice->applications) {
            services += int(app.services.size());
            flavors.insert(app.flavor);
            for (const Service &svc : app.services)
                types.insert(svc.serviceType);
        }
        QVERIFY(services >= 25);
        for (const QString &t : {u"mysql"_s, u"redis"_s, u"mongodb"_s, u"postgresql"_s,
                                 u"postgis"_s, u"solr"_s, u"custom"_s})
            QVERIFY2(types.contains(t), qPrintable(t));
        QVERIFY(flavors.contains(u"sandbox"_s));
        const DatasetUser *sam = demo->user(u"sam"_s);
        QVERIFY(sam && sam->user.isSupport());
        QCOMPARE(demo->datacenters.size(), 4);
        QVERIFY(!demo->status.updates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
