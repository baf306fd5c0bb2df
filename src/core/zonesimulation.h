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
// a provider goes. Instances not up do not count as surviving.
class ZoneSimulation
{
public:
    static SimulationResult fail(const Inventory &inventory, FailureKind kind, const QString &name);
    // The datacenter whose loss hurts this application most (ties: the one with most instances,
    // then by name). Empty name when the application has no instance.
    static QPair<QString, Survival> worstDatacenter(const Application &app,
                                                    const DatacenterList &datacenters);
};
