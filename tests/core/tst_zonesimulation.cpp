#include "inventorybuilder.h"
#include "zonesimulation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

class TestZoneSimulation : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(failureKindName(FailureKind::Datacenter), u"datacenter"_s);
        QCOMPARE(failureKindName(FailureKind::Host), u"host"_s);
        QCOMPARE(failureKindName(FailureKind::Region), u"region"_s);
        QCOMPARE(failureKindName(FailureKind::Provider), u"provider"_s);
        FailureKind kind = FailureKind::Datacenter;
        QVERIFY(failureKindFromName(u"provider"_s, &kind));
        QCOMPARE(kind, FailureKind::Provider);
        QVERIFY(!failureKindFromName(u"planet"_s, &kind));
        QCOMPARE(survivalName(Survival::Ok), u"ok"_s);
        QCOMPARE(survivalName(Survival::Degraded), u"degraded"_s);
        QCOMPARE(survivalName(Survival::Down), u"down"_s);
    }

    void oneService_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Survival>("state");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        const auto dcA = u"Amazon-us-east-1a"_s;
        QTest::newRow("datacenter-spread")
            << u"python: a/h1, b/h2, c/h3"_s << FailureKind::Datacenter << dcA << Survival::Degraded
            << 3 << 2;
        QTest::newRow("datacenter-elsewhere")
            << u"python: b/h1, c/h2"_s << FailureKind::Datacenter << dcA << Survival::Ok << 2 << 2;
        QTest::newRow("datacenter-all") << u"python: a/h1, a/h2"_s << FailureKind::Datacenter << dcA
                                        << Survival::Down << 2 << 0;
        QTest::newRow("datacenter-unparsed")
            << u"python: weird-place/h1, b/h2"_s << FailureKind::Datacenter << u"weird-place"_s
            << Survival::Degraded << 2 << 1;
        QTest::newRow("host") << u"python: a/h1, a/h1, b/h2"_s << FailureKind::Host << u"h1"_s
                              << Survival::Degraded << 3 << 1;
        QTest::newRow("host-all") << u"mysql: a/h1/up/master, b/h1/up/slave"_s << FailureKind::Host
                                  << u"h1"_s << Survival::Down << 2 << 0;
        QTest::newRow("region") << u"python: a/h1, Amazon-eu-west-1a/h2"_s << FailureKind::Region
                                << u"us-east-1"_s << Survival::Degraded << 2 << 1;
        QTest::newRow("region-all") << u"python: a/h1, b/h2, c/h3"_s << FailureKind::Region
                                    << u"us-east-1"_s << Survival::Down << 3 << 0;
        QTest::newRow("provider") << u"python: a/h1, Rackspace-ord-1a/h2"_s << FailureKind::Provider
                                  << u"Amazon"_s << Survival::Degraded << 2 << 1;
        QTest::newRow("provider-other") << u"python: a/h1"_s << FailureKind::Provider
                                        << u"Rackspace"_s << Survival::Ok << 1 << 1;
        // Instances that are not up serve nothing: they never count as survivors.
        QTest::newRow("survivor-is-down") << u"python: a/h1, b/h2/down"_s << FailureKind::Datacenter
                                          << dcA << Survival::Down << 1 << 0;
        QTest::newRow("lost-one-was-down")
            << u"python: a/h1/down, b/h2"_s << FailureKind::Datacenter << dcA << Survival::Ok << 1
            << 1;
        QTest::newRow("hibernating") << u"python: a/h1, b/h2/hibernating"_s
                                     << FailureKind::Datacenter << dcA << Survival::Down << 1 << 0;
        QTest::newRow("zero-instances")
            << u"python:"_s << FailureKind::Datacenter << dcA << Survival::Down << 0 << 0;
    }

    void oneService()
    {
        QFETCH(QString, spec);
        QFETCH(FailureKind, kind);
        QFETCH(QString, name);
        QFETCH(Survival, state);
        QFETCH(int, before);
        QFETCH(int, after);
        const Inventory inv = inventory({application(u"shop"_s, u"live"_s, {{u"www"_s, spec}})});
        const SimulationResult r = ZoneSimulation::fail(inv, kind, name);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.name, name);
        QCOMPARE(r.applications.size(), 1);
        const ApplicationOutcome &app = r.applications.first();
        QCOMPARE(app.services.size(), 1);
        QCOMPARE(app.services.first().name, u"www"_s);
        QCOMPARE(app.services.first().state, state);
        QCOMPARE(app.services.first().before, before);
        QCOMPARE(app.services.first().after, after);
        QCOMPARE(app.state, state);
        QCOMPARE(r.ok + r.degraded + r.down, 1);
    }

    void applicationIsTheWorstOfItsServices()
    {
        Inventory inv =
            inventory({application(u"shop"_s, u"live"_s,
                                   {{u"www"_s, u"python: a/h1, b/h2, c/h3"_s},
                                    {u"db"_s, u"mysql: a/h4/up/master, a/h5/up/slave"_s},
                                    {u"later"_s, u"redis: =2"_s}}),
                       application(u"blog"_s, u"live"_s, {{u"www"_s, u"php: a/h6, b/h7"_s}}),
                       application(u"wiki"_s, u"live"_s, {{u"www"_s, u"php: b/h8, c/h9"_s}})});
        const SimulationResult r =
            ZoneSimulation::fail(inv, FailureKind::Datacenter, u"Amazon-us-east-1a"_s);
        QCOMPARE(r.applications.size(), 3);
        QCOMPARE(r.applications[0].state, Survival::Down);
        QCOMPARE(r.applications[0].services.size(), 2); // "later" has no known placement
        QCOMPARE(r.applications[1].state, Survival::Degraded);
        QCOMPARE(r.applications[2].state, Survival::Ok);
        QCOMPARE(r.down, 1);
        QCOMPARE(r.degraded, 1);
        QCOMPARE(r.ok, 1);
        // The worst datacenter comes without being asked, whatever failed.
        QCOMPARE(r.applications[0].worstDatacenter, u"Amazon-us-east-1a"_s);
        QCOMPARE(r.applications[0].worstDatacenterState, Survival::Down);
        QCOMPARE(r.applications[2].worstDatacenter, u"Amazon-us-east-1b"_s);
        QCOMPARE(r.applications[2].worstDatacenterState, Survival::Degraded);
    }

    void worstDatacenter_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QString>("datacenter");
        QTest::addColumn<Survival>("state");
        QTest::newRow("down-beats-degraded")
            << QStringList{u"python: a/h1, b/h2, c/h3"_s, u"mysql: b/h4, b/h5"_s}
            << u"Amazon-us-east-1b"_s << Survival::Down;
        QTest::newRow("tie-most-instances") << QStringList{u"python: a/h1, b/h2, b/h3"_s}
                                            << u"Amazon-us-east-1b"_s << Survival::Degraded;
        QTest::newRow("tie-by-name")
            << QStringList{u"python: c/h1, b/h2"_s} << u"Amazon-us-east-1b"_s << Survival::Degraded;
        QTest::newRow("spread-is-degraded-only") << QStringList{u"python: a/h1, b/h2, c/h3"_s}
                                                 << u"Amazon-us-east-1a"_s << Survival::Degraded;
        QTest::newRow("unparsed-name") << QStringList{u"python: weird/h1, weird/h2, a/h3"_s}
                                       << u"weird"_s << Survival::Degraded;
        QTest::newRow("no-instances") << QStringList{u"python: =3"_s} << QString() << Survival::Ok;
    }

    void worstDatacenter()
    {
        QFETCH(QStringList, specs);
        QFETCH(QString, datacenter);
        QFETCH(Survival, state);
        QList<QPair<QString, QString>> services;
        for (int i = 0; i < specs.size(); ++i)
            services.append({u"s%1"_s.arg(i), specs[i]});
        const Inventory inv = inventory({application(u"shop"_s, u"live"_s, services)});
        const auto worst =
            ZoneSimulation::worstDatacenter(inv.applications.first(), inv.allDatacenters());
        QCOMPARE(worst.first, datacenter);
        QCOMPARE(worst.second, state);
    }
};

QTEST_GUILESS_MAIN(TestZoneSimulation)
#include "tst_zonesimulation.moc"
