#pragma once

#include "application.h"
#include "datacenter.h"
#include "user.h"

#include <QDateTime>
#include <QHash>

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

    struct NameIndex
    {
        QHash<QString, qsizetype> rows; // the first application of each name
        const void *list = nullptr;     // the buffer of `applications` it was built from
        qsizetype size = -1;
    };
    NameIndex applicationIndex; // see indexApplications(); not part of what the inventory says

    // Found by name through the index indexApplications() builds, not by a scan of the list: a
    // large account has 20,000 applications, and the window looks some up on every keystroke.
    // Without an index, or with one built before `applications` was replaced, grown, shrunk or
    // given a buffer of its own, they are scanned for.
    const Application *application(const QString &name) const;
    qsizetype indexOfApplication(const QString &name) const; // -1: none of that name
    // Builds the name index (about 2 ms for 20,000 applications); nothing when it is current.
    // The list's buffer and size tell whether it is: a copy that detaches to change a service
    // gets a buffer of its own. A list changed in place in another way (applications renamed,
    // reordered, or cleared and filled again to the same size) must be indexed again; nothing
    // here does that, names are never changed after a read.
    void indexApplications();
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
