#pragma once

#include "inventory.h"

#include <QList>
#include <QPair>
#include <QString>

enum class FailureKind
{
    Datacenter,
    Host,
    Region,
    Provider
};
enum class Survival
{
    Ok,
    Degraded,
    Down
};
QString failureKindName(FailureKind kind); // "datacenter", "host", "region", "provider"
bool failureKindFromName(const QString &name, FailureKind *out);
QString survivalName(Survival survival); // "ok", "degraded", "down"

struct ServiceOutcome
{
    QString name;
    Survival state = Survival::Ok;
    int before = 0, after = 0; // instances up before and after the failure
};

struct ApplicationOutcome
{
    QString name;
    Survival state = Survival::Ok; // the worst of its services
    QList<ServiceOutcome> services;
    QString worstDatacenter; // computed for every application, whatever failed
    Survival worstDatacenterState = Survival::Ok;
};

struct SimulationResult
{
    FailureKind kind = FailureKind::Datacenter;
    QString name;
    QList<ApplicationOutcome> applications;
    int ok = 0, degraded = 0, down = 0; // applications in each state
};

// "What if this zone fails?": which services keep running when a datacenter, a host, a region or
// a provider goes. Instances not up do not count as surviving. A service is `down` when it is not
// serving: nothing up is left, or a MongoDB replica set keeps no majority of its members (two of
// two, or one of two, elect no primary). The one simulation behind the What-if tab, the resilience
// headline, the grade's reasons and the plan.
class ZoneSimulation
{
public:
    static SimulationResult fail(const Inventory &inventory, FailureKind kind, const QString &name);
    // One application when that place fails. `datacenters` is needed for regions and providers
    // (names that do not parse); services whose placement is unknown are left out.
    static ApplicationOutcome failApplication(const Application &app, FailureKind kind,
                                              const QString &name,
                                              const DatacenterList &datacenters = {});
    // One application as it stands, nothing failed: a service already `down` is not serving now.
    static ApplicationOutcome current(const Application &app);
    // Whether a service keeps serving with `up` of its `members` instances up: at least one, and a
    // majority for a replica set (MongoDB).
    static bool serving(const Service &svc, int up);
    // The datacenter whose loss hurts this application most (ties: the one with most instances,
    // then by name). Empty name when the application has no instance.
    static QPair<QString, Survival> worstDatacenter(const Application &app,
                                                    const DatacenterList &datacenters);
};
