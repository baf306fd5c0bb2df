#include "inventorybuilder.h"
#include "resilience.h"
#include "rulesengine.h"
#include "zonesimulation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

using Specs = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Specs)

class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    // One application, built from its services, against every single datacenter and host.
    void oneApplication_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<Specs>("services");
        QTest::addColumn<bool>("anyDatacenter");
        QTest::addColumn<bool>("anyHost");
        QTest::addColumn<QString>("datacenter"); // whose loss takes it down
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("state"); // "" when it survives both

        const QString live = u"live"_s;
        QTest::newRow("spread-survives") << live << Specs{{u"www"_s, u"python: a/h1, b/h2, c/h3"_s}}
                                         << true << true << QString() << QString() << QString();
        QTest::newRow("single-instance") << live << Specs{{u"www"_s, u"python: b/h1"_s}} << false
                                         << false << u"Amazon-us-east-1b"_s << u"h1"_s << u"down"_s;
        QTest::newRow("single-host") << live << Specs{{u"www"_s, u"python: a/h1, a/h1"_s}} << false
                                     << false << u"Amazon-us-east-1a"_s << u"h1"_s << u"down"_s;
        QTest::newRow("single-zone-survives-a-host")
            << live << Specs{{u"www"_s, u"python: a/h1, a/h2"_s}} << false << true
            << u"Amazon-us-east-1a"_s << QString() << u"down"_s;
        QTest::newRow("two-zones-is-enough") << live << Specs{{u"www"_s, u"python: a/h1, b/h2"_s}}
                                             << true << true << QString() << QString() << QString();
        // The survivor must be up: an instance already down never survives.
        QTest::newRow("survivor-already-down")
            << live << Specs{{u"www"_s, u"python: a/h1, b/h2/down"_s}} << false << false
            << u"Amazon-us-east-1a"_s << u"h1"_s << u"down"_s;
        QTest::newRow("nothing-up-is-not-serving")
            << live << Specs{{u"www"_s, u"python: a/h1/down, b/h2/down"_s}} << false << false
            << QString() << QString() << u"not-serving"_s;
        QTest::newRow("zero-instances-is-not-serving")
            << live << Specs{{u"www"_s, u"python:"_s}} << false << false << QString() << QString()
            << u"not-serving"_s;
        // One weak service takes the application with it.
        QTest::newRow("worst-of-services")
            << live
            << Specs{{u"www"_s, u"python: a/h1, b/h2, c/h3"_s},
                     {u"db"_s, u"mysql: c/h4/up/master, c/h5/up/slave"_s}}
            << false << true << u"Amazon-us-east-1c"_s << QString() << u"down"_s;
        QTest::newRow("mysql-pair-across-zones")
            << live << Specs{{u"db"_s, u"mysql: a/h1/up/master, b/h2/up/slave"_s}} << true << true
            << QString() << QString() << QString();
        // MongoDB: only a majority of the members keeps the set serving.
        QTest::newRow("mongodb-3-over-3-zones")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, b/h2, c/h3"_s}} << true << true << QString()
            << QString() << QString();
        QTest::newRow("mongodb-3-two-in-one-zone")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, a/h2, b/h3"_s}} << false << true
            << u"Amazon-us-east-1a"_s << QString() << u"down"_s;
        QTest::newRow("mongodb-2-of-2-no-majority")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, b/h2"_s}} << false << false
            << u"Amazon-us-east-1a"_s << u"h1"_s << u"down"_s;
        QTest::newRow("mongodb-3-one-down-already")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, b/h2, c/h3/down"_s}} << false << false
            << u"Amazon-us-east-1a"_s << u"h1"_s << u"down"_s;
        QTest::newRow("mongodb-3-two-down-not-serving")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, b/h2/down, c/h3/down"_s}} << false << false
            << QString() << QString() << u"not-serving"_s;
        QTest::newRow("mongodb-5-over-3-zones")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, a/h2, b/h3, b/h4, c/h5"_s}} << true << true
            << QString() << QString() << QString();
        QTest::newRow("mongodb-4-two-zones-even-split")
            << live << Specs{{u"db"_s, u"mongodb: a/h1, a/h2, b/h3, b/h4"_s}} << false << true
            << u"Amazon-us-east-1a"_s << QString() << u"down"_s;
        QTest::newRow("postgresql-single")
            << live << Specs{{u"db"_s, u"postgresql: c/h1"_s}} << false << false
            << u"Amazon-us-east-1c"_s << u"h1"_s << u"down"_s;
        QTest::newRow("sandbox-single")
            << u"sandbox"_s << Specs{{u"www"_s, u"php: a/h1"_s}} << false << false
            << u"Amazon-us-east-1a"_s << u"h1"_s << u"down"_s;
        // Placement not read: survival cannot be claimed.
        QTest::newRow("placement-unknown") << live << Specs{{u"www"_s, u"python: =3"_s}} << false
                                           << false << QString() << QString() << u"unknown"_s;
        QTest::newRow("no-services")
            << live << Specs{} << true << true << QString() << QString() << QString();
    }

    void oneApplication()
    {
        QFETCH(QString, flavor);
        QFETCH(Specs, services);
        QFETCH(bool, anyDatacenter);
        QFETCH(bool, anyHost);
        QFETCH(QString, datacenter);
        QFETCH(QString, host);
        QFETCH(QString, state);
        const Inventory inv = inventory({application(u"shop"_s, flavor, services)});
        const Resilience r = Resilience::of(inv);
        QCOMPARE(r.applications, 1);
        QCOMPARE(r.surviveAnyDatacenter, anyDatacenter ? 1 : 0);
        QCOMPARE(r.surviveAnyHost, anyHost ? 1 : 0);
        QCOMPARE(r.survivesAnyDatacenter(u"shop"_s), anyDatacenter);
        if (state.isEmpty()) {
            QVERIFY(r.atRisk.isEmpty());
            return;
        }
        QCOMPARE(r.atRisk.size(), 1);
        const ApplicationAtRisk &a = r.atRisk.first();
        QCOMPARE(a.application, u"shop"_s);
        QCOMPARE(a.datacenter, datacenter);
        QCOMPARE(a.host, host);
        QCOMPARE(ApplicationAtRisk::stateName(a.state), state);
        // The same simulation as the What-if tab: failing that datacenter takes it down.
        if (!datacenter.isEmpty())
            QCOMPARE(ZoneSimulation::fail(inv, FailureKind::Datacenter, datacenter).down, 1);
    }

    // An empty zone the platform offers takes nothing down.
    void emptyZonesDoNotHurt()
    {
        const Inventory inv = inventory(
            {application(u"shop"_s, u"live"_s, {{u"www"_s, u"python: a/h1, b/h2"_s}})}, 5);
        QCOMPARE(Resilience::of(inv).surviveAnyDatacenter, 1);
    }

    void headline_data()
    {
        QTest::addColumn<QStringList>("downApps"); // single-instance applications
        QTest::addColumn<int>("survivors");
        QTest::addColumn<QString>("headline");
        QTest::newRow("none") << QStringList{} << 0 << u"The account has no application."_s;
        QTest::newRow("all") << QStringList{} << 3
                             << u"All 3 applications survive the loss of any one datacenter."_s;
        QTest::newRow("one-app") << QStringList{} << 1
                                 << u"The application survives the loss of any one datacenter."_s;
        QTest::newRow("three-down")
            << QStringList{u"api"_s, u"blog"_s, u"crm"_s} << 2
            << u"2 of 5 applications survive the loss of any one datacenter; api, blog and crm "
               "would go down."_s;
        QTest::newRow("one-down") << QStringList{u"api"_s} << 0
                                  << u"0 of 1 applications survive the loss of any one datacenter; "
                                     "api would go down."_s;
        QStringList many;
        for (int i = 0; i < 13; ++i)
            many.append(u"app%1"_s.arg(i, 2, 10, QLatin1Char('0')));
        QTest::newRow("long-list-is-cut")
            << many << 0
            << u"0 of 13 applications survive the loss of any one datacenter; app00, app01, app02, "
               "app03, app04, app05, app06, app07, app08, app09 and 3 more would go down."_s;
    }

    void headline()
    {
        QFETCH(QStringList, downApps);
        QFETCH(int, survivors);
        QFETCH(QString, headline);
        ApplicationList apps;
        for (const QString &name : std::as_const(downApps))
            apps.append(application(name, u"live"_s, {{u"www"_s, u"python: a/h1"_s}}));
        for (int i = 0; i < survivors; ++i)
            apps.append(
                application(u"ok%1"_s.arg(i), u"live"_s, {{u"www"_s, u"python: a/h1, b/h2"_s}}));
        const Resilience r = Resilience::of(inventory(apps));
        QCOMPARE(r.headline(QLocale(QLocale::English, QLocale::UnitedKingdom)), headline);
    }

    void headlineNamesTheAppsNotServingAndNotRead()
    {
        const Inventory inv =
            inventory({application(u"api"_s, u"live"_s, {{u"www"_s, u"python: a/h1/down"_s}}),
                       application(u"api2"_s, u"live"_s, {{u"www"_s, u"python:"_s}}),
                       application(u"blog"_s, u"live"_s, {{u"www"_s, u"python: =3"_s}}),
                       application(u"blog2"_s, u"live"_s, {{u"www"_s, u"python: =1"_s}}),
                       application(u"crm"_s, u"live"_s, {{u"www"_s, u"python: a/h1, b/h2"_s}})});
        QCOMPARE(Resilience::of(inv).headline(QLocale(QLocale::English)),
                 u"1 of 5 applications survive the loss of any one datacenter. 2 applications are "
                 "not serving right now: api and api2. The placement of 2 applications could not "
                 "be read, so their survival is not known: blog and blog2."_s);
    }

    void hostSentence()
    {
        const Inventory inv =
            inventory({application(u"api"_s, u"live"_s, {{u"www"_s, u"python: a/h1, a/h2"_s}}),
                       application(u"crm"_s, u"live"_s, {{u"www"_s, u"python: a/h3"_s}})});
        QCOMPARE(Resilience::of(inv).hostSentence(QLocale(QLocale::English)),
                 u"1 of 2 applications survive the loss of any one host."_s);
    }

    // The audit carries the same resilience, computed once.
    void auditCarriesIt()
    {
        const Inventory inv =
            inventory({application(u"api"_s, u"live"_s, {{u"www"_s, u"python: a/h1"_s}})});
        QCOMPARE(RulesEngine().audit(inv).resilience, Resilience::of(inv));
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
