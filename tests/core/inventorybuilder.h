#pragma once

#include "inventory.h"

#include <QStringList>
#include <QTimeZone>

// Builds test inventories from short specs, so that a data row reads like the situation it
// describes:
//   "python: a/h1, b/h2, c/h3"        three instances, zones a, b, c (Amazon-us-east-1a…), hosts
//   "mysql: a/h1/up/master, b/h2/down/slave"   with status and role
//   "python: =3"                      listed with 3 instances, detail not read
//   "python:"                         detail read, zero instances
// A zone that is one letter means "Amazon-us-east-1<letter>"; anything longer is used as is.
namespace InventoryBuilder {

inline QString zoneName(const QString &token)
{
    return token.size() == 1 ? QString(QStringLiteral("Amazon-us-east-1") + token) : token;
}

inline Service service(const QString &name, const QString &spec)
{
    Service svc;
    svc.name = name;
    const int colon = int(spec.indexOf(QLatin1Char(':')));
    svc.serviceType = spec.left(colon).trimmed();
    const QString rest = spec.mid(colon + 1).trimmed();
    if (rest.startsWith(QLatin1Char('='))) {
        svc.instanceCount = rest.mid(1).toInt();
        return svc;
    }
    svc.detailLoaded = true;
    int id = 0;
    const QStringList parts = rest.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList f = part.trimmed().split(QLatin1Char('/'));
        Instance inst;
        inst.instanceId = id++;
        inst.datacenter = zoneName(f.value(0));
        inst.host = f.value(1);
        if (f.size() > 2 && !f[2].isEmpty())
            inst.status = f[2];
        inst.role = f.value(3);
        inst.containerName = svc.name + QLatin1Char('.') + QString::number(inst.instanceId);
        svc.instances.append(inst);
    }
    svc.instanceCount = int(svc.instances.size());
    return svc;
}

inline Application application(const QString &name, const QString &flavor,
                               const QList<QPair<QString, QString>> &services)
{
    Application app;
    app.name = name;
    app.flavor = flavor;
    for (const auto &[svcName, spec] : services)
        app.services.append(service(svcName, spec));
    return app;
}

// The platform's datacenters: zones a, b, c… of Amazon us-east-1.
inline DatacenterList zones(int count)
{
    DatacenterList list;
    for (int i = 0; i < count; ++i)
        list.append(Datacenter::fromName(zoneName(QString(QLatin1Char(char('a' + i))))));
    return list;
}

inline Inventory inventory(const ApplicationList &apps, int offeredZones = 3)
{
    Inventory inv;
    inv.user.username = QStringLiteral("alice");
    inv.source = QStringLiteral("https://api.example.org");
    inv.fetchedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
    inv.applications = apps;
    inv.datacenters = zones(offeredZones);
    return inv;
}

} // namespace InventoryBuilder
