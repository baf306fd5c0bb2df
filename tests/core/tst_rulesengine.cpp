#include "inventorybuilder.h"
#include "rulesengine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

namespace {

// "rule:severity" of every finding except the account-level single-region one, which every
// inventory placed in us-east-1 carries and which has tests of its own.
QStringList outcome(const AuditReport &report)
{
    QStringList out;
    for (const Finding &f : report.findings)
        if (f.rule != u"single-region"_s)
            out.append(f.rule + u':' + severityName(f.severity));
    return out;
}

const Finding *find(const AuditReport &report, const QString &rule, const QString &service = {})
{
    for (const Finding &f : report.findings)
        if (f.rule == rule && (service.isEmpty() || f.service == service))
            return &f;
    return nullptr;
}

AuditReport auditOne(const QString &spec, int offeredZones = 3, const QString &flavor = u"live"_s)
{
    const Inventory inv =
        inventory({application(u"shop"_s, flavor, {{u"svc"_s, spec}})}, offeredZones);
    return RulesEngine().audit(inv);
}

} // namespace

class TestRulesEngine : public QObject
{
    Q_OBJECT

private slots:
    // A large account is audited on two cores, in chunks of applications. What each application
    // is told, the counts and the resilience must be what auditing it alone gives, and the
    // report must come out the same every time.
    void aLargeAccountAuditsLikeItsParts()
    {
        using namespace InventoryBuilder;
        const QList<QPair<QString, QList<QPair<QString, QString>>>> pattern = {
            {u"sandbox"_s, {{u"www"_s, u"python: a/h1"_s}}},
            {u"live"_s, {{u"www"_s, u"python: a/h1"_s}, {u"db"_s, u"mysql: a/h2/up/master"_s}}},
            {u"live"_s, {{u"www"_s, u"python: a/h1, b/h2, c/h3"_s}}},
            {u"live"_s,
             {{u"www"_s, u"python: a/h1, a/h2, b/h3"_s},
              {u"db"_s, u"mongodb: a/h4, b/h5/down, c/h6"_s},
              {u"cache"_s, u"redis: =2"_s}}},
        };
        ApplicationList apps;
        for (int copy = 0; copy < 900; ++copy)
            for (int p = 0; p < pattern.size(); ++p)
                apps.append(application(u"app%1-%2"_s.arg(copy, 4, 10, QLatin1Char('0')).arg(p),
                                        pattern[p].first, pattern[p].second));
        const Inventory big = inventory(apps);
        const RulesEngine engine;
        const AuditReport report = engine.audit(big);
        QCOMPARE(report.summary.applications, 3600);

        AuditSummary sum;
        int surviveAnyDatacenter = 0, surviveAnyHost = 0;
        QList<ApplicationAtRisk> atRisk;
        QHash<QString, QStringList> told;
        for (const Finding &f : report.findings)
            if (!f.application.isEmpty())
                told[f.application].append(f.rule + u' ' + f.service + u' ' + f.message);
        for (const Application &app : apps) {
            const AuditReport alone = engine.audit(inventory({app}));
            QStringList expected;
            for (const Finding &f : alone.findings)
                if (!f.application.isEmpty())
                    expected.append(f.rule + u' ' + f.service + u' ' + f.message);
            QCOMPARE(told.value(app.name), expected);
            sum.passed += alone.summary.passed;
            sum.danger += alone.summary.danger;
            sum.warning += alone.summary.warning;
            surviveAnyDatacenter += alone.resilience.surviveAnyDatacenter;
            surviveAnyHost += alone.resilience.surviveAnyHost;
            atRisk += alone.resilience.atRisk;
        }
        QVERIFY(sum.danger > 0 && sum.warning > 0);
        QCOMPARE(report.summary.passed, sum.passed);
        QCOMPARE(report.summary.danger, sum.danger);
        QCOMPARE(report.summary.warning, sum.warning);
        QCOMPARE(report.resilience.surviveAnyDatacenter, surviveAnyDatacenter);
        QCOMPARE(report.resilience.surviveAnyHost, surviveAnyHost);
        QCOMPARE(report.resilience.atRisk, atRisk);

        // Worst first, then by application: the order of one thread's audit.
        for (qsizetype i = 1; i < report.findings.size(); ++i) {
            const Finding &a = report.findings[i - 1], &b = report.findings[i];
            QVERIFY(a.severity > b.severity ||
                    (a.severity == b.severity && a.application <= b.application));
        }
        const AuditReport again = engine.audit(big);
        QCOMPARE(again.findings.size(), report.findings.size());
        for (qsizetype i = 0; i < report.findings.size(); ++i)
            QCOMPARE(again.findings[i].message, report.findings[i].message);
    }

    void ruleIdsAreTheContract()
    {
        QCOMPARE(RulesEngine::ruleIds(),
                 QStringList({u"sandbox-flavor"_s, u"single-instance"_s, u"single-host"_s,
                              u"single-zone"_s, u"zone-imbalance"_s, u"mongodb-even-members"_s,
                              u"no-ha-support"_s, u"instances-down"_s, u"custom-tcp-ports"_s,
                              u"single-region"_s}));
        QCOMPARE(RulesEngine::defaultSeverity(u"single-zone"_s), Severity::Danger);
        QCOMPARE(RulesEngine::defaultSeverity(u"zone-imbalance"_s), Severity::Warning);
        QCOMPARE(RulesEngine::defaultSeverity(u"custom-tcp-ports"_s), Severity::Info);
    }

    void oneService_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("zones");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fix"); // the fix of the first finding must contain this

        const QStringList none;
        auto row = [](const char *name, const QString &spec, int zones, const QStringList &expected,
                      const QString &fix = {}) {
            QTest::newRow(name) << spec << zones << expected << fix;
        };
        // Stateless code services.
        row("python-one", u"python: a/h1"_s, 3, {u"single-instance:danger"_s},
            u"dotcloud -A shop scale svc:instances=3"_s);
        row("python-three-spread", u"python: a/h1, b/h2, c/h3"_s, 3, none);
        row("zero-instances", u"python:"_s, 3, none);
        row("two-on-one-host", u"python: a/h1, a/h1"_s, 3, {u"single-host:danger"_s},
            u"dotcloud -A shop scale svc:instances=3"_s);
        row("three-hosts-one-zone", u"python: a/h1, a/h2, a/h3"_s, 3, {u"single-zone:danger"_s});
        row("platform-offers-one-zone", u"python: a/h1, a/h2"_s, 1, none);
        row("3+1-over-2-zones", u"python: a/h1, a/h2, a/h3, b/h4"_s, 2,
            {u"zone-imbalance:warning"_s});
        row("2+2-over-2-zones", u"python: a/h1, a/h2, b/h3, b/h4"_s, 2, none);
        row("3+1-over-3-zones", u"python: a/h1, a/h2, a/h3, b/h4"_s, 3,
            {u"zone-imbalance:warning"_s});
        row("2+2-over-3-zones", u"python: a/h1, a/h2, b/h3, b/h4"_s, 3, none);
        row("2+1-over-3-zones", u"python: a/h1, a/h2, b/h3"_s, 3, {u"zone-imbalance:warning"_s});
        // Instances not up.
        row("one-down", u"python: a/h1, b/h2/down, c/h3"_s, 3, {u"instances-down:warning"_s},
            u"dotcloud -A shop logs svc"_s);
        row("all-down", u"python: a/h1/down, b/h2/down, c/h3/down"_s, 3,
            {u"instances-down:danger"_s});
        row("one-hibernating", u"python: a/h1/hibernating, b/h2, c/h3"_s, 3,
            {u"instances-down:warning"_s});
        row("single-hibernating", u"python: a/h1/hibernating"_s, 3,
            {u"single-instance:danger"_s, u"instances-down:danger"_s});
        // Unknown types are stateless.
        row("unknown-type-single", u"frobnicator: a/h1"_s, 3, {u"single-instance:danger"_s},
            u"instances=3"_s);
        row("unknown-type-spread", u"frobnicator: a/h1, b/h2, c/h3"_s, 3, none);
        // Master/slave with roles.
        row("mysql-pair", u"mysql: a/h1/up/master, b/h2/up/slave"_s, 3, none);
        row("mysql-master-down", u"mysql: a/h1/down/master, b/h2/up/slave"_s, 3,
            {u"instances-down:warning"_s});
        row("mysql-single", u"mysql: a/h1/up/master"_s, 3, {u"single-instance:danger"_s},
            u"dotcloud -A shop scale svc:instances=2"_s);
        row("redis-pair-one-host", u"redis: a/h1/up/master, a/h1/up/slave"_s, 3,
            {u"single-host:danger"_s}, u"support"_s);
        // Datacenter names that do not parse still count as places.
        row("unparsed-datacenter-spread", u"python: weird-place/h1, b/h2, c/h3"_s, 3, none);
        row("unparsed-datacenter-one-zone", u"python: weird-place/h1, weird-place/h2"_s, 3,
            {u"single-zone:danger"_s});
        // MongoDB replica sets: odd, at most 5.
        row("mongodb-1", u"mongodb: a/h1/up/primary"_s, 3, {u"single-instance:danger"_s},
            u"instances=3"_s);
        row("mongodb-2", u"mongodb: a/h1/up/primary, b/h2/up/secondary"_s, 3,
            {u"mongodb-even-members:warning"_s}, u"dotcloud -A shop scale svc:instances=3"_s);
        row("mongodb-3", u"mongodb: a/h1/up/primary, b/h2/up/secondary, c/h3/up/secondary"_s, 3,
            none);
        row("mongodb-4", u"mongodb: a/h1, b/h2, c/h3, a/h4"_s, 3,
            {u"mongodb-even-members:warning"_s}, u"instances=5"_s);
        row("mongodb-6", u"mongodb: a/h1, b/h2, c/h3, a/h4, b/h5, c/h6"_s, 3,
            {u"mongodb-even-members:warning"_s}, u"instances=5"_s);
        // Types that do not scale for high availability: migrate, never "scale to 3".
        row("postgresql", u"postgresql: a/h1"_s, 3, {u"no-ha-support:warning"_s}, u"MySQL"_s);
        row("postgis", u"postgis: a/h1"_s, 3, {u"no-ha-support:warning"_s}, u"MongoDB"_s);
        row("solr", u"solr: a/h1"_s, 3, {u"no-ha-support:warning"_s}, u"Elastic Search"_s);
        // Detail not read: only the rules that need no placement.
        row("listed-one", u"python: =1"_s, 3, {u"single-instance:danger"_s});
        row("listed-three", u"python: =3"_s, 3, none);
        row("listed-mongodb-2", u"mongodb: =2"_s, 3, {u"mongodb-even-members:warning"_s});
    }

    void oneService()
    {
        QFETCH(QString, spec);
        QFETCH(int, zones);
        QFETCH(QStringList, expected);
        QFETCH(QString, fix);
        const AuditReport report = auditOne(spec, zones);
        QCOMPARE(outcome(report), expected);
        for (const Finding &f : report.findings) {
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.rule));
            QVERIFY2(!f.fix.isEmpty(), qPrintable(f.rule));
            QCOMPARE(f.docLink, QString(u"docs/rules.md#"_s + f.rule));
            if (!f.application.isEmpty())
                QCOMPARE(f.application, u"shop"_s);
        }
        if (!fix.isEmpty()) {
            QVERIFY(!report.findings.isEmpty());
            QVERIFY2(report.findings.first().fix.contains(fix),
                     qPrintable(report.findings.first().fix));
        }
        if (spec.startsWith(u"postgresql"_s) || spec.startsWith(u"solr"_s))
            QVERIFY(!report.findings.first().fix.contains(u"scale svc:instances"_s));
    }

    void messagesExplainTheSituation()
    {
        const AuditReport master = auditOne(u"mysql: a/h1/down/master, b/h2/up/slave"_s);
        QVERIFY(find(master, u"instances-down"_s)->message.contains(u"master"_s));

        const AuditReport unknown = auditOne(u"frobnicator: a/h1"_s);
        QVERIFY(find(unknown, u"single-instance"_s)->message.contains(u"frobnicator"_s));
        QCOMPARE(unknown.summary.unknownTypes, QStringList{u"frobnicator"_s});

        const AuditReport zone = auditOne(u"python: a/h1, a/h2, a/h3, b/h4"_s);
        QVERIFY(find(zone, u"zone-imbalance"_s)->message.contains(u"Amazon-us-east-1a"_s));
    }

    void unknownTypesAreListedOnce()
    {
        const Inventory inv = inventory({application(u"shop"_s, u"live"_s,
                                                     {{u"a"_s, u"frob: a/h1, b/h2"_s},
                                                      {u"b"_s, u"frob: a/h3, b/h4"_s},
                                                      {u"c"_s, u"zz: a/h5, b/h6"_s}})});
        const AuditReport report = RulesEngine().audit(inv);
        QCOMPARE(report.summary.unknownTypes, QStringList({u"frob"_s, u"zz"_s}));
    }

    void sandboxApplications()
    {
        const Inventory inv =
            inventory({application(u"blog"_s, u"sandbox"_s,
                                   {{u"www"_s, u"php: a/h1"_s}, {u"db"_s, u"mysql: b/h2"_s}}),
                       application(u"shop"_s, u"live"_s, {{u"www"_s, u"python: a/h3"_s}})});
        const AuditReport report = RulesEngine().audit(inv);
        int sandbox = 0;
        for (const Finding &f : report.findings) {
            if (f.rule == u"sandbox-flavor"_s) {
                ++sandbox;
                QCOMPARE(f.application, u"blog"_s);
                QVERIFY(f.service.isEmpty());
                QCOMPARE(f.severity, Severity::Danger);
                QVERIFY(f.fix.contains(u"dotcloud create -f live"_s));
            }
            if (f.rule == u"single-instance"_s)
                QCOMPARE(f.application, u"shop"_s);
        }
        QCOMPARE(sandbox, 1);
        QVERIFY(find(report, u"single-instance"_s, u"www"_s));
    }

    void customTcpPorts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("instances");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fires");
        QTest::newRow("tcp") << u"custom"_s << 2 << u"tcp://node:4000"_s << true;
        QTest::newRow("udp") << u"custom"_s << 3 << u"udp://node:5000"_s << true;
        QTest::newRow("TCP-upper") << u"custom"_s << 2 << u"TCP://node:4000"_s << true;
        QTest::newRow("http-only") << u"custom"_s << 2 << u"http://node:80"_s << false;
        QTest::newRow("ssh") << u"custom"_s << 2 << u"ssh://node:22"_s << false;
        QTest::newRow("single-instance") << u"custom"_s << 1 << u"tcp://node:4000"_s << false;
        QTest::newRow("not-custom") << u"python"_s << 2 << u"tcp://node:4000"_s << false;
    }

    void customTcpPorts()
    {
        QFETCH(QString, type);
        QFETCH(int, instances);
        QFETCH(QString, url);
        QFETCH(bool, fires);
        QString spec = type + u": a/h1"_s;
        if (instances > 1)
            spec += u", b/h2"_s;
        if (instances > 2)
            spec += u", c/h3"_s;
        Inventory inv = inventory({application(u"shop"_s, u"live"_s, {{u"svc"_s, spec}})});
        for (Instance &inst : inv.applications[0].services[0].instances)
            inst.ports = {{u"ssh"_s, u"ssh://node:22"_s}, {u"game"_s, url}};
        const AuditReport report = RulesEngine().audit(inv);
        const Finding *f = find(report, u"custom-tcp-ports"_s);
        QCOMPARE(f != nullptr, fires);
        if (f) {
            QCOMPARE(f->severity, Severity::Info);
            QVERIFY(f->message.contains(u"game"_s));
            QCOMPARE(report.summary.info, 2); // with single-region
        }
        if (type == u"custom"_s && instances == 1)
            QVERIFY(find(report, u"single-instance"_s)->fix.contains(u"TCP"_s));
    }

    void singleRegion_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("fires");
        QTest::newRow("one-region") << u"python: a/h1, b/h2, c/h3"_s << true;
        QTest::newRow("two-regions") << u"python: a/h1, b/h2, Amazon-eu-west-1a/h3"_s << false;
        QTest::newRow("two-providers") << u"python: a/h1, Rackspace-us-east-1a/h3"_s << false;
        QTest::newRow("unparsed") << u"python: a/h1, weird-place/h2"_s << false;
        QTest::newRow("no-instances") << u"python: =2"_s << false;
    }

    void singleRegion()
    {
        QFETCH(QString, spec);
        QFETCH(bool, fires);
        const Inventory inv = inventory({application(u"shop"_s, u"live"_s, {{u"www"_s, spec}}),
                                         application(u"blog"_s, u"live"_s, {{u"www"_s, spec}})});
        const AuditReport report = RulesEngine().audit(inv);
        int count = 0;
        for (const Finding &f : report.findings)
            if (f.rule == u"single-region"_s) {
                ++count;
                QVERIFY(f.application.isEmpty());
                QVERIFY(f.service.isEmpty());
                QCOMPARE(f.severity, Severity::Info);
                QVERIFY(f.message.contains(u"us-east-1"_s));
            }
        QCOMPARE(count, fires ? 1 : 0);
    }

    void failedServicesGetNoPlacementRules()
    {
        Inventory inv = inventory(
            {application(u"shop"_s, u"live"_s,
                         {{u"www"_s, u"python: a/h1, a/h1"_s}, {u"db"_s, u"mysql: =1"_s}})});
        inv.applications[0].services[0].fetchError = u"HTTP 500"_s;
        inv.applications[0].services[1].fetchError = u"timed out"_s;
        const AuditReport report = RulesEngine().audit(inv);
        QCOMPARE(outcome(report), QStringList{u"single-instance:danger"_s});
        QCOMPARE(report.findings.first().service, u"db"_s);
    }

    void findingsAreSortedByImpact()
    {
        Inventory inv = inventory(
            {application(u"zeta"_s, u"live"_s,
                         {{u"www"_s, u"python: a/h1"_s}, {u"db"_s, u"postgresql: a/h2"_s}}),
             application(
                 u"alpha"_s, u"live"_s,
                 {{u"www"_s, u"python: a/h1, b/h2/down, c/h3"_s}, {u"api"_s, u"python: a/h4"_s}})});
        AuditOptions options;
        options.exemptions.add({u"single-instance"_s, u"alpha"_s, u"api"_s, u"staging"_s, {}});
        const AuditReport report = RulesEngine().audit(inv, options);
        QStringList order;
        for (const Finding &f : report.findings)
            order.append(f.rule + u'@' + f.application + u'/' + f.service);
        QCOMPARE(order, QStringList({u"single-instance@zeta/www"_s, u"instances-down@alpha/www"_s,
                                     u"no-ha-support@zeta/db"_s, u"single-region@/"_s,
                                     u"single-instance@alpha/api"_s}));
        QVERIFY(report.findings.last().exempt);
    }

    void cliNameIsConfigurable()
    {
        AuditOptions options;
        options.cliName = u"acme"_s;
        const Inventory inv =
            inventory({application(u"shop"_s, u"live"_s, {{u"www"_s, u"ruby: a/h1"_s}})});
        const AuditReport report = RulesEngine().audit(inv, options);
        QCOMPARE(find(report, u"single-instance"_s)->fix, u"acme -A shop scale www:instances=3"_s);
    }

    void scoreFormula_data()
    {
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("dangers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("grade");
        QTest::newRow("nothing-checked") << 0 << 0 << 0 << 100 << u"A"_s;
        QTest::newRow("all-pass") << 10 << 0 << 0 << 100 << u"A"_s;
        QTest::newRow("all-fail") << 0 << 1 << 1 << 0 << u"F"_s;
        QTest::newRow("worked-example") << 15 << 2 << 3 << 79 << u"C"_s;
        QTest::newRow("worked-example-exempt") << 15 << 1 << 3 << 81 << u"B"_s;
        QTest::newRow("exactly-90") << 9 << 2 << 0 << 90 << u"A"_s;       // 18/20
        QTest::newRow("rounds-up-to-90") << 43 << 0 << 5 << 90 << u"A"_s; // 86/96 = 89.58
        QTest::newRow("80") << 4 << 2 << 0 << 80 << u"B"_s;               // 8/10
        QTest::newRow("70") << 7 << 6 << 0 << 70 << u"C"_s;               // 14/20
        QTest::newRow("60") << 3 << 4 << 0 << 60 << u"D"_s;               // 6/10
        QTest::newRow("59") << 13 << 0 << 9 << 59 << u"F"_s;              // 26/44 = 59.09
    }

    void scoreFormula()
    {
        QFETCH(int, passed);
        QFETCH(int, warnings);
        QFETCH(int, dangers);
        QFETCH(int, score);
        QFETCH(QString, grade);
        QCOMPARE(RulesEngine::score(passed, warnings, dangers), score);
        QCOMPARE(RulesEngine::grade(score), grade);
    }

    // The worked example of docs/rules.md, number for number.
    void workedExample()
    {
        const Inventory inv =
            inventory({application(u"shop"_s, u"live"_s,
                                   {{u"www"_s, u"python: a/h1"_s},
                                    {u"db"_s, u"mysql: a/h2/up/master, b/h3/up/slave"_s},
                                    {u"cache"_s, u"redis: a/h4/up/master, a/h4/up/slave"_s},
                                    {u"worker"_s, u"python-worker: a/h5, a/h6, b/h7"_s},
                                    {u"search"_s, u"solr: c/h8"_s}}),
                       application(u"blog"_s, u"sandbox"_s, {{u"www"_s, u"php: a/h9"_s}})});
        const AuditReport report = RulesEngine().audit(inv);
        QCOMPARE(outcome(report),
                 QStringList({u"sandbox-flavor:danger"_s, u"single-host:danger"_s,
                              u"single-instance:danger"_s, u"no-ha-support:warning"_s,
                              u"zone-imbalance:warning"_s}));
        const AuditSummary &s = report.summary;
        QCOMPARE(s.applications, 2);
        QCOMPARE(s.services, 6);
        QCOMPARE(s.instances, 10);
        QCOMPARE(s.danger, 3);
        QCOMPARE(s.warning, 2);
        QCOMPARE(s.info, 1); // single-region
        QCOMPARE(s.exempt, 0);
        QCOMPARE(s.passed, 15);
        QCOMPARE(s.score, 79);
        QCOMPARE(s.grade, u"D"_s); // the score's band is C; an open danger caps it at D

        AuditOptions options;
        options.exemptions.add({u"no-ha-support"_s,
                                u"shop"_s,
                                u"search"_s,
                                u"search index can be rebuilt in minutes"_s,
                                {}});
        const AuditReport exempted = RulesEngine().audit(inv, options);
        QCOMPARE(exempted.summary.warning, 1);
        QCOMPARE(exempted.summary.exempt, 1);
        QCOMPARE(exempted.summary.passed, 15);
        QCOMPARE(exempted.summary.score, 81);
        QCOMPARE(exempted.summary.grade, u"D"_s); // band B, three dangers still open
        QCOMPARE(exempted.findings.last().rule, u"no-ha-support"_s);
        QCOMPARE(exempted.findings.last().exemptReason,
                 u"search index can be rebuilt in minutes"_s);
    }

    // DESIGN §4: A only without open danger or warning; warnings cap at B; a danger caps at D;
    // the score orders within a grade.
    void gradeCaps_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("dangers");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("grade");
        QTest::newRow("clean-100") << 100 << 0 << 0 << u"A"_s;
        QTest::newRow("warning-caps-a-at-b") << 97 << 0 << 1 << u"B"_s;
        QTest::newRow("warning-keeps-lower-band") << 72 << 0 << 4 << u"C"_s;
        QTest::newRow("warning-f-stays-f") << 40 << 0 << 30 << u"F"_s;
        QTest::newRow("danger-caps-a-at-d") << 98 << 1 << 0 << u"D"_s;
        QTest::newRow("danger-caps-b-at-d") << 85 << 1 << 1 << u"D"_s;
        QTest::newRow("danger-at-60-is-d") << 60 << 2 << 0 << u"D"_s;
        QTest::newRow("danger-below-60-is-f") << 59 << 3 << 0 << u"F"_s;
    }

    void gradeCaps()
    {
        QFETCH(int, score);
        QFETCH(int, dangers);
        QFETCH(int, warnings);
        QFETCH(QString, grade);
        QCOMPARE(RulesEngine::grade(score, dangers, warnings), grade);
    }

    // On accounts: each boundary of the rule, with exemptions that close a finding.
    void gradeOfAccounts_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("exempt"); // rule ids exempted on shop/www
        QTest::addColumn<QString>("grade");
        QTest::newRow("spread-is-a") << u"python: a/h1, b/h2, c/h3"_s << QStringList{} << u"A"_s;
        QTest::newRow("imbalance-warning-is-b")
            << u"python: a/h1, a/h2, b/h3, a/h4"_s << QStringList{} << u"B"_s;
        QTest::newRow("imbalance-exempt-is-a")
            << u"python: a/h1, a/h2, b/h3, a/h4"_s << QStringList{u"zone-imbalance"_s} << u"A"_s;
        QTest::newRow("single-instance-caps-at-d") << u"python: a/h1"_s << QStringList{} << u"D"_s;
        QTest::newRow("single-zone-caps-at-d")
            << u"python: a/h1, a/h2"_s << QStringList{} << u"D"_s;
        QTest::newRow("single-instance-exempt-is-a")
            << u"python: a/h1"_s << QStringList{u"single-instance"_s} << u"A"_s;
    }

    void gradeOfAccounts()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, exempt);
        QFETCH(QString, grade);
        // Nine services that pass every check keep the score high: the caps decide.
        QList<QPair<QString, QString>> services{{u"www"_s, spec}};
        for (int i = 0; i < 9; ++i)
            services.append({u"ok%1"_s.arg(i), u"python: a/h1%1, b/h2%1, c/h3%1"_s.arg(i)});
        const Inventory inv = inventory({application(u"shop"_s, u"live"_s, services)});
        AuditOptions options;
        for (const QString &rule : std::as_const(exempt))
            options.exemptions.add({rule, u"shop"_s, u"www"_s, u"accepted"_s, {}});
        const AuditReport report = RulesEngine().audit(inv, options);
        QVERIFY(report.summary.score >= 90); // by the score alone, every row would read A
        QCOMPARE(report.summary.grade, grade);
        QVERIFY(!RulesEngine::gradeReason(report.summary).isEmpty());
    }

    void noServiceScoresFull()
    {
        const Inventory empty = inventory({});
        const AuditReport report = RulesEngine().audit(empty);
        QVERIFY(report.findings.isEmpty());
        QCOMPARE(report.summary.score, 100);
        QCOMPARE(report.summary.grade, u"A"_s);
    }
};

QTEST_GUILESS_MAIN(TestRulesEngine)
#include "tst_rulesengine.moc"
