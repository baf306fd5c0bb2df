#pragma once

#include "inventory.h"

#include <QStringList>
#include <QTimeZone>

// A large, varied, deterministic account for the benchmarks: five services per application, of
// every kind, with 1 to 4 instances spread over three zones, a few of them down. Generated
// in-process so that the benchmarks depend on nothing but advisor_core.
namespace InventoryGenerator {

using namespace Qt::StringLiterals;

inline Inventory generate(int services)
{
    static const QStringList types{u"python"_s,      u"mysql"_s,  u"redis"_s,  u"mongodb"_s,
                                   u"php"_s,         u"nodejs"_s, u"custom"_s, u"postgresql"_s,
                                   u"ruby-worker"_s, u"java"_s};
    static const QStringList names{u"www"_s, u"db"_s, u"cache"_s, u"worker"_s, u"api"_s};
    Inventory inv;
    inv.user.username = u"bench"_s;
    inv.source = u"https://api.example.org"_s;
    inv.fetchedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
    for (const char *zone : {"a", "b", "c"})
        inv.datacenters.append(Datacenter::fromName(u"Amazon-us-east-1"_s + QLatin1String(zone)));
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u; // a fixed LCG: the same account every run
        return seed >> 8;
    };
    int made = 0;
    for (int a = 0; made < services; ++a) {
        Application app;
        app.name = u"app%1"_s.arg(a, 6, 10, QLatin1Char('0'));
        app.flavor = a % 10 == 0 ? u"sandbox"_s : u"live"_s;
        app.createdAt = QDateTime(QDate(2012, 6, 1), QTime(10, 0), QTimeZone::utc());
        for (int s = 0; s < names.size() && made < services; ++s, ++made) {
            Service svc;
            svc.name = names[s];
            svc.serviceType = types[int(next() % types.size())];
            svc.reservedMemory = 256 * 1024 * 1024;
            svc.detailLoaded = true;
            const int count = app.flavor == u"sandbox"_s ? 1 : 1 + int(next() % 4);
            for (int i = 0; i < count; ++i) {
                Instance inst;
                inst.instanceId = i;
                const quint32 r = next();
                inst.datacenter = inv.datacenters[int(r % 3)].name;
                inst.host = u"node-%1"_s.arg(r % 5000);
                inst.containerName = app.name + u'.' + svc.name + u'.' + QString::number(i);
                inst.imageVersion = u"v3"_s;
                inst.revision = u"rev%1"_s.arg(r % 100);
                inst.status = r % 97 == 0 ? u"down"_s : u"up"_s;
                inst.ports.append({u"ssh"_s, u"ssh://%1:22%2"_s.arg(inst.host).arg(i)});
                if (svc.serviceType == u"custom"_s)
                    inst.ports.append({u"game"_s, u"tcp://%1:4000"_s.arg(inst.host)});
                svc.instances.append(inst);
            }
            svc.instanceCount = count;
            app.services.append(svc);
        }
        inv.applications.append(app);
    }
    return inv;
}

} // namespace InventoryGenerator
