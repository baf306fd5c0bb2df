#pragma once

#include "application.h"
#include "datacenter.h"
#include "user.h"

#include <QDateTime>

// A service the client could not read, kept so that reports can list it.
struct FetchError
{
    QString application;
    QString service; // empty when the whole application failed
    QString error;

    friend bool operator==(const FetchError &a, const FetchError &b)
    {
        return a.application == b.application && a.service == b.service && a.error == b.error;
    }
};

// Everything known about one account at one moment: what an audit, a simulation, a chart or a
// snapshot works from.
struct Inventory
{
    User user;           // whose applications these are (the customer, for a support token)
    QString viewer;      // who read them, when different from user (support staff)
    QString source;      // the API URL or the snapshot file they came from
    QDateTime fetchedAt; // UTC
    ApplicationList applications;
    DatacenterList datacenters; // every zone the platform offers, even empty ones
    QList<FetchError> errors;

    const Application *application(const QString &name) const;
    int serviceCount() const;
    int instanceCount() const;

    // The platform's datacenters, completed with any datacenter an instance names that the
    // platform did not list (parsed from its name), sorted by name.
    DatacenterList allDatacenters() const;

    friend bool operator==(const Inventory &a, const Inventory &b)
    {
        return a.user == b.user && a.viewer == b.viewer && a.source == b.source &&
               a.fetchedAt == b.fetchedAt && a.applications == b.applications &&
               a.datacenters == b.datacenters && a.errors == b.errors;
    }
};
