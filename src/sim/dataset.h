#pragma once

#include "application.h"
#include "datacenter.h"
#include "platformstatus.h"
#include "user.h"

// A user of the simulated platform with the credentials it logs in with and its applications.
struct DatasetUser
{
    User user;
    QString password;
    QString apiKey; // "<20 word characters>:<40 word characters>"
    ApplicationList applications;

    friend bool operator==(const DatasetUser &a, const DatasetUser &b)
    {
        return a.user == b.user && a.password == b.password && a.apiKey == b.apiKey &&
               a.applications == b.applications;
    }
};

// Everything the simulator serves: what a dataset file holds (docs/api.md, "The dataset file"),
// with every default filled in (instance counts, datacenters, status).
struct Dataset
{
    DatacenterList datacenters;
    QList<DatasetUser> users;
    PlatformStatus status;

    DatasetUser *user(const QString &username)
    {
        for (DatasetUser &u : users)
            if (u.user.username == username)
                return &u;
        return nullptr;
    }
    const DatasetUser *user(const QString &username) const
    {
        return const_cast<Dataset *>(this)->user(username);
    }

    friend bool operator==(const Dataset &a, const Dataset &b)
    {
        return a.datacenters == b.datacenters && a.users == b.users && a.status == b.status;
    }
};
