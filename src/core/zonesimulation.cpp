#include "zonesimulation.h"

#include "servicecatalogue.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList &kindNames()
{
    static const QStringList names{u"datacenter"_s, u"host"_s, u"region"_s, u"provider"_s};
    return names;
}

Survival worse(Survival a, Survival b)
{
    return int(a) >= int(b) ? a : b;
}

bool isReplicaSet(const Service &svc)
{
    return ServiceCatalogue::builtIn().info(svc.serviceType).scaling ==
           ServiceTypeInfo::Scaling::ReplicaSet;
}

// Decides whether an instance sits in the failed place.
class FailedPlace
{
public:
    FailedPlace() = default; // nothing fails
    FailedPlace(FailureKind kind, QString name, const DatacenterList &datacenters)
        : m_nothing(false)
        , m_kind(kind)
        , m_name(std::move(name))
    {
        if (kind == FailureKind::Region || kind == FailureKind::Provider)
            for (const Datacenter &dc : datacenters)
                m_datacenters.insert(dc.name, dc);
    }

    bool contains(const Instance &inst) const
    {
        if (m_nothing)
            return false;
        switch (m_kind) {
        case FailureKind::Datacenter:
            return inst.datacenter == m_name;
        case FailureKind::Host:
            return inst.host == m_name;
        case FailureKind::Region:
            return datacenter(inst.datacenter).region == m_name;
        case FailureKind::Provider:
            return datacenter(inst.datacenter).provider == m_name;
        }
        return false;
    }

private:
    Datacenter datacenter(const QString &name) const
    {
        const auto it = m_datacenters.constFind(name);
        return it != m_datacenters.constEnd() ? *it : Datacenter::fromName(name);
    }

    bool m_nothing = true;
    FailureKind m_kind = FailureKind::Datacenter;
    QString m_name;
    QHash<QString, Datacenter> m_datacenters;
};

ApplicationOutcome simulate(const Application &app, const FailedPlace &place)
{
    ApplicationOutcome outcome;
    outcome.name = app.name;
    outcome.services.reserve(app.services.size());
    for (const Service &svc : app.services) {
        if (!svc.placementKnown())
            continue;
        ServiceOutcome s;
        s.name = svc.name;
        for (const Instance &inst : svc.instances) {
            if (!inst.isUp())
                continue; // a down instance serves nothing, before or after
            ++s.before;
            if (!place.contains(inst))
                ++s.after;
        }
        if (!ZoneSimulation::serving(svc, s.after))
            s.state = Survival::Down;
        else
            s.state = s.after < s.before ? Survival::Degraded : Survival::Ok;
        outcome.state = worse(outcome.state, s.state);
        outcome.services.append(s);
    }
    return outcome;
}

} // namespace

QString failureKindName(FailureKind kind)
{
    return kindNames().value(int(kind));
}

bool failureKindFromName(const QString &name, FailureKind *out)
{
    const int i = int(kindNames().indexOf(name));
    if (i < 0)
        return false;
    *out = FailureKind(i);
    return true;
}

QString survivalName(Survival survival)
{
    switch (survival) {
    case Survival::Ok:
        return u"ok"_s;
    case Survival::Degraded:
        return u"degraded"_s;
    case Survival::Down:
        return u"down"_s;
    }
    return u"ok"_s;
}

SimulationResult ZoneSimulation::fail(const Inventory &inventory, FailureKind kind,
                                      const QString &name)
{
    SimulationResult result;
    result.kind = kind;
    result.name = name;
    const DatacenterList datacenters = inventory.allDatacenters();
    const FailedPlace place(kind, name, datacenters);
    result.applications.reserve(inventory.applications.size());
    for (const Application &app : inventory.applications) {
        ApplicationOutcome outcome = simulate(app, place);
        const auto worst = worstDatacenter(app, datacenters);
        outcome.worstDatacenter = worst.first;
        outcome.worstDatacenterState = worst.second;
        switch (outcome.state) {
        case Survival::Ok:
            ++result.ok;
            break;
        case Survival::Degraded:
            ++result.degraded;
            break;
        case Survival::Down:
            ++result.down;
            break;
        }
        result.applications.append(std::move(outcome));
    }
    return result;
}

ApplicationOutcome ZoneSimulation::failApplication(const Application &app, FailureKind kind,
                                                   const QString &name,
                                                   const DatacenterList &datacenters)
{
    return simulate(app, FailedPlace(kind, name, datacenters));
}

ApplicationOutcome ZoneSimulation::current(const Application &app)
{
    return simulate(app, FailedPlace());
}

bool ZoneSimulation::serving(const Service &svc, int up)
{
    if (up <= 0)
        return false;
    if (isReplicaSet(svc))
        return 2 * up > int(svc.instances.size()); // a majority of the set's members
    return true;
}

QPair<QString, Survival> ZoneSimulation::worstDatacenter(const Application &app,
                                                         const DatacenterList &datacenters)
{
    // Candidates: the platform's datacenters and any other one the application's instances name.
    QHash<QString, int> instancesIn;
    for (const Datacenter &dc : datacenters)
        instancesIn.insert(dc.name, 0);
    for (const Service &svc : app.services)
        if (svc.placementKnown())
            for (const Instance &inst : svc.instances)
                ++instancesIn[inst.datacenter];
    int total = 0;
    for (auto it = instancesIn.constBegin(); it != instancesIn.constEnd(); ++it)
        total += it.value();
    if (total == 0)
        return {QString(), Survival::Ok}; // nothing placed: no datacenter can hurt it
    QString bestName;
    Survival bestState = Survival::Ok;
    int bestCount = -1;
    for (auto it = instancesIn.constBegin(); it != instancesIn.constEnd(); ++it) {
        const Survival state =
            simulate(app, FailedPlace(FailureKind::Datacenter, it.key(), {})).state;
        const bool better =
            bestCount < 0 || int(state) > int(bestState) ||
            (state == bestState &&
             (it.value() > bestCount || (it.value() == bestCount && it.key() < bestName)));
        if (better) {
            bestName = it.key();
            bestState = state;
            bestCount = it.value();
        }
    }
    return {bestName, bestState};
}
