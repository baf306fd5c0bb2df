#include "simmodel.h"

#include "simlogging.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString instanceKey(const QString &user, const QString &app, const QString &svc, int id)
{
    return user + u'\n' + app + u'\n' + svc + u'\n' + QString::number(id);
}

QDateTime now()
{
    // Whole seconds: what the wire format of an update keeps.
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

int severity(const QString &componentStatus)
{
    static const QStringList order = {u"operational"_s, u"under_maintenance"_s,
                                      u"degraded_performance"_s, u"partial_outage"_s,
                                      u"major_outage"_s};
    return int(order.indexOf(componentStatus));
}

QString componentStatusForImpact(const QString &impact)
{
    if (impact == "maintenance"_L1)
        return u"under_maintenance"_s;
    if (impact == "minor"_L1)
        return u"degraded_performance"_s;
    if (impact == "major"_L1)
        return u"partial_outage"_s;
    if (impact == "critical"_L1)
        return u"major_outage"_s;
    return u"operational"_s;
}

} // namespace

SimModel::SimModel(QObject *parent)
    : QObject(parent)
{}

Status SimModel::open(const QString &databaseFile, const std::optional<Dataset> &dataset)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = m_store.open(databaseFile, dataset); !s)
        return s;
    if (dataset) {
        // Just written whole: serve it as given rather than reading it back.
        qCDebug(lcSim) << "database written in" << timer.elapsed() << "ms";
        m_initial = *dataset;
        m_data = m_initial;
        indexApplications();
        return success();
    }
    auto loaded = m_store.load();
    if (!loaded)
        return Status::failure(loaded.error());
    qCDebug(lcSim) << "database read in" << timer.elapsed() << "ms";
    m_initial = loaded.value();
    m_data = m_initial;
    indexApplications();
    return success();
}

const DatasetUser *SimModel::userByApiKey(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return nullptr;
    for (const DatasetUser &u : m_data.users)
        if (u.apiKey == apiKey)
            return &u;
    return nullptr;
}

const DatasetUser *SimModel::userByPassword(const QString &username, const QString &password) const
{
    const DatasetUser *u = m_data.user(username);
    return u && !u->password.isEmpty() && u->password == password ? u : nullptr;
}

void SimModel::indexApplications()
{
    m_appIndex.clear();
    for (int u = 0; u < m_data.users.size(); ++u) {
        const DatasetUser &user = m_data.users.at(u);
        for (int a = 0; a < user.applications.size(); ++a)
            m_appIndex.insert(user.user.username + u'\n' + user.applications.at(a).name, {u, a});
    }
}

const Application *SimModel::application(const QString &username, const QString &app) const
{
    const auto it = m_appIndex.constFind(username + u'\n' + app);
    if (it == m_appIndex.constEnd())
        return nullptr;
    return &m_data.users.at(it->first).applications.at(it->second);
}

const Service *SimModel::service(const QString &username, const QString &app,
                                 const QString &svc) const
{
    const Application *a = application(username, app);
    return a ? a->service(svc) : nullptr;
}

Service *SimModel::mutableService(const QString &username, const QString &app, const QString &svc)
{
    const auto it = m_appIndex.constFind(username + u'\n' + app);
    if (it == m_appIndex.constEnd())
        return nullptr;
    // Non-const access all the way down, so that the shared lists detach from m_initial.
    for (Service &s : m_data.users[it->first].applications[it->second].services)
        if (s.name == svc)
            return &s;
    return nullptr;
}

bool SimModel::hasDatacenter(const QString &name) const
{
    for (const Datacenter &dc : m_data.datacenters)
        if (dc.name == name)
            return true;
    return false;
}

Status SimModel::setInstanceCount(const QString &username, const QString &app,
                                  const QString &svcName, int count)
{
    Service *svc = mutableService(username, app, svcName);
    if (!svc)
        return Status::failure(u"no such service"_s);
    Service next = *svc;
    while (next.instances.size() > count)
        next.instances.removeLast();

    // New instances go to the available datacenter holding the fewest of this service's
    // instances (round-robin in the platform's order), each on a host of its own.
    QStringList zones;
    for (const Datacenter &dc : m_data.datacenters)
        if (!m_failed.contains(dc.name))
            zones.append(dc.name);
    if (zones.isEmpty())
        for (const Instance &inst : next.instances)
            if (!zones.contains(inst.datacenter))
                zones.append(inst.datacenter);
    if (zones.isEmpty())
        zones.append(u"Amazon-us-east-1a"_s);
    const bool masterSlave = next.serviceType == "mysql"_L1 || next.serviceType == "redis"_L1;
    const bool replicaSet = next.serviceType == "mongodb"_L1;
    while (next.instances.size() < count) {
        QMap<QString, int> load;
        QSet<QString> hosts;
        int nextId = 0;
        for (const Instance &inst : next.instances) {
            load[inst.datacenter] += 1;
            hosts.insert(inst.host);
            nextId = std::max(nextId, inst.instanceId + 1);
        }
        QString zone = zones.first();
        for (const QString &z : std::as_const(zones))
            if (load.value(z) < load.value(zone))
                zone = z;
        const QString letter = Datacenter::fromName(zone).zone.right(1);
        QString host;
        for (int n = 10 + nextId;; ++n) {
            host = u"node-%1%2"_s.arg(letter).arg(n);
            if (!hosts.contains(host))
                break;
        }
        Instance inst;
        const bool first = next.instances.isEmpty();
        if (!first) {
            const Instance &model = next.instances.first();
            inst.imageVersion = model.imageVersion;
            inst.revision = model.revision;
            for (InstancePort port : model.ports) {
                port.url.replace(model.host, host);
                inst.ports.append(port);
            }
        }
        inst.instanceId = nextId;
        inst.datacenter = zone;
        inst.host = host;
        inst.containerName = u"%1-%2-%3.%4"_s.arg(username, app, svcName).arg(nextId);
        if (masterSlave)
            inst.role = first ? u"master"_s : u"slave"_s;
        else if (replicaSet)
            inst.role = first ? u"primary"_s : u"secondary"_s;
        next.instances.append(inst);
    }
    next.instanceCount = int(next.instances.size());
    if (Status s = m_store.saveService(username, app, next); !s)
        return s;
    *svc = next;
    qCInfo(lcSim) << "scaled" << app << svcName << "to" << count << "instances";
    return success();
}

Status SimModel::setReservedMemory(const QString &username, const QString &app,
                                   const QString &svcName, qint64 bytes)
{
    Service *svc = mutableService(username, app, svcName);
    if (!svc)
        return Status::failure(u"no such service"_s);
    Service next = *svc;
    next.reservedMemory = bytes;
    if (Status s = m_store.saveService(username, app, next); !s)
        return s;
    *svc = next;
    return success();
}

Result<SimDeployment> SimModel::deploy(const QString &username, const QString &appName,
                                       const QString &revision, bool clean)
{
    const auto it = m_appIndex.constFind(username + u'\n' + appName);
    if (it == m_appIndex.constEnd())
        return Result<SimDeployment>::failure(u"no such application"_s);
    Application &app = m_data.users[it->first].applications[it->second];

    QList<Datacenter> zones;
    for (const Datacenter &dc : std::as_const(m_data.datacenters))
        if (!m_failed.contains(dc.name))
            zones.append(dc);
    if (zones.isEmpty())
        zones = m_data.datacenters;
    if (zones.isEmpty())
        zones.append(Datacenter::fromName(u"Amazon-us-east-1a"_s));

    // Host numbers run over the whole application, so that no two instances share a host.
    int hostNumber = 10;
    for (Service &svc : app.services) {
        Service next = svc;
        for (int i = 0; i < next.instances.size(); ++i) {
            Instance &inst = next.instances[i];
            const Datacenter &zone = zones.at(i % zones.size());
            const QString host = u"node-%1%2"_s.arg(zone.zone.right(1)).arg(hostNumber++);
            for (InstancePort &port : inst.ports)
                if (!inst.host.isEmpty())
                    port.url.replace(inst.host, host);
            inst.datacenter = zone.name;
            inst.host = host;
            inst.status = Instance::statusUp();
            if (!revision.isEmpty())
                inst.revision = revision;
            m_downedByFailure.remove(instanceKey(username, appName, next.name, inst.instanceId));
        }
        if (Status s = m_store.saveService(username, appName, next); !s)
            return Result<SimDeployment>::failure(s.error());
        svc = next;
    }
    SimDeploymentList &list = m_deployments[username + u'\n' + appName];
    SimDeployment deployment;
    deployment.id = list.isEmpty() ? 1 : list.last().id + 1;
    deployment.revision = revision;
    deployment.clean = clean;
    deployment.createdAt = now();
    list.append(deployment);
    qCInfo(lcSim) << "deployed" << appName << "as deployment" << deployment.id;
    return deployment;
}

const SimDeploymentList SimModel::deployments(const QString &username, const QString &app) const
{
    return m_deployments.value(username + u'\n' + app);
}

QDateTime SimModel::placedAt(const QString &username, const QString &app) const
{
    const SimDeploymentList list = deployments(username, app);
    if (!list.isEmpty())
        return list.last().createdAt;
    const Application *a = application(username, app);
    return a ? a->createdAt : QDateTime();
}

Status SimModel::failDatacenter(const QString &name)
{
    if (m_failed.contains(name))
        return success();
    const Status changed = changeInstancesIn(name, [this](const QString &key, Instance &inst) {
        if (inst.status == "down"_L1)
            return false; // already down on its own: restoring must leave it down
        inst.status = u"down"_s;
        m_downedByFailure.insert(key);
        return true;
    });
    if (!changed)
        return changed;
    m_failed.insert(name);
    return postDatacenterUpdate(
        name, u"investigating"_s,
        u"Instances in %1 are unreachable. We are investigating."_s.arg(name));
}

Status SimModel::restoreDatacenter(const QString &name)
{
    if (!m_failed.contains(name))
        return success();
    const Status changed = changeInstancesIn(name, [this](const QString &key, Instance &inst) {
        if (!m_downedByFailure.remove(key))
            return false;
        inst.status = u"up"_s;
        return true;
    });
    if (!changed)
        return changed;
    m_failed.remove(name);
    return postDatacenterUpdate(name, u"resolved"_s,
                                u"%1 is back; every instance is up again."_s.arg(name));
}

Status SimModel::changeInstancesIn(const QString &datacenter,
                                   const std::function<bool(const QString &, Instance &)> &change)
{
    for (DatasetUser &u : m_data.users) {
        for (Application &app : u.applications) {
            for (Service &svc : app.services) {
                Service next = svc;
                bool changed = false;
                for (Instance &inst : next.instances) {
                    if (inst.datacenter == datacenter &&
                        change(instanceKey(u.user.username, app.name, svc.name, inst.instanceId),
                               inst))
                        changed = true;
                }
                if (!changed)
                    continue;
                if (Status s = m_store.saveService(u.user.username, app.name, next); !s)
                    return s;
                svc = next;
            }
        }
    }
    return success();
}

Status SimModel::postDatacenterUpdate(const QString &datacenter, const QString &incidentStatus,
                                      const QString &body)
{
    StatusUpdate update;
    update.incidentId = u"dc-"_s + datacenter;
    update.incidentName = u"%1 unavailable"_s.arg(datacenter);
    update.incidentStatus = incidentStatus;
    update.impact = u"major"_s;
    update.body = body;
    update.affected = {datacenter};
    return postUpdate(update).ok() ? success() : Status::failure(u"cannot post the update"_s);
}

Result<StatusUpdate> SimModel::postUpdate(StatusUpdate update)
{
    int lastId = 0;
    for (const StatusUpdate &u : std::as_const(m_data.status.updates))
        lastId = std::max(lastId, u.id);
    update.id = lastId + 1;
    update.createdAt = now();
    if (update.incidentId.isEmpty())
        update.incidentId = u"inc-%1"_s.arg(update.id);
    PlatformStatus next = m_data.status;
    next.updates.append(update);
    next.updatedAt = update.createdAt;
    if (Status s = m_store.saveStatus(next); !s)
        return Result<StatusUpdate>::failure(s.error());
    m_data.status = next;
    Q_EMIT updatePosted(update);
    Q_EMIT statusChanged();
    return update;
}

Status SimModel::setStatus(const QString &indicator, const QString &description, bool outage)
{
    PlatformStatus next = m_data.status;
    next.indicator = indicator;
    next.description = description;
    next.outage = outage;
    next.updatedAt = now();
    if (Status s = m_store.saveStatus(next); !s)
        return s;
    m_data.status = next;
    Q_EMIT statusChanged();
    return success();
}

QString SimModel::componentStatus(const QString &datacenter) const
{
    if (m_failed.contains(datacenter))
        return u"major_outage"_s;
    QString worst = u"operational"_s;
    for (const StatusUpdateList &incident : incidents(true)) {
        const StatusUpdate &latest = incident.first();
        if (!latest.affected.contains(datacenter))
            continue;
        const QString s = componentStatusForImpact(latest.impact);
        if (severity(s) > severity(worst))
            worst = s;
    }
    return worst;
}

QList<StatusUpdateList> SimModel::incidents(bool unresolvedOnly) const
{
    QList<StatusUpdateList> out;
    QHash<QString, int> index;
    // Newest first, so that each incident's first update is its current state.
    for (auto it = m_data.status.updates.crbegin(); it != m_data.status.updates.crend(); ++it) {
        const auto found = index.constFind(it->incidentId);
        if (found == index.constEnd()) {
            index.insert(it->incidentId, int(out.size()));
            out.append({*it});
        } else {
            out[*found].append(*it);
        }
    }
    if (unresolvedOnly)
        out.removeIf([](const StatusUpdateList &l) { return l.first().isResolved(); });
    return out;
}

Status SimModel::reset()
{
    if (Status s = m_store.replaceAll(m_initial); !s)
        return s;
    m_data = m_initial;
    indexApplications();
    m_failed.clear();
    m_downedByFailure.clear();
    m_deployments.clear();
    Q_EMIT statusChanged();
    return success();
}
