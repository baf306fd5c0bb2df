#pragma once

#include "inventory.h"
#include "rulesengine.h"
#include "scalingplan.h"

// Works out the plan (docs/design.md §4): for every application that does not survive the loss of
// any one datacenter, the fewest scaling actions that make it survive — code services to 3,
// MySQL/Redis to 2, MongoDB to 3 or 5 — knowing that every change of instances is followed by a
// deployment that spreads each service of the application afresh. What scaling cannot fix
// (sandbox flavor, PostgreSQL/PostGIS/Solr, a service with nothing up, a MySQL/Redis pair stuck
// in one zone, a replica set the platform's zones cannot give a majority) becomes a manual step.
class ScalingPlanner
{
public:
    explicit ScalingPlanner(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    // `options.cliName` names the platform CLI in commands; exemptions play no part (the plan is
    // about what would go down, not about the score).
    ScalingPlan plan(const Inventory &inventory, const AuditOptions &options = {}) const;

    // The inventory as the platform would leave it after these actions: each action's count,
    // then a deployment of its application (DeploymentSpread).
    static Inventory predict(const Inventory &inventory, const QList<ScalingAction> &actions);
    // The datacenters a deployment spreads over: the platform's own list, else those in use.
    static QStringList spreadDatacenters(const Inventory &inventory);

private:
    ServiceCatalogue m_catalogue;
};
