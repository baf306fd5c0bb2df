#include "inventorybuilder.h"
#include "platformwire.h"
#include "snapshot.h"
#include "snapshotfastreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

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

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A bigger account with every kind of service, for the two readers to agree on.
Inventory manyServices()
{
    using namespace InventoryBuilder;
    ApplicationList apps;
    const QStringList specs{u"python: a/h1, b/h2, c/h3"_s,
                            u"mysql: a/h1/up/master, b/h2/down/slave"_s,
                            u"mongodb: a/h1/up/primary, b/h2/up/secondary, c/h3/hibernating"_s,
                            u"postgresql: c/h9"_s,
                            u"custom: =2"_s,
                            u"php:"_s};
    for (int a = 0; a < 50; ++a) {
        QList<QPair<QString, QString>> services;
        for (int s = 0; s < specs.size(); ++s)
            services.append({u"svc%1"_s.arg(s), specs[(a + s) % specs.size()]});
        apps.append(application(u"app%1"_s.arg(a), a % 7 ? u"live"_s : u"sandbox"_s, services));
    }
    return inventory(apps);
}

// An account of `count` applications named by `nameOf`, more than a megabyte written out: large
// enough for the fast reader to read the second half of its applications on another thread.
Inventory largeAccount(int count, const std::function<QString(int)> &nameOf)
{
    using namespace InventoryBuilder;
    ApplicationList apps;
    for (int a = 0; a < count; ++a)
        apps.append(
            application(nameOf(a), a % 5 ? u"live"_s : u"sandbox"_s,
                        {{u"www"_s, u"python: a/h%1, b/h%2"_s.arg(a).arg(a + 1)},
                         {u"db"_s, u"mysql: a/h%1/up/master, c/h%2/down/slave"_s.arg(a).arg(a + 2)},
                         {u"cache"_s, u"redis: =2"_s}}));
    return inventory(apps);
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

    // The snapshot is written straight into bytes: each object must be the one PlatformWire's
    // QJsonObject writers make, with the services in full, strings needing escapes and all.
    void objectsAreThoseOfThePlatformWireWriters()
    {
        Inventory inv = richInventory();
        inv.applications[1].services[0].name = u"q\"uote\\back\tslash\n\x01\x7f é 🦊"_s;
        inv.user.lastName = u"O\"Brien\r"_s;
        const QJsonObject root = QJsonDocument::fromJson(Snapshot::toJson(inv)).object();
        QCOMPARE(root.value(u"user"_s).toObject(), PlatformWire::toJson(inv.user));
        QJsonArray datacenters;
        for (const Datacenter &dc : inv.datacenters)
            datacenters.append(PlatformWire::toJson(dc));
        QCOMPARE(root.value(u"datacenters"_s).toArray(), datacenters);
        const QJsonArray applications = root.value(u"applications"_s).toArray();
        QCOMPARE(applications.size(), inv.applications.size());
        for (int i = 0; i < inv.applications.size(); ++i) {
            const Application &app = inv.applications[i];
            QJsonObject expected = PlatformWire::toJson(app);
            QJsonArray services;
            for (const Service &svc : app.services) {
                QJsonObject s = PlatformWire::toJson(svc);
                if (!svc.fetchError.isEmpty())
                    s.insert(u"fetch_error"_s, svc.fetchError);
                services.append(s);
            }
            expected.insert(u"services"_s, services);
            QCOMPARE(applications[i].toObject(), expected);
        }
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

    // good.json was written before domains were objects: its bare strings still read, and
    // writing it again gives the objects the platform serves.
    void aSnapshotOfThePreviousVersionStillReads()
    {
        const QByteArray old = fileBytes(dataPath(u"good.json"_s));
        QVERIFY(old.contains(R"("domains": [
      "shop.example.org"
     ])"));
        const auto inv = Snapshot::fromJson(old);
        QVERIFY2(inv.ok(), qPrintable(inv.error()));
        QCOMPARE(inv->applications.first().services.first().domains,
                 QStringList{u"shop.example.org"_s});
        const QByteArray rewritten = Snapshot::toJson(*inv);
        QVERIFY(rewritten.contains(R"("domains":[{"domain":"shop.example.org"}])"));
        QVERIFY(*Snapshot::fromJson(rewritten) == *inv);
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

    // The fast streaming reader and the reference reader must build the same inventory.
    void fastAndReferenceReadersAgree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("good-fixture") << fileBytes(dataPath(u"good.json"_s));
        QTest::newRow("quirks-fixture") << fileBytes(dataPath(u"quirks.json"_s));
        QByteArray served = fileBytes(dataPath(u"good.json"_s));
        served.replace(R"("shop.example.org")",
                       R"({"type":"Domain","domain":"shop.example.org","uri":"https:\/\/x/d"})");
        QTest::newRow("domains-as-served") << served;
        QTest::newRow("rich") << Snapshot::toJson(richInventory());
        QTest::newRow("many-services") << Snapshot::toJson(manyServices());
        QTest::newRow("empty-account") << Snapshot::toJson(InventoryBuilder::inventory({}));
    }

    void fastAndReferenceReadersAgree()
    {
        QFETCH(QByteArray, bytes);
        const auto reference = Snapshot::fromJsonDocument(bytes);
        QVERIFY2(reference.ok(), qPrintable(reference.error()));
        const std::optional<Inventory> fast = SnapshotFastReader::read(bytes);
        QVERIFY(fast.has_value());
        QCOMPARE(fast->applications.size(), reference->applications.size());
        for (int i = 0; i < fast->applications.size(); ++i) {
            QCOMPARE(fast->applications[i].name, reference->applications[i].name);
            QCOMPARE(fast->applications[i].services, reference->applications[i].services);
        }
        QVERIFY(*fast == *reference);
    }

    // The applications of a large snapshot are read in two halves at once; what the halves hold
    // is what one reading holds, wherever the split falls: strings that look like the boundary
    // between two applications, escaped quotes and backslashes, whitespace, an array that ends
    // before the middle of the file.
    void largeSnapshotsReadInHalvesAsInOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray plain =
            Snapshot::toJson(largeAccount(4000, [](int a) { return u"app%1"_s.arg(a); }));
        QVERIFY(plain.size() > 2 * (1 << 20));
        QTest::newRow("plain") << plain;
        QTest::newRow("boundaries-inside-strings")
            << Snapshot::toJson(largeAccount(4000, [](int a) -> QString {
                   return u"a%1\\\"},{\"name\":\"x\"}],\\"_s.arg(a) + (a % 2 ? u"\\"_s : u"\""_s);
               }));
        QTest::newRow("indented") << QJsonDocument::fromJson(plain).toJson(QJsonDocument::Indented);
        Inventory fewApplications = largeAccount(100, [](int a) { return u"app%1"_s.arg(a); });
        for (int e = 0; e < 40000; ++e)
            fewApplications.errors.append({u"app%1"_s.arg(e), u"www"_s, u"HTTP 500, [x]"_s});
        QTest::newRow("errors-after-the-applications") << Snapshot::toJson(fewApplications);
    }

    void largeSnapshotsReadInHalvesAsInOne()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(bytes.size() > 1 << 20);
        const auto reference = Snapshot::fromJsonDocument(bytes);
        QVERIFY2(reference.ok(), qPrintable(reference.error()));
        const std::optional<Inventory> fast = SnapshotFastReader::read(bytes);
        QVERIFY(fast.has_value());
        QCOMPARE(fast->applications.size(), reference->applications.size());
        for (int i = 0; i < fast->applications.size(); ++i)
            QCOMPARE(fast->applications[i].name, reference->applications[i].name);
        QVERIFY(*fast == *reference);
    }

    // A fault in either half is found there (in the first, the other half is told to stop): the
    // reference reader then names it.
    void aFaultInEitherHalfIsNamed_data()
    {
        QTest::addColumn<int>("faulty");
        QTest::newRow("first half") << 10;
        QTest::newRow("second half") << 3990;
    }

    void aFaultInEitherHalfIsNamed()
    {
        QFETCH(int, faulty);
        Inventory inv = largeAccount(4000, [](int a) { return u"app%1"_s.arg(a); });
        inv.applications[faulty].flavor = u"gigantic"_s;
        const QByteArray bytes = Snapshot::toJson(inv);
        QVERIFY(!SnapshotFastReader::read(bytes).has_value());
        const auto read = Snapshot::fromJson(bytes);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"gigantic"_s), qPrintable(read.error()));
    }

    void quirksReadAsWritten()
    {
        const auto inv = Snapshot::fromJson(fileBytes(dataPath(u"quirks.json"_s)));
        QVERIFY2(inv.ok(), qPrintable(inv.error()));
        QCOMPARE(inv->user.username, u"al\"ice\\"_s);
        QCOMPARE(inv->applications[0].name,
                 QString(u"café "_s + QString::fromUcs4(U"\U0001F600") + u" <b>"_s));
        QCOMPARE(inv->applications[0].services[0].name, u"line\nbreak\ttab"_s);
        QCOMPARE(inv->applications[0].services[0].instances[1].host, u"h/1"_s);
        QCOMPARE(inv->fetchedAt, QDateTime(QDate(2026, 11, 26), QTime(19, 0), QTimeZone::utc()));
        QVERIFY(inv->applications[0].services[1].detailLoaded);
        QVERIFY(!inv->applications[0].services[2].detailLoaded);
    }

    // Anything unusual or wrong goes to the reference reader, which accepts or names the problem.
    void fastReaderGivesUpOnTheUnusual_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        const QStringList corrupt{
            u"not-json.json"_s,       u"empty.json"_s,           u"truncated.json"_s,
            u"array.json"_s,          u"no-format.json"_s,       u"wrong-format.json"_s,
            u"future-version.json"_s, u"bad-instance-id.json"_s, u"no-applications.json"_s,
            u"bad-flavor.json"_s,     u"bad-status.json"_s,      u"bad-fetched-at.json"_s,
            u"bad-error.json"_s};
        for (const QString &f : corrupt)
            QTest::newRow(qPrintable(f)) << f << false;
        QTest::newRow("float-count") << u"float-count.json"_s << true;
        QTest::newRow("invalid-utf8-key") << u"invalid-utf8-key.json"_s << false;
    }

    void fastReaderGivesUpOnTheUnusual()
    {
        QFETCH(QString, file);
        QFETCH(bool, valid);
        const QByteArray bytes = fileBytes(dataPath(file));
        QVERIFY(!SnapshotFastReader::read(bytes).has_value());
        const auto inv = Snapshot::fromJson(bytes);
        QCOMPARE(inv.ok(), valid);
        if (valid)
            QCOMPARE(inv->applications[0].services[0].instanceCount, 3);
    }

    // Whatever the fast reader accepts, the reference reader accepts the same way: checked on
    // thousands of corrupted copies (a fixed seed, so every run checks the same ones).
    void mutatedSnapshotsAgree()
    {
        const QList<QByteArray> originals{fileBytes(dataPath(u"good.json"_s)),
                                          fileBytes(dataPath(u"quirks.json"_s))};
        const QByteArray alphabet =
            QByteArray("{}[]\",:0123456789.-eEtrufalsn \\/u") + QByteArray("\xc3\xa9\xff\x80\x01");
        quint32 seed = 20121;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        int accepted = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes = originals[round % 2];
            const int edits = 1 + int(next() % 3);
            for (int e = 0; e < edits; ++e) {
                const int at = int(next() % bytes.size());
                switch (next() % 3) {
                case 0:
                    bytes[at] = alphabet[int(next() % alphabet.size())];
                    break;
                case 1:
                    bytes.remove(at, 1 + int(next() % 8));
                    break;
                default:
                    bytes.insert(at, alphabet[int(next() % alphabet.size())]);
                }
            }
            const std::optional<Inventory> fast = SnapshotFastReader::read(bytes);
            if (!fast)
                continue;
            ++accepted;
            const auto reference = Snapshot::fromJsonDocument(bytes);
            QVERIFY2(reference.ok(), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(
                                         reference.error(), QString::fromUtf8(bytes))));
            QVERIFY2(*fast == *reference, qPrintable(u"round %1"_s.arg(round)));
        }
        qInfo("%d of 4000 corrupted copies were still valid snapshots", accepted);
        QVERIFY(accepted > 100); // the check must have met many documents still valid
    }

    void duplicateKeysAreTheReferenceReadersCall()
    {
        const QByteArray bytes = fileBytes(dataPath(u"duplicate-key.json"_s));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!SnapshotFastReader::read(bytes).has_value());
        const auto viaFromJson = Snapshot::fromJson(bytes);
        const auto reference = Snapshot::fromJsonDocument(bytes);
        QCOMPARE(viaFromJson.ok(), reference.ok());
        if (reference.ok())
            QVERIFY(*viaFromJson == *reference);
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
