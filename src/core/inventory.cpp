#include "inventory.h"

#include <QSet>

#include <algorithm>

const Application *Inventory::application(const QString &name) const
{
    const qsizetype i = indexOfApplication(name);
    return i < 0 ? nullptr : &applications.at(i);
}

qsizetype Inventory::indexOfApplication(const QString &name) const
{
    if (applicationIndex.list == applications.constData() &&
        applicationIndex.size == applications.size())
        return applicationIndex.rows.value(name, -1);
    for (qsizetype i = 0; i < applications.size(); ++i)
        if (applications.at(i).name == name)
            return i;
    return -1;
}

void Inventory::indexApplications()
{
    if (applicationIndex.list == applications.constData() &&
        applicationIndex.size == applications.size())
        return;
    applicationIndex.rows.clear();
    applicationIndex.rows.reserve(applications.size());
    for (qsizetype i = applications.size() - 1; i >= 0; --i) // the first of a name stays
        applicationIndex.rows.insert(applications.at(i).name, i);
    applicationIndex.list = applications.constData();
    applicationIndex.size = applications.size();
}

int Inventory::serviceCount() const
{
    int n = 0;
    for (const Application &app : applications)
        n += int(app.services.size());
    return n;
}

int Inventory::instanceCount() const
{
    int n = 0;
    for (const Application &app : applications)
        for (const Service &svc : app.services)
            n += int(svc.instances.size());
    return n;
}

DatacenterList Inventory::allDatacenters() const
{
    DatacenterList result = datacenters;
    QSet<QString> seen;
    for (const Datacenter &dc : datacenters)
        seen.insert(dc.name);
    // Hundreds of thousands of instances share a few datacenters: a name like the one before
    // is not looked up again.
    QString last;
    for (const Application &app : applications)
        for (const Service &svc : app.services)
            for (const Instance &inst : svc.instances) {
                if (inst.datacenter == last)
                    continue;
                last = inst.datacenter;
                if (!inst.datacenter.isEmpty() && !seen.contains(inst.datacenter)) {
                    seen.insert(inst.datacenter);
                    result.append(Datacenter::fromName(inst.datacenter));
                }
            }
    std::sort(result.begin(), result.end(),
              [](const Datacenter &a, const Datacenter &b) { return a.name < b.name; });
    return result;
}
