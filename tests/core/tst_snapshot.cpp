#include "inventorybuilder.h"
#include "snapshot.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/core/snapshots/"_s + name;
}

// Everything a snapshot must keep: roles, ports, statuses, a support viewer, a service whose
// detail failed, one never read, an empty one, datacenters with their parts, fetch errors.
Inventory richInventory()
{
    using namespace InventoryBuilder;
    Inventory inv = inventory(
        {application(u"shop"_s, u"live"_s,
                     {{u"www"_s, u"python: a/h1, b/h2/down, c/h3/hibernating"_s},
                      {u"db"_s, u"mysql: a/h4/up/master, b/h5/up/slave"_s},
                      {u"cache"_s, u"redis: =2"_s},
                      {u"idle"_s, u"python:"_s}}),
         application(u"blög <b>"_s, u"sandbox"_s, {{u"www"_s, u"php: weird-place/h6"_s}})});
    inv.user.firstName = u"Alice"_s;
    inv.user.lastName = u"Smith"_s;
    inv.viewer = u"support-bob"_s;
    inv.fetchedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 1, 250), QTimeZone::utc());
    inv.applications[0].createdAt = QDateTime(QDate(2012, 6, 1), QTime(10, 0), QTimeZone::utc());
    Service &www = inv.applications[0].services[0];
    www.reservedMemory = 268435456;
    www.domains = {u"shop.example.org"_s};
    www.instances[0].ports = {{u"http"_s, u"http://h1:8080"_s}, {u"game"_s, u"tcp://h1:4000"_s}};
    www.instances[0].imageVersion = u"v3"_s;
    www.instances[0].revision = u"rev7"_s;
    inv.applications[0].services[2].fetchError = u"HTTP 500: internal error"_s;
    inv.errors = {{u"shop"_s, u"cache"_s, u"HTTP 500: internal error"_s}};
    inv.datacenters.append({u"Custom-zone"_s, u"Custom"_s, u"central"_s, u"zone-1"_s});
    return inv;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything()
    {
        const Inventory inv = richInventory();
        const QByteArray json = Snapshot::toJson(inv);
        const auto back = Snapshot::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->applications.size(), inv.applications.size());
        for (int i = 0; i < inv.applications.size(); ++i)
            for (int j = 0; j < inv.applications[i].services.size(); ++j)
                QCOMPARE(back->applications[i].services[j], inv.applications[i].services[j]);
        QCOMPARE(back->user, inv.user);
        QCOMPARE(back->datacenters, inv.datacenters);
        QCOMPARE(back->fetchedAt, inv.fetchedAt);
        QVERIFY(*back == inv);
    }

    void writeAndReadAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deep/folder/alice.json"_s);
        const Inventory inv = richInventory();
        const Status written = Snapshot::write(inv, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(QDir(dir.filePath(u"deep/folder"_s)).entryList(QDir::Files),
                 QStringList{u"alice.json"_s}); // no temporary file left behind
        const auto back = Snapshot::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->source, path); // reports say the data came from this file
        Inventory expected = inv;
        expected.source = path;
        QVERIFY(*back == expected);
    }

    void theGoodFixtureReads()
    {
        const auto inv = Snapshot::read(dataPath(u"good.json"_s));
        QVERIFY2(inv.ok(), qPrintable(inv.error()));
        QCOMPARE(inv->user.username, u"alice"_s);
        QCOMPARE(inv->applications.first().services.first().instances.size(), 2);
        QCOMPARE(inv->applications.first().services[1].fetchError, u"HTTP 500: internal error"_s);
        QVERIFY(!inv->applications.first().services[1].detailLoaded);
    }

    void corruptSnapshotsAreClearErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("not-json") << u"not-json.json"_s << u"snapshot: malformed JSON at byte"_s;
        QTest::newRow("empty") << u"empty.json"_s << u"snapshot: empty, expected JSON"_s;
        QTest::newRow("truncated") << u"truncated.json"_s << u"snapshot: malformed JSON"_s;
        QTest::newRow("array") << u"array.json"_s
                               << u"snapshot: document: expected an object, got an array"_s;
        QTest::newRow("no-format") << u"no-format.json"_s << u"snapshot: format: missing"_s;
        QTest::newRow("wrong-format")
            << u"wrong-format.json"_s << u"snapshot: format: not a Scaling Advisor snapshot"_s;
        QTest::newRow("future-version")
            << u"future-version.json"_s
            << u"snapshot: format_version: version 2 is not supported (this build reads version 1)"_s;
        QTest::newRow("bad-instance-id") << u"bad-instance-id.json"_s
                                         << u"snapshot: applications[0].services[0].instances[1]."
                                            "instance_id: expected a number, got a string"_s;
        QTest::newRow("no-applications")
            << u"no-applications.json"_s << u"snapshot: applications: missing"_s;
        QTest::newRow("bad-flavor")
            << u"bad-flavor.json"_s
            << u"snapshot: applications[0].flavor: \"gold\" is not one of"_s;
        QTest::newRow("bad-status")
            << u"bad-status.json"_s
            << u"snapshot: applications[0].services[0].instances[0].status: \"sleeping\""_s;
        QTest::newRow("bad-fetched-at")
            << u"bad-fetched-at.json"_s << u"snapshot: fetched_at: \"yesterday\" is not an ISO"_s;
        QTest::newRow("bad-error")
            << u"bad-error.json"_s << u"snapshot: errors[0].error: missing"_s;
        QTest::newRow("no-file") << u"does-not-exist.json"_s << u"cannot read the snapshot"_s;
    }

    void corruptSnapshotsAreClearErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const QString path = dataPath(file);
        const auto inv = Snapshot::read(path);
        QVERIFY(!inv.ok());
        QVERIFY2(inv.error().contains(error), qPrintable(inv.error()));
        QVERIFY2(inv.error().contains(path), qPrintable(inv.error()));
    }

    void aFailedWriteIsAClearError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"file"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // A regular file where the folder should be: no user, not even root, can write there.
        const QString path = blocker + u"/snapshot.json"_s;
        const Status failed = Snapshot::write(InventoryBuilder::inventory({}), path);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(blocker), qPrintable(failed.error()));
    }

    void cachePathIsPerAccount()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString a = Snapshot::cachePath(u"https://api.example.org"_s, u"alice"_s);
        QVERIFY2(a.startsWith(base + u"/snapshots/"_s), qPrintable(a));
        QVERIFY(a.endsWith(u".json"_s));
        QCOMPARE(Snapshot::cachePath(u"https://api.example.org"_s, u"alice"_s), a);
        QVERIFY(Snapshot::cachePath(u"https://api.example.org"_s, u"bob"_s) != a);
        QVERIFY(Snapshot::cachePath(u"http://127.0.0.1:8080"_s, u"alice"_s) != a);
        const QString odd = Snapshot::cachePath(u"https://x"_s, u"../../etc/passwd"_s);
        QVERIFY2(!odd.mid(base.size() + 11).contains(u'/'), qPrintable(odd));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
