#pragma once

#include "inventory.h"
#include "statussnapshot.h"
#include "zonesimulation.h"

#include <QSet>
#include <QStringList>

// Ties the platform's status to the user's own services: which datacenters the open incidents
// and the troubled components name, and which of the user's services have instances there.
struct StatusImpact
{
    QStringList datacenters;   // datacenter names named by the status, sorted
    QSet<QString> serviceKeys; // "app/service" with at least one instance there
    bool apiAffected = false;  // a component or open incident names the API
    int instanceCount = 0;     // the user's instances in those datacenters

    // What the loss of one named datacenter does to the user's applications (ZoneSimulation):
    // the applications with instances there that are down or go down with it.
    struct Loss
    {
        QString datacenter;
        QStringList down; // application names, sorted
    };
    QList<Loss> losses; // the datacenters where something goes down, most down first

    bool isEmpty() const { return datacenters.isEmpty() && !apiAffected; }

    // Considers components that are not operational, and the updates of unresolved incidents
    // (their affected components, their incident name and their text). A datacenter is named by
    // its full name ("Amazon-us-east-1a"), its zone ("us-east-1a"), or its region ("us-east-1",
    // then every zone of it).
    static StatusImpact compute(const StatusSnapshot &snapshot, const Inventory &inventory);
    // The datacenters among `known` that a text names.
    static QStringList datacentersNamedIn(const QString &text, const DatacenterList &known);
    static QString serviceKey(const QString &application, const QString &service);
};
