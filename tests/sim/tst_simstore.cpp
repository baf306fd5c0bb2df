#include "datasetgenerator.h"
#include "datasetreader.h"
#include "platformsimulator.h"
#include "simmodel.h"
#include "simstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray fileBytes(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSimStore : public QObject
{
    Q_OBJECT

private slots:
    void holdsWhatItWasGiven()
    {
        const auto dataset =
            DatasetReader::readFile(QFINDTESTDATA(u"../data/sim/good-dataset.json"_s));
        QVERIFY(dataset.ok());
        SimStore store;
        const Status opened = store.open({}, *dataset);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto loaded = store.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->users, dataset->users);
        QCOMPARE(loaded->datacenters, dataset->datacenters);
        QCOMPARE(loaded->status.updates, dataset->status.updates);
        QCOMPARE(loaded->status.indicator, dataset->status.indicator);
    }

    void severalStoresLiveSideBySide()
    {
        const Dataset a = DatasetGenerator::generate(5, 1);
        const Dataset b = DatasetGenerator::generate(9, 2);
        SimStore first;
        SimStore second;
        QVERIFY(first.open({}, a).ok());
        QVERIFY(second.open({}, b).ok());
        QCOMPARE(first.load()->users[0].applications.size(), 5);
        QCOMPARE(second.load()->users[0].applications.size(), 9);
    }

    void keepsAFileAndReusesIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"sim.sqlite"_s);
        const Dataset d = DatasetGenerator::generate(12, 5);
        {
            SimStore store;
            QVERIFY(store.open(db, d).ok());
            Service changed = d.users[0].applications[0].services[0];
            changed.reservedMemory = 999 * 1024 * 1024;
            QVERIFY(store.saveService(u"bench"_s, d.users[0].applications[0].name, changed).ok());
        }
        SimStore reopened;
        const Status s = reopened.open(db, std::nullopt);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const auto loaded = reopened.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->users[0].applications.size(), 12);
        QCOMPARE(loaded->users[0].applications[0].services[0].reservedMemory, 999 * 1024 * 1024);
    }

    void refusesWhatIsNotItsDatabase()
    {
        QTemporaryDir dir;
        SimStore missing;
        const Status noFile = missing.open(dir.filePath(u"none.sqlite"_s), std::nullopt);
        QVERIFY(!noFile.ok());
        QVERIFY2(noFile.error().contains(u"does not exist"_s), qPrintable(noFile.error()));

        const QString other = dir.filePath(u"other.sqlite"_s);
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();
        SimStore wrong;
        QVERIFY(!wrong.open(other, std::nullopt).ok());
    }

    // A bad dataset is refused naming the place, and the --db it would have replaced stays whole.
    void badDatasetLeavesAnExistingDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::newRow("undeclared datacenter")
            << u"bad-undeclared-datacenter.json"_s
            << u"users[0].applications[0].services[0].instances[1].datacenter: "
               "\"Amazon-eu-west-9z\" is not a declared datacenter"_s;
        QTest::newRow("duplicate application")
            << u"bad-duplicate-application.json"_s
            << u"users[0].applications[1].name: duplicate application name \"shop\""_s;
        QTest::newRow("malformed") << u"bad-malformed.json"_s << u"dataset: malformed JSON"_s;
        QTest::newRow("negative") << u"bad-negative-memory.json"_s
                                  << u"users[0].applications[0].services[1].reserved_memory"_s;
    }
    void badDatasetLeavesAnExistingDatabaseUntouched()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"kept.sqlite"_s);
        {
            PlatformSimulator good;
            PlatformSimulator::Options options;
            options.datasetFile = QFINDTESTDATA(u"../data/sim/good-dataset.json"_s);
            options.databaseFile = db;
            QVERIFY(good.start(options).ok());
        }
        const QByteArray before = fileBytes(db);
        QVERIFY(!before.isEmpty());

        PlatformSimulator bad;
        PlatformSimulator::Options options;
        options.datasetFile = QFINDTESTDATA(u"../data/sim/"_s + file);
        options.databaseFile = db;
        const Status started = bad.start(options);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(place), qPrintable(started.error()));
        QCOMPARE(fileBytes(db), before);

        // And the kept database still serves.
        PlatformSimulator again;
        PlatformSimulator::Options reuse;
        reuse.databaseFile = db;
        const Status reused = again.start(reuse);
        QVERIFY2(reused.ok(), qPrintable(reused.error()));
        QCOMPARE(again.model().data().users[0].user.username, u"alice"_s);
    }

    void nothingToServeIsAnError()
    {
        PlatformSimulator sim;
        QVERIFY(!sim.start({}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSimStore)
#include "tst_simstore.moc"
