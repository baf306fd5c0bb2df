#pragma once

#include "application.h"

#include <QStringList>

// What a deployment does to an application's placement (docs/design.md §2): it places every
// instance afresh, each service's instances spread over the platform's datacenters as evenly as
// possible, each on a host of its own. The planner predicts with it what a scaling action (PATCH,
// then a deployment) leaves behind.
class DeploymentSpread
{
public:
    // The application after a deployment over `datacenters` (sorted by name; the first ones take
    // the extra instances). A service's instance count is its number of instances; a service
    // that had something up comes back all up, one with nothing up stays down (a deployment
    // does not cure what keeps it from starting); a service whose placement is unknown is
    // left as it is. Hosts are new and unique to the instance.
    static Application deploy(const Application &app, const QStringList &datacenters);
    // `service` changed to `instances`, then the deployment.
    static Application scaleAndDeploy(const Application &app, const QString &service, int instances,
                                      const QStringList &datacenters);
    // The most instances of `instances` that one datacenter holds after the spread.
    static int mostInOneDatacenter(int instances, int datacenters);
};
