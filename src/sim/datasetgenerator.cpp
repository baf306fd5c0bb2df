#include "datasetgenerator.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

class Generation
{
public:
    explicit Generation(quint32 seed)
        : m_random(seed)
    {}

    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }

    QString word(int length)
    {
        static const char alphabet[] =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString s;
        for (int i = 0; i < length; ++i)
            s += QLatin1Char(alphabet[bounded(62)]);
        return s;
    }

    Service service(const QString &name, const QString &type, int count,
                    const DatacenterList &zones, const QString &appName)
    {
        Service svc;
        svc.name = name;
        svc.serviceType = type;
        svc.reservedMemory = qint64(pick(QList<int>{1, 2, 4, 8, 16})) * 32 * 1024 * 1024;
        svc.detailLoaded = true;
        // Placement: spread round-robin over the region's zones, or piled into one zone, or
        // onto one host.
        const int placement = bounded(10);
        const int start = bounded(int(zones.size()));
        const int regionZones = 3;
        const QString pileHost = u"node-%1"_s.arg(bounded(900) + 100);
        for (int i = 0; i < count; ++i) {
            Instance inst;
            inst.instanceId = i;
            const Datacenter &dc =
                placement < 6 ? zones.at((start + i) % regionZones) : zones.at(start % regionZones);
            inst.datacenter = dc.name;
            if (placement >= 8) {
                inst.host = pileHost;
            } else {
                const int number = bounded(900) + 100;
                inst.host = u"node-%1%2"_s.arg(dc.zone.right(1)).arg(number);
            }
            inst.containerName = u"%1.%2.%3"_s.arg(appName, name).arg(i);
            inst.imageVersion = u"v%1"_s.arg(bounded(4) + 1);
            inst.revision = u"rev-%1"_s.arg(bounded(100000));
            if (chance(4))
                inst.status = u"down"_s;
            if (type == "mysql"_L1 || type == "redis"_L1)
                inst.role = i == 0 ? u"master"_s : u"slave"_s;
            else if (type == "mongodb"_L1)
                inst.role = i == 0 ? u"primary"_s : u"secondary"_s;
            inst.ports.append({u"ssh"_s, u"ssh://%1:%2"_s.arg(inst.host).arg(22000 + i)});
            if (type == "custom"_L1)
                inst.ports.append({u"game"_s, u"tcp://%1:%2"_s.arg(inst.host).arg(30000 + i)});
            svc.instances.append(inst);
        }
        svc.instanceCount = count;
        return svc;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

Dataset DatasetGenerator::generate(int applications, quint32 seed)
{
    Generation g(seed);
    Dataset dataset;
    for (const QString &name : {u"Amazon-us-east-1a"_s, u"Amazon-us-east-1b"_s,
                                u"Amazon-us-east-1c"_s, u"Amazon-us-east-1d"_s})
        dataset.datacenters.append(Datacenter::fromName(name));

    DatasetUser dev;
    dev.user.username = u"bench"_s;
    dev.user.firstName = u"Bench"_s;
    dev.user.lastName = u"Mark"_s;
    dev.password = g.word(16);
    const QString devKey = g.word(20);
    dev.apiKey = devKey + u':' + g.word(40);

    const QStringList web = {u"python"_s, u"ruby"_s, u"php"_s,   u"nodejs"_s,
                             u"java"_s,   u"perl"_s, u"static"_s};
    const QStringList workers = {u"python-worker"_s, u"ruby-worker"_s, u"php-worker"_s,
                                 u"perl-worker"_s};
    const QStringList databases = {u"mysql"_s, u"mysql"_s, u"postgresql"_s, u"mongodb"_s,
                                   u"postgis"_s};
    const QDateTime epoch(QDate(2011, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int a = 0; a < applications; ++a) {
        Application app;
        app.name = u"app%1"_s.arg(a, 5, 10, QLatin1Char('0'));
        const int f = g.bounded(100);
        app.flavor = f < 55   ? u"live"_s
                     : f < 75 ? u"sandbox"_s
                     : f < 85 ? u"enterprise"_s
                              : u"legacy"_s;
        const qint64 day = g.bounded(600);
        const qint64 second = g.bounded(86400);
        app.createdAt = epoch.addSecs(day * 86400 + second);
        const bool sandbox = app.flavor == "sandbox"_L1;
        auto count = [&](int healthy) {
            return sandbox || g.chance(35) ? 1 : healthy;
        };

        // Every draw is its own statement: the order of evaluation of arguments is unspecified.
        auto add = [&](const QString &name, const QString &type, int n) {
            app.services.append(g.service(name, type, n, dataset.datacenters, app.name));
        };
        {
            const QString type = g.pick(web);
            const int healthy = 2 + g.bounded(3);
            add(u"www"_s, type, count(healthy));
        }
        if (g.chance(40)) {
            const QString type = g.pick(workers);
            add(u"worker"_s, type, count(2));
        }
        if (g.chance(80)) {
            const QString type = g.pick(databases);
            int n = 1;
            if (type == "mysql"_L1)
                n = count(2);
            else if (type == "mongodb"_L1)
                n = sandbox ? 1 : g.pick(QList<int>{1, 2, 3, 3, 5});
            add(u"db"_s, type, n);
        }
        if (g.chance(30))
            add(u"cache"_s, u"redis"_s, count(2));
        if (g.chance(10))
            add(u"search"_s, u"solr"_s, 1);
        if (g.chance(10))
            add(u"gateway"_s, u"custom"_s, count(2));
        if (g.chance(10))
            add(u"mail"_s, u"smtp"_s, 1);
        dev.applications.append(app);
    }
    dataset.users.append(dev);

    DatasetUser support;
    support.user.username = u"support"_s;
    support.user.firstName = u"Sam"_s;
    support.user.lastName = u"Support"_s;
    support.user.role = User::roleSupport();
    support.password = g.word(16);
    const QString supportKey = g.word(20);
    support.apiKey = supportKey + u':' + g.word(40);
    dataset.users.append(support);
    return dataset;
}
