#include "deploymentspread.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Application DeploymentSpread::deploy(const Application &app, const QStringList &datacenters)
{
    Application out = app;
    if (datacenters.isEmpty())
        return out;
    for (Service &svc : out.services) {
        if (!svc.detailLoaded || !svc.fetchError.isEmpty())
            continue;
        bool anyUp = false;
        for (const Instance &inst : svc.instances)
            anyUp = anyUp || inst.isUp();
        const int n = int(svc.instances.size());
        InstanceList placed;
        placed.reserve(n);
        for (int i = 0; i < n; ++i) {
            Instance inst = svc.instances[i];
            inst.datacenter = datacenters[i % datacenters.size()];
            inst.host = u"deployed:%1/%2/%3"_s.arg(app.name, svc.name).arg(i);
            if (anyUp)
                inst.status = Instance::statusUp();
            placed.append(inst);
        }
        svc.instances = placed;
        svc.instanceCount = n;
    }
    return out;
}

Application DeploymentSpread::scaleAndDeploy(const Application &app, const QString &service,
                                             int instances, const QStringList &datacenters)
{
    Application scaled = app;
    for (Service &svc : scaled.services) {
        if (svc.name != service || !svc.detailLoaded || !svc.fetchError.isEmpty())
            continue;
        const Instance model = svc.instances.isEmpty() ? Instance() : svc.instances.first();
        while (svc.instances.size() > instances)
            svc.instances.removeLast();
        int nextId = 0;
        for (const Instance &inst : std::as_const(svc.instances))
            nextId = std::max(nextId, inst.instanceId + 1);
        while (svc.instances.size() < instances) {
            Instance inst = model;
            inst.instanceId = nextId++;
            inst.role.clear();
            svc.instances.append(inst);
        }
        svc.instanceCount = instances;
    }
    return deploy(scaled, datacenters);
}

int DeploymentSpread::mostInOneDatacenter(int instances, int datacenters)
{
    if (datacenters <= 0)
        return instances;
    return (instances + datacenters - 1) / datacenters;
}
