#include "deploymentspread.h"
#include "inventorybuilder.h"
#include "resilience.h"
#include "scalingplanner.h"
#include "shellquote.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

namespace {

// "app:flavor" then "svc=spec" entries, e.g. {"shop:live", "www=python: a/h1"}.
using AppSpec = QStringList;
using AppSpecs = QList<AppSpec>;

Inventory build(const AppSpecs &specs, int zones)
{
    ApplicationList apps;
    for (const AppSpec &spec : specs) {
        const QStringList head = spec.first().split(u':');
        QList<QPair<QString, QString>> services;
        for (qsizetype i = 1; i < spec.size(); ++i) {
            const qsizetype eq = spec[i].indexOf(u'=');
            services.append({spec[i].left(eq), spec[i].mid(eq + 1)});
        }
        apps.append(application(head.value(0), head.value(1), services));
    }
    return inventory(apps, zones);
}

QStringList actionsOf(const ScalingPlan &plan)
{
    QStringList out;
    for (const ScalingAction &a : plan.actions)
        out.append(u"%1/%2:%3->%4"_s.arg(a.application, a.service).arg(a.from).arg(a.instances));
    return out;
}

QStringList manualOf(const ScalingPlan &plan)
{
    QStringList out;
    for (const ManualStep &m : plan.manual)
        out.append(u"%1/%2:%3"_s.arg(m.application, m.service, m.rule));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(AppSpecs)

class TestScalingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<AppSpecs>("apps");
        QTest::addColumn<int>("zones");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QStringList>("manual");
        QTest::addColumn<int>("now");
        QTest::addColumn<int>("after");

        QTest::newRow("already-spread-is-untouched")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1, b/h2, c/h3"_s,
                         u"db=mysql: a/h4/up/master, b/h5/up/slave"_s}}
            << 3 << QStringList{} << QStringList{} << 1 << 1;
        QTest::newRow("code-service-to-3")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s}} << 3
            << QStringList{u"shop/www:1->3"_s} << QStringList{} << 0 << 1;
        QTest::newRow("two-in-one-zone-to-3")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1, a/h2"_s}} << 3
            << QStringList{u"shop/www:2->3"_s} << QStringList{} << 0 << 1;
        // Already 3, all in one zone: one more brings the deployment that spreads them.
        QTest::newRow("three-in-one-zone-to-4")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1, a/h2, a/h3"_s}} << 3
            << QStringList{u"shop/www:3->4"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mysql-to-2")
            << AppSpecs{{u"shop:live"_s, u"db=mysql: a/h1/up/master"_s}} << 3
            << QStringList{u"shop/db:1->2"_s} << QStringList{} << 0 << 1;
        QTest::newRow("redis-to-2") << AppSpecs{{u"shop:live"_s, u"cache=redis: b/h1"_s}} << 3
                                    << QStringList{u"shop/cache:1->2"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mysql-pair-stuck-in-one-zone")
            << AppSpecs{{u"shop:live"_s, u"db=mysql: a/h1/up/master, a/h2/up/slave"_s}} << 3
            << QStringList{} << QStringList{u"shop/db:single-zone"_s} << 0 << 0;
        QTest::newRow("mysql-pair-stuck-on-one-host")
            << AppSpecs{{u"shop:live"_s, u"db=mysql: a/h1/up/master, a/h1/up/slave"_s}} << 3
            << QStringList{} << QStringList{u"shop/db:single-host"_s} << 0 << 0;
        // Scaling www deploys the application: the pair is spread with it, no second action.
        QTest::newRow("pair-rides-along-with-the-deployment")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s,
                         u"db=mysql: a/h2/up/master, a/h3/up/slave"_s}}
            << 3 << QStringList{u"shop/www:1->3"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mongodb-1-to-3")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1"_s}} << 3
            << QStringList{u"shop/db:1->3"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mongodb-2-to-3")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1, b/h2"_s}} << 3
            << QStringList{u"shop/db:2->3"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mongodb-4-to-5")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1, a/h2, b/h3, b/h4"_s}} << 3
            << QStringList{u"shop/db:4->5"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mongodb-3-stacked-to-5")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1, a/h2, b/h3"_s}} << 3
            << QStringList{u"shop/db:3->5"_s} << QStringList{} << 0 << 1;
        QTest::newRow("mongodb-5-stacked-is-manual")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1, a/h2, a/h3, b/h4, c/h5"_s}} << 3
            << QStringList{} << QStringList{u"shop/db:zone-imbalance"_s} << 0 << 0;
        // Over two zones one zone always holds a majority of any replica set.
        QTest::newRow("mongodb-two-zones-is-manual")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1"_s}} << 2 << QStringList{}
            << QStringList{u"shop/db:single-instance"_s} << 0 << 0;
        QTest::newRow("mongodb-four-zones-3-is-enough")
            << AppSpecs{{u"shop:live"_s, u"db=mongodb: a/h1"_s}} << 4
            << QStringList{u"shop/db:1->3"_s} << QStringList{} << 0 << 1;
        QTest::newRow("postgresql-is-manual")
            << AppSpecs{{u"shop:live"_s, u"db=postgresql: a/h1"_s}} << 3 << QStringList{}
            << QStringList{u"shop/db:no-ha-support"_s} << 0 << 0;
        QTest::newRow("solr-is-manual")
            << AppSpecs{{u"shop:live"_s, u"search=solr: a/h1"_s}} << 3 << QStringList{}
            << QStringList{u"shop/search:no-ha-support"_s} << 0 << 0;
        // Scaling www would not save an application PostgreSQL takes down: no action for it.
        QTest::newRow("unsaveable-app-gets-no-action")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s, u"db=postgis: b/h2"_s}} << 3
            << QStringList{} << QStringList{u"shop/db:no-ha-support"_s} << 0 << 0;
        QTest::newRow("sandbox-is-manual")
            << AppSpecs{{u"blog:sandbox"_s, u"www=php: a/h1"_s}} << 3 << QStringList{}
            << QStringList{u"blog/:sandbox-flavor"_s} << 0 << 0;
        QTest::newRow("nothing-up-is-manual")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1/down, b/h2/down"_s}} << 3
            << QStringList{} << QStringList{u"shop/www:instances-down"_s} << 0 << 0;
        QTest::newRow("zero-instances-is-manual")
            << AppSpecs{{u"shop:live"_s, u"www=python:"_s}} << 3 << QStringList{}
            << QStringList{u"shop/www:instances-down"_s} << 0 << 0;
        QTest::newRow("one-zone-platform-is-manual")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s}} << 1 << QStringList{}
            << QStringList{u"shop/www:single-instance"_s} << 0 << 0;
        // Several services of one application: each one that must change, no more.
        QTest::newRow("two-actions-for-one-app")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s, u"db=mysql: a/h2"_s,
                         u"worker=python-worker: a/h3, b/h4"_s}}
            << 3 << QStringList{u"shop/db:1->2"_s, u"shop/www:1->3"_s} << QStringList{} << 0 << 1;
        // Ordered by what each saves: an application one action saves comes before one that
        // needs two; then by name.
        QTest::newRow("ordering") << AppSpecs{{u"aaa:live"_s, u"www=python: a/h1"_s,
                                               u"db=redis: a/h2"_s},
                                              {u"zzz:live"_s, u"www=python: b/h1"_s},
                                              {u"mmm:live"_s, u"www=nodejs: c/h1"_s},
                                              {u"ok:live"_s, u"www=python: a/h1, b/h2"_s}}
                                  << 3
                                  << QStringList{u"mmm/www:1->3"_s, u"zzz/www:1->3"_s,
                                                 u"aaa/db:1->2"_s, u"aaa/www:1->3"_s}
                                  << QStringList{} << 1 << 4;
        QTest::newRow("placement-unknown-is-left-alone")
            << AppSpecs{{u"shop:live"_s, u"www=python: a/h1"_s, u"later=python: =2"_s}} << 3
            << QStringList{} << QStringList{} << 0 << 0;
    }

    void plan()
    {
        QFETCH(AppSpecs, apps);
        QFETCH(int, zones);
        QFETCH(QStringList, actions);
        QFETCH(QStringList, manual);
        QFETCH(int, now);
        QFETCH(int, after);
        const Inventory inv = build(apps, zones);
        const ScalingPlan plan = ScalingPlanner().plan(inv);
        QCOMPARE(actionsOf(plan), actions);
        QCOMPARE(manualOf(plan), manual);
        QCOMPARE(plan.applications, int(apps.size()));
        QCOMPARE(plan.surviveAnyDatacenterNow, now);
        QCOMPARE(plan.surviveAnyDatacenterAfter, after);
        for (const ScalingAction &a : plan.actions) {
            QCOMPARE(a.saves, QStringList{a.application});
            QCOMPARE(a.command, ShellQuote::scaleCommand(u"dotcloud"_s, a.application, a.service,
                                                         a.instances));
        }
        for (const ManualStep &m : plan.manual)
            QVERIFY2(!m.steps.isEmpty(), qPrintable(m.application));

        // Carried out on a copy, deployments included, every saved application survives; the
        // others are as they were.
        const Resilience before = Resilience::of(inv);
        const Resilience predicted = Resilience::of(ScalingPlanner::predict(inv, plan.actions));
        QCOMPARE(predicted.surviveAnyDatacenter, after);
        QSet<QString> saved;
        for (const ScalingAction &a : plan.actions)
            for (const QString &app : a.saves)
                saved.insert(app);
        for (const Application &app : inv.applications) {
            if (saved.contains(app.name)) {
                QVERIFY2(!before.survivesAnyDatacenter(app.name), qPrintable(app.name));
                QVERIFY2(predicted.survivesAnyDatacenter(app.name), qPrintable(app.name));
            } else {
                QCOMPARE(predicted.survivesAnyDatacenter(app.name),
                         before.survivesAnyDatacenter(app.name));
            }
        }
    }

    // Untouched: an application that already survives gets no action, even if its score is not
    // perfect (a zone imbalance, a warning, is no outage).
    void survivingApplicationsAreUntouched()
    {
        const Inventory inv = build({{u"shop:live"_s, u"www=python: a/h1, a/h2, b/h3"_s}}, 3);
        const ScalingPlan plan = ScalingPlanner().plan(inv);
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.surviveAnyDatacenterNow, 1);
    }

    void manualStepsCarryTheFindingsFix()
    {
        const Inventory inv = build({{u"blog:sandbox"_s, u"www=php: a/h1"_s}}, 3);
        const AuditReport audit = RulesEngine().audit(inv);
        const ScalingPlan plan = ScalingPlanner().plan(inv);
        QCOMPARE(plan.manual.size(), 1);
        QCOMPARE(plan.manual.first().steps, audit.findings.first().fix);
    }

    void commandsAreQuoted()
    {
        const QString app = u"x;id"_s, svc = u"$(touch pwned)"_s;
        const Inventory inv = build({{app + u":live"_s, svc + u"=python: a/h1"_s}}, 3);
        AuditOptions options;
        options.cliName = u"dotcloud"_s;
        const ScalingPlan plan = ScalingPlanner().plan(inv, options);
        QCOMPARE(plan.actions.size(), 1);
        QCOMPARE(plan.actions.first().command,
                 u"dotcloud -A 'x;id' scale '$(touch pwned)':instances=3"_s);
        QCOMPARE(ShellQuote::split(plan.actions.first().command),
                 QStringList({u"dotcloud"_s, u"-A"_s, app, u"scale"_s, svc + u":instances=3"_s}));
    }

    void deploymentSpreadsEvenlyOnHostsOfTheirOwn_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<int>("zones");
        QTest::addColumn<int>("most");
        QTest::newRow("3-over-3") << 3 << 3 << 1;
        QTest::newRow("4-over-3") << 4 << 3 << 2;
        QTest::newRow("5-over-3") << 5 << 3 << 2;
        QTest::newRow("3-over-2") << 3 << 2 << 2;
        QTest::newRow("2-over-4") << 2 << 4 << 1;
        QTest::newRow("1-over-3") << 1 << 3 << 1;
    }

    void deploymentSpreadsEvenlyOnHostsOfTheirOwn()
    {
        QFETCH(int, instances);
        QFETCH(int, zones);
        QFETCH(int, most);
        const Inventory inv = build({{u"shop:live"_s, u"www=python: a/h1"_s}}, zones);
        const Application after = DeploymentSpread::scaleAndDeploy(
            inv.applications.first(), u"www"_s, instances, ScalingPlanner::spreadDatacenters(inv));
        const InstanceList &placed = after.services.first().instances;
        QCOMPARE(placed.size(), instances);
        QHash<QString, int> perDc;
        QSet<QString> hosts;
        for (const Instance &inst : placed) {
            ++perDc[inst.datacenter];
            hosts.insert(inst.host);
            QVERIFY(inst.isUp());
        }
        QCOMPARE(hosts.size(), instances);
        int fullest = 0;
        for (int n : std::as_const(perDc))
            fullest = std::max(fullest, n);
        QCOMPARE(fullest, most);
        QCOMPARE(DeploymentSpread::mostInOneDatacenter(instances, zones), most);
    }
};

QTEST_GUILESS_MAIN(TestScalingPlanner)
#include "tst_scalingplanner.moc"
