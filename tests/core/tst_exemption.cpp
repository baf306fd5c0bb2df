#include "exemption.h"
#include "inventorybuilder.h"
#include "rulesengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QString dataPath(const QString &name)
{
    return qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/core/exemptions/"_s + name;
}
QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc());
}
Finding finding(const QString &rule, const QString &app, const QString &svc)
{
    Finding f;
    f.rule = rule;
    f.application = app;
    f.service = svc;
    return f;
}
} // namespace

class TestExemption : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFile()
    {
        const auto list = ExemptionList::load(dataPath(u"valid.json"_s));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->items().size(), 3);
        const Exemption &first = list->items().first();
        QCOMPARE(first.rule, u"single-instance"_s);
        QCOMPARE(first.application, u"shop"_s);
        QCOMPARE(first.service, u"worker"_s);
        QCOMPARE(first.reason, u"a batch job; one instance is fine"_s);
        QCOMPARE(first.expires, utc(2027, 1, 31));
        QVERIFY(list->items()[1].service.isEmpty());
        QVERIFY(!list->items()[1].expires.isValid());
    }

    void badFilesNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << QByteArray(R"({"rule":"single-instance"})")
                                << u"document: expected an array, got an object"_s;
        QTest::newRow("typo-in-rule")
            << QByteArray(R"([{"rule":"single-instanse","application":"a","reason":"r"}])")
            << u"[0].rule: \"single-instanse\" is not one of"_s;
        QTest::newRow("no-reason")
            << QByteArray(R"([{"rule":"single-instance","application":"a","reason":"r"},
                             {"rule":"single-host","application":"a"}])")
            << u"[1].reason: missing"_s;
        QTest::newRow("blank-reason")
            << QByteArray(R"([{"rule":"single-host","application":"a","reason":"  "}])")
            << u"[0].reason: must say why"_s;
        QTest::newRow("no-application")
            << QByteArray(R"([{"rule":"single-host","application":"","reason":"r"}])")
            << u"[0].application: must name an application"_s;
        QTest::newRow("bad-date")
            << QByteArray(
                   R"([{"rule":"single-host","application":"a","reason":"r","expires":"soon"}])")
            << u"[0].expires: \"soon\" is not an ISO 8601 date and time"_s;
        QTest::newRow("service-number")
            << QByteArray(R"([{"rule":"single-host","application":"a","service":7,"reason":"r"}])")
            << u"[0].service: expected a string, got a number"_s;
        QTest::newRow("not-json") << QByteArray("[{") << u"malformed JSON"_s;
    }

    void badFilesNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto list = ExemptionList::fromJson(json);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().contains(error), qPrintable(list.error()));
    }

    void matching_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("reason"); // empty: no match
        const QDateTime before = utc(2026, 12, 1);
        QTest::newRow("service-exact") << u"single-instance"_s << u"shop"_s << u"worker"_s << before
                                       << u"a batch job; one instance is fine"_s;
        QTest::newRow("other-service")
            << u"single-instance"_s << u"shop"_s << u"www"_s << before << QString();
        QTest::newRow("other-app")
            << u"single-instance"_s << u"blog"_s << u"worker"_s << before << QString();
        QTest::newRow("other-rule")
            << u"single-host"_s << u"shop"_s << u"worker"_s << before << QString();
        QTest::newRow("expired") << u"single-instance"_s << u"shop"_s << u"worker"_s
                                 << utc(2027, 2, 1) << QString();
        QTest::newRow("expires-now")
            << u"single-instance"_s << u"shop"_s << u"worker"_s << utc(2027, 1, 31) << QString();
        QTest::newRow("whole-application") << u"no-ha-support"_s << u"shop"_s << u"search"_s
                                           << before << u"search index rebuilt nightly"_s;
        QTest::newRow("account-level") << u"single-region"_s << QString() << QString() << before
                                       << u"the platform offers one region"_s;
    }

    void matching()
    {
        QFETCH(QString, rule);
        QFETCH(QString, application);
        QFETCH(QString, service);
        QFETCH(QDateTime, now);
        QFETCH(QString, reason);
        const auto list = ExemptionList::load(dataPath(u"valid.json"_s));
        QVERIFY(list.ok());
        const Exemption *e = list->match(finding(rule, application, service), now);
        QCOMPARE(e ? e->reason : QString(), reason);
    }

    void missingFileIsEmpty()
    {
        const auto list = ExemptionList::load(u"/nonexistent/exemptions.json"_s);
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
    }

    void corruptFileNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ex.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"rule\": 1}]");
        f.close();
        const auto list = ExemptionList::load(path);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().startsWith(path + u": "_s), qPrintable(list.error()));
    }

    void addRemoveSaveLoad()
    {
        ExemptionList list;
        list.add({u"single-host"_s, u"shop"_s, u"db"_s, u"first"_s, {}});
        list.add({u"single-host"_s, u"shop"_s, u"db"_s, u"second"_s, utc(2030, 1, 1)});
        list.add({u"single-zone"_s, u"shop"_s, {}, u"zone"_s, {}});
        QCOMPARE(list.items().size(), 2);
        QCOMPARE(list.items().first().reason, u"second"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"exemptions.json"_s);
        QVERIFY(list.save(path).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"exemptions.json"_s});
        const auto loaded = ExemptionList::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->items(), list.items());

        QVERIFY(list.remove(u"single-zone"_s, u"shop"_s, {}));
        QVERIFY(!list.remove(u"single-zone"_s, u"shop"_s, {}));
        QCOMPARE(list.items().size(), 1);
    }

    void anExpiredExemptionCountsAgain()
    {
        using namespace InventoryBuilder;
        const Inventory inv = inventory(
            {application(u"shop"_s, u"live"_s,
                         {{u"www"_s, u"python: a/h1"_s}, {u"api"_s, u"python: a/h2, b/h3"_s}})});
        AuditOptions options;
        options.exemptions.add(
            {u"single-instance"_s, u"shop"_s, u"www"_s, u"internal tool"_s, utc(2027, 1, 1)});

        options.now = utc(2026, 12, 1);
        const AuditReport during = RulesEngine().audit(inv, options);
        QCOMPARE(during.summary.danger, 0);
        QCOMPARE(during.summary.exempt, 1);
        QCOMPARE(during.summary.score, 100);
        const Finding &f = during.findings.last();
        QVERIFY(f.exempt);
        QCOMPARE(f.exemptReason, u"internal tool"_s);
        QCOMPARE(f.rule, u"single-instance"_s);

        options.now = utc(2027, 1, 2);
        const AuditReport after = RulesEngine().audit(inv, options);
        QCOMPARE(after.summary.danger, 1);
        QCOMPARE(after.summary.exempt, 0);
        QVERIFY(!after.findings.first().exempt);
        QVERIFY(after.summary.score < 100);
    }
};

QTEST_GUILESS_MAIN(TestExemption)
#include "tst_exemption.moc"
