#include "datacenter.h"
#include "inventory.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDatacenter : public QObject
{
    Q_OBJECT

private slots:
    void fromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("parsed");
        QTest::newRow("amazon") << u"Amazon-us-east-1a"_s << u"Amazon"_s << u"us-east-1"_s
                                << u"us-east-1a"_s << true;
        QTest::newRow("eu") << u"Amazon-eu-west-1c"_s << u"Amazon"_s << u"eu-west-1"_s
                            << u"eu-west-1c"_s << true;
        QTest::newRow("unparsable")
            << u"rack-7"_s << u"unknown"_s << u"unknown"_s << u"rack-7"_s << false;
        QTest::newRow("empty") << QString() << u"unknown"_s << u"unknown"_s << QString() << false;
    }
    void fromName()
    {
        QFETCH(QString, name);
        const Datacenter dc = Datacenter::fromName(name);
        QCOMPARE(dc.name, name);
        QTEST(dc.provider, "provider");
        QTEST(dc.region, "region");
        QTEST(dc.zone, "zone");
        QTEST(dc.isParsed(), "parsed");
    }

    void allDatacentersIncludesEmptyAndUnlistedZones()
    {
        Inventory inv;
        inv.datacenters = {Datacenter::fromName(u"Amazon-us-east-1b"_s),
                           Datacenter::fromName(u"Amazon-us-east-1a"_s)};
        Application app;
        Service svc;
        Instance inst;
        inst.datacenter = u"Amazon-us-east-1d"_s;
        svc.instances = {inst};
        app.services = {svc};
        inv.applications = {app};
        const DatacenterList all = inv.allDatacenters();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, u"Amazon-us-east-1a"_s);
        QCOMPARE(all.at(2).name, u"Amazon-us-east-1d"_s);
        QCOMPARE(all.at(2).region, u"us-east-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatacenter)
#include "tst_datacenter.moc"
