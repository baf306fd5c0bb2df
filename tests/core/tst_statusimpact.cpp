#include "statusimpact.h"
#include "statuswire.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Instance at(const QString &dc, const QString &host)
{
    Instance i;
    i.datacenter = dc;
    i.host = host;
    return i;
}
Service service(const QString &name, const InstanceList &instances)
{
    Service s;
    s.name = name;
    s.serviceType = u"python"_s;
    s.instances = instances;
    s.instanceCount = int(instances.size());
    s.detailLoaded = true;
    return s;
}
// shop/www in 1a+1b, shop/db in 1a, blog/www in 1b, api/worker in 1c.
Inventory inventory()
{
    Inventory inv;
    Application shop;
    shop.name = u"shop"_s;
    shop.flavor = u"live"_s;
    shop.services = {service(u"www"_s, {at(u"Amazon-us-east-1a"_s, u"h1"_s),
                                        at(u"Amazon-us-east-1b"_s, u"h2"_s)}),
                     service(u"db"_s, {at(u"Amazon-us-east-1a"_s, u"h3"_s)})};
    Application blog;
    blog.name = u"blog"_s;
    blog.flavor = u"live"_s;
    blog.services = {service(u"www"_s, {at(u"Amazon-us-east-1b"_s, u"h4"_s)})};
    Application api;
    api.name = u"api"_s;
    api.flavor = u"live"_s;
    api.services = {service(u"worker"_s, {at(u"Amazon-us-east-1c"_s, u"h5"_s)})};
    inv.applications = {shop, blog, api};
    return inv;
}
IncidentUpdate update(const QString &id, const QString &status, const QString &name,
                      const QString &body, const QStringList &affected)
{
    IncidentUpdate u;
    u.id = id;
    u.createdAt = QDateTime::currentDateTimeUtc();
    u.incident.id = u"inc-"_s + id;
    u.incident.name = name;
    u.incident.status = status;
    u.incident.impact = u"major"_s;
    u.body = body;
    u.affected = affected;
    return u;
}
StatusSnapshot snapshotWith(const QList<IncidentUpdate> &updates,
                            const QList<StatusComponent> &components = {})
{
    StatusSnapshot s;
    s.updates = updates;
    s.incidents = StatusSnapshot::unresolvedIncidentsFrom(updates);
    s.components = components;
    s.lastSuccess = QDateTime::currentDateTimeUtc();
    return s;
}
QStringList sorted(const QSet<QString> &set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l;
}
} // namespace

class TestStatusImpact : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheServicesWithInstancesThere_data()
    {
        QTest::addColumn<StatusSnapshot>("snapshot");
        QTest::addColumn<QStringList>("datacenters");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<bool>("api");

        QTest::newRow("affected-component")
            << snapshotWith({update(u"1"_s, u"investigating"_s, u"Power loss"_s, u"Looking."_s,
                                    {u"Amazon-us-east-1a"_s})})
            << QStringList{u"Amazon-us-east-1a"_s} << QStringList{u"shop/db"_s, u"shop/www"_s}
            << false;
        QTest::newRow("zone-in-text")
            << snapshotWith({update(u"1"_s, u"identified"_s, u"Network trouble"_s,
                                    u"A switch in us-east-1b failed."_s, {})})
            << QStringList{u"Amazon-us-east-1b"_s} << QStringList{u"blog/www"_s, u"shop/www"_s}
            << false;
        QTest::newRow("region-means-every-zone")
            << snapshotWith({update(u"1"_s, u"identified"_s, u"Trouble in us-east-1"_s, u""_s, {})})
            << QStringList{u"Amazon-us-east-1a"_s, u"Amazon-us-east-1b"_s, u"Amazon-us-east-1c"_s}
            << QStringList{u"api/worker"_s, u"blog/www"_s, u"shop/db"_s, u"shop/www"_s} << false;
        QTest::newRow("resolved-incident-ignored")
            << snapshotWith({update(u"1"_s, u"resolved"_s, u"Power loss"_s, u""_s,
                                    {u"Amazon-us-east-1a"_s})})
            << QStringList{} << QStringList{} << false;
        QTest::newRow("degraded-component-and-api")
            << snapshotWith({}, {{u"API"_s, u"degraded_performance"_s},
                                 {u"Amazon-us-east-1c"_s, u"partial_outage"_s},
                                 {u"Amazon-us-east-1a"_s, u"operational"_s}})
            << QStringList{u"Amazon-us-east-1c"_s} << QStringList{u"api/worker"_s} << true;
        QTest::newRow("no-false-zone-prefix")
            << snapshotWith({update(u"1"_s, u"identified"_s, u"Trouble in us-east-1d"_s,
                                    u"Amazon-us-east-1d only."_s, {})})
            << QStringList{} << QStringList{} << false;
    }
    void matchesTheServicesWithInstancesThere()
    {
        QFETCH(StatusSnapshot, snapshot);
        QFETCH(QStringList, datacenters);
        QFETCH(QStringList, services);
        QFETCH(bool, api);
        const StatusImpact impact = StatusImpact::compute(snapshot, inventory());
        QCOMPARE(impact.datacenters, datacenters);
        QCOMPARE(sorted(impact.serviceKeys), services);
        QCOMPARE(impact.apiAffected, api);
    }
};

QTEST_GUILESS_MAIN(TestStatusImpact)
#include "tst_statusimpact.moc"
