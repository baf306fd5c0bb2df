#pragma once

#include "instance.h"

#include <QString>
#include <QStringList>

// A service of an application ("www", "db"), as listed and, once its detail is read, with its
// instances.
struct Service
{
    QString name;
    QString serviceType; // "python", "mysql", …
    int instanceCount = 0;
    qint64 reservedMemory = 0; // bytes
    QStringList domains;
    InstanceList instances;
    // False while only the application list has been read (no placement known yet), or when
    // reading the detail failed; fetchError then says why.
    bool detailLoaded = false;
    QString fetchError;

    // Whether the instances listed are where the service runs: its detail was read, without
    // error. Only then can its placement be judged or simulated.
    bool placementKnown() const { return detailLoaded && fetchError.isEmpty(); }

    friend bool operator==(const Service &a, const Service &b)
    {
        return a.name == b.name && a.serviceType == b.serviceType &&
               a.instanceCount == b.instanceCount && a.reservedMemory == b.reservedMemory &&
               a.domains == b.domains && a.instances == b.instances &&
               a.detailLoaded == b.detailLoaded && a.fetchError == b.fetchError;
    }
};
using ServiceList = QList<Service>;
