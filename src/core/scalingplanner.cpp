#include "scalingplanner.h"

#include "deploymentspread.h"
#include "logging.h"
#include "shellquote.h"
#include "zonesimulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int upCount(const Service &svc)
{
    int up = 0;
    for (const Instance &inst : svc.instances)
        up += inst.isUp() ? 1 : 0;
    return up;
}

// Whether `n` instances of this type, spread by a deployment over `z` datacenters, keep serving
// whatever one of them fails.
bool survivesSpread(const ServiceTypeInfo &type, int n, int z)
{
    if (z < 2 || n < 2)
        return false;
    switch (type.scaling) {
    case ServiceTypeInfo::Scaling::None:
        return false;
    case ServiceTypeInfo::Scaling::ReplicaSet: {
        const int left = n - DeploymentSpread::mostInOneDatacenter(n, z);
        return 2 * left > n; // a majority of the members is left
    }
    case ServiceTypeInfo::Scaling::Horizontal:
    case ServiceTypeInfo::Scaling::MasterSlave:
        break;
    }
    return true; // z ≥ 2 and n ≥ 2: some instance is elsewhere
}

// The instance count that makes a service survive once spread: code services 3 (the catalogue's
// recommendation), a master/slave pair 2, a replica set 3 or 5. 0 when none does.
int rescueCount(const ServiceTypeInfo &type, int n, int z)
{
    switch (type.scaling) {
    case ServiceTypeInfo::Scaling::None:
        return 0;
    case ServiceTypeInfo::Scaling::Horizontal: {
        const int t = std::max(type.recommendedInstances, 2);
        return t > n && survivesSpread(type, t, z) ? t : 0;
    }
    case ServiceTypeInfo::Scaling::MasterSlave:
        return n < 2 && survivesSpread(type, 2, z) ? 2 : 0;
    case ServiceTypeInfo::Scaling::ReplicaSet:
        for (int t : {3, 5})
            if ((t > n || (n > 5 && t == 5)) && survivesSpread(type, t, z))
                return t;
        return 0;
    }
    return 0;
}

// A new count for a service that would survive the spread at its own count but sits badly now:
// its own change of instances brings the deployment that moves it. 0 when its count cannot
// change (a master/slave pair, a full replica set).
int triggerCount(const ServiceTypeInfo &type, int n, int z)
{
    switch (type.scaling) {
    case ServiceTypeInfo::Scaling::Horizontal:
        return n + 1;
    case ServiceTypeInfo::Scaling::ReplicaSet:
        for (int t = n + 1; t <= 5; ++t)
            if (t % 2 == 1 && survivesSpread(type, t, z))
                return t;
        return 0;
    case ServiceTypeInfo::Scaling::MasterSlave:
    case ServiceTypeInfo::Scaling::None:
        break;
    }
    return 0;
}

// The findings of every (application, service), in the audit's order (most severe first).
class FindingIndex
{
public:
    explicit FindingIndex(const AuditReport &audit)
    {
        for (const Finding &f : audit.findings)
            m_byPlace[key(f.application, f.service)].append(&f);
    }

    const Finding *find(const QString &app, const QString &svc, const QString &rule = {}) const
    {
        const auto it = m_byPlace.constFind(key(app, svc));
        if (it == m_byPlace.constEnd())
            return nullptr;
        for (const Finding *f : *it)
            if (rule.isEmpty() || f->rule == rule)
                return f;
        return nullptr;
    }

private:
    static QString key(const QString &app, const QString &svc) { return app + u'\n' + svc; }
    QHash<QString, QList<const Finding *>> m_byPlace;
};

// Which applications survive any one datacenter, by name.
QSet<QString> survivors(const Inventory &inventory, const Resilience &resilience)
{
    QSet<QString> atRisk;
    for (const ApplicationAtRisk &a : resilience.atRisk)
        if (!a.survivesAnyDatacenter())
            atRisk.insert(a.application);
    QSet<QString> out;
    for (const Application &app : inventory.applications)
        if (!atRisk.contains(app.name))
            out.insert(app.name);
    return out;
}

struct ApplicationPlan
{
    QString application;
    QList<ScalingAction> actions;
};

} // namespace

ScalingPlanner::ScalingPlanner(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

QStringList ScalingPlanner::spreadDatacenters(const Inventory &inventory)
{
    QStringList names;
    const DatacenterList list =
        inventory.datacenters.isEmpty() ? inventory.allDatacenters() : inventory.datacenters;
    for (const Datacenter &dc : list)
        if (!dc.name.isEmpty() && !names.contains(dc.name))
            names.append(dc.name);
    std::sort(names.begin(), names.end());
    return names;
}

Inventory ScalingPlanner::predict(const Inventory &inventory, const QList<ScalingAction> &actions)
{
    Inventory out = inventory;
    const QStringList spread = spreadDatacenters(inventory);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.applications.size(); ++i)
        index.insert(out.applications[i].name, i);
    for (const ScalingAction &action : actions) {
        const auto it = index.constFind(action.application);
        if (it == index.constEnd())
            continue;
        Application &app = out.applications[*it];
        app = DeploymentSpread::scaleAndDeploy(app, action.service, action.instances, spread);
    }
    return out;
}

ScalingPlan ScalingPlanner::plan(const Inventory &inventory, const AuditOptions &options) const
{
    AuditOptions auditOptions = options;
    auditOptions.exemptions = {};
    const AuditReport audit = RulesEngine(m_catalogue).audit(inventory, auditOptions);
    const Resilience &now = audit.resilience;
    const FindingIndex findings(audit);
    const QSet<QString> survivingNow = survivors(inventory, now);
    ScalingPlan plan;
    plan.applications = now.applications;
    plan.surviveAnyDatacenterNow = now.surviveAnyDatacenter;

    const DatacenterList datacenters = inventory.allDatacenters();
    const int z = int(spreadDatacenters(inventory).size());
    auto manual = [&](const QString &app, const QString &svc, const QString &rule,
                      const QString &steps) {
        plan.manual.append({app, svc, rule, steps});
    };
    auto action = [&](const Application &app, const Service &svc, int to) {
        ScalingAction a;
        a.application = app.name;
        a.service = svc.name;
        a.from = int(svc.instances.size());
        a.instances = to;
        a.command = ShellQuote::scaleCommand(options.cliName, app.name, svc.name, to);
        return a;
    };

    QList<ApplicationPlan> rescues;
    for (const Application &app : inventory.applications) {
        if (survivingNow.contains(app.name))
            continue; // untouched: it already survives
        if (app.isSandbox()) {
            const Finding *f = findings.find(app.name, {}, u"sandbox-flavor"_s);
            manual(app.name, {}, u"sandbox-flavor"_s, f ? f->fix : QString());
            continue;
        }
        // The services that stop serving now or when some datacenter fails.
        QSet<QString> failing;
        const auto collect = [&failing](const ApplicationOutcome &o) {
            for (const ServiceOutcome &s : o.services)
                if (s.state == Survival::Down)
                    failing.insert(s.name);
        };
        collect(ZoneSimulation::current(app));
        for (const Datacenter &dc : datacenters)
            collect(ZoneSimulation::failApplication(app, FailureKind::Datacenter, dc.name,
                                                    datacenters));

        bool saveable = true;
        ApplicationPlan rescue{app.name, {}};
        QList<const Service *> rideAlong;
        for (const Service &svc : app.services) {
            if (!svc.placementKnown()) {
                saveable = false; // its placement is not known: nothing to plan with
                continue;
            }
            if (!failing.contains(svc.name))
                continue;
            const ServiceTypeInfo type = m_catalogue.info(svc.serviceType);
            const int n = int(svc.instances.size());
            if (!type.canScale()) {
                const Finding *f = findings.find(app.name, svc.name, u"no-ha-support"_s);
                manual(app.name, svc.name, u"no-ha-support"_s,
                       f ? f->fix
                         : QCoreApplication::translate("ServiceCatalogue",
                                                       type.migration.toUtf8().constData()));
                saveable = false;
            } else if (upCount(svc) == 0) {
                const Finding *f = findings.find(app.name, svc.name, u"instances-down"_s);
                manual(app.name, svc.name, u"instances-down"_s,
                       f ? f->fix
                         : QCoreApplication::translate(
                               "ScalingPlanner",
                               "%1 has no instance. If it should run, scale it (%2) once you know "
                               "why it has none.")
                               .arg(svc.name, ShellQuote::scaleCommand(
                                                  options.cliName, app.name, svc.name,
                                                  std::max(1, type.recommendedInstances))));
                saveable = false;
            } else if (survivesSpread(type, n, z)) {
                rideAlong.append(&svc); // any deployment of the application moves it
            } else if (const int to = rescueCount(type, n, z)) {
                rescue.actions.append(action(app, svc, to));
            } else {
                const Finding *f = findings.find(app.name, svc.name);
                const QString steps =
                    z < 2 ? QCoreApplication::translate(
                                "ScalingPlanner",
                                "The platform offers a single datacenter: no instance count of %1 "
                                "survives its loss. Keep backups of your data and a plan to "
                                "redeploy elsewhere.")
                                .arg(svc.name)
                          : QCoreApplication::translate(
                                "ScalingPlanner",
                                "No instance count of %1 survives the loss of a datacenter over "
                                "the %Ln datacenters the platform offers: a replica set keeps "
                                "serving only with a majority of its members, and one lost "
                                "datacenter takes the majority with it. Keep backups of your "
                                "data and ask the platform's support about more zones.",
                                nullptr, z)
                                .arg(svc.name);
                manual(app.name, svc.name, f ? f->rule : u"single-zone"_s, steps);
                saveable = false;
            }
        }
        if (!saveable)
            continue;
        if (rescue.actions.isEmpty()) {
            for (const Service *svc : std::as_const(rideAlong)) {
                const int n = int(svc->instances.size());
                if (const int to = triggerCount(m_catalogue.info(svc->serviceType), n, z)) {
                    rescue.actions.append(action(app, *svc, to));
                    break;
                }
            }
        }
        if (rescue.actions.isEmpty()) {
            // Stuck: a pair (or a full set) cannot change its count, so no scaling of it brings
            // the deployment that would move it.
            for (const Service *svc : std::as_const(rideAlong)) {
                const Finding *f = findings.find(app.name, svc->name);
                manual(app.name, svc->name, f ? f->rule : u"single-zone"_s,
                       QCoreApplication::translate(
                           "ScalingPlanner",
                           "The instance count of %1 cannot change, so no scaling command moves "
                           "it. Ask the platform's support to move one instance of %1 to another "
                           "datacenter, or redeploy the application so that the platform places "
                           "its instances afresh.")
                           .arg(svc->name));
            }
            continue;
        }
        rescues.append(rescue);
    }

    // The prediction decides what each action saves: the deployment after it spreads every
    // service of the application, and only an application that then survives is saved.
    QList<ScalingAction> all;
    for (const ApplicationPlan &r : std::as_const(rescues))
        all += r.actions;
    const Inventory predicted = predict(inventory, all);
    const Resilience after = Resilience::of(predicted);
    const QSet<QString> survivingAfter = survivors(predicted, after);
    QList<ApplicationPlan> kept;
    for (ApplicationPlan &r : rescues) {
        if (!survivingAfter.contains(r.application)) {
            qCWarning(lcCore) << "plan: scaling would not save" << r.application;
            continue;
        }
        for (ScalingAction &a : r.actions)
            a.saves = {r.application};
        std::sort(
            r.actions.begin(), r.actions.end(),
            [](const ScalingAction &a, const ScalingAction &b) { return a.service < b.service; });
        kept.append(r);
    }
    // Most saved per action first: an application one action saves before one that needs two.
    std::stable_sort(kept.begin(), kept.end(),
                     [](const ApplicationPlan &a, const ApplicationPlan &b) {
                         if (a.actions.size() != b.actions.size())
                             return a.actions.size() < b.actions.size();
                         return a.application < b.application;
                     });
    for (const ApplicationPlan &r : std::as_const(kept))
        plan.actions += r.actions;
    plan.surviveAnyDatacenterAfter = after.surviveAnyDatacenter;
    return plan;
}
