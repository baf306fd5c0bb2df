#include "inventory.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Application named(const QString &name, int services = 0)
{
    Application app;
    app.name = name;
    for (int s = 0; s < services; ++s) {
        Service svc;
        svc.name = u"svc%1"_s.arg(s);
        app.services.append(svc);
    }
    return app;
}

// What a scan of the list finds: the first application of that name.
qsizetype scanned(const Inventory &inv, const QString &name)
{
    for (qsizetype i = 0; i < inv.applications.size(); ++i)
        if (inv.applications.at(i).name == name)
            return i;
    return -1;
}

void compareWithScan(const Inventory &inv, const QStringList &names)
{
    for (const QString &name : names) {
        QCOMPARE(inv.indexOfApplication(name), scanned(inv, name));
        const Application *found = inv.application(name);
        const qsizetype at = scanned(inv, name);
        QCOMPARE(found, at < 0 ? nullptr : &inv.applications.at(at));
    }
}

} // namespace

// Applications are looked up by name through an index; when the list was replaced, grown,
// shrunk or detached since it was built, a lookup still finds what a scan of the list finds.
class TestInventory : public QObject
{
    Q_OBJECT

private slots:
    void theIndexFindsWhatAScanFinds()
    {
        Inventory inv;
        inv.applications = {named(u"shop"_s), named(u"api"_s), named(u"shop"_s, 2),
                            named(QString()), named(u"Shop"_s)};
        const QStringList names = {u"shop"_s, u"api"_s, u"Shop"_s, QString(), u"blog"_s, u"sho"_s};
        compareWithScan(inv, names); // not indexed yet
        inv.indexApplications();
        compareWithScan(inv, names);
        QCOMPARE(inv.application(u"shop"_s)->services.size(), 0); // the first "shop"
        QVERIFY(inv.applicationIndex.size == inv.applications.size());
    }

    void aListChangedSinceTheIndexIsStillFound()
    {
        Inventory inv;
        for (int i = 0; i < 50; ++i)
            inv.applications.append(named(u"app%1"_s.arg(i)));
        inv.indexApplications();
        const QStringList names = {u"app0"_s, u"app49"_s, u"app50"_s, u"new"_s};

        Inventory grown = inv; // a copy shares the index and the list
        grown.applications.append(named(u"new"_s));
        compareWithScan(grown, names);
        compareWithScan(inv, names);

        Inventory replaced = inv;
        replaced.applications = {named(u"app50"_s), named(u"app0"_s)};
        compareWithScan(replaced, names);

        Inventory detached = inv; // same size, a buffer of its own: a service changed
        detached.applications[3].services.append(Service{});
        QVERIFY(detached.applications.constData() != inv.applications.constData());
        compareWithScan(detached, names);
        QCOMPARE(detached.application(u"app3"_s)->services.size(), 1);
        detached.indexApplications();
        QCOMPARE(detached.application(u"app3"_s)->services.size(), 1);
        QCOMPARE(inv.application(u"app3"_s)->services.size(), 0);

        Inventory emptied = inv;
        emptied.applications.clear();
        compareWithScan(emptied, names);
        emptied.indexApplications();
        compareWithScan(emptied, names);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
