#pragma once

#include <QList>
#include <QString>

// One availability zone of the platform, e.g. "Amazon-us-east-1a".
struct Datacenter
{
    QString name;     // "Amazon-us-east-1a"
    QString provider; // "Amazon"
    QString region;   // "us-east-1"
    QString zone;     // "us-east-1a"

    // Splits a name like "Amazon-us-east-1a" into provider, region and zone. A name that does not
    // follow the pattern keeps the whole name as its zone, with the provider and region "unknown",
    // so that every instance still lands somewhere in charts and simulations.
    static Datacenter fromName(const QString &name);
    bool isParsed() const { return !provider.isEmpty() && provider != unknownPart(); }
    static QString unknownPart();

    friend bool operator==(const Datacenter &a, const Datacenter &b)
    {
        return a.name == b.name && a.provider == b.provider && a.region == b.region &&
               a.zone == b.zone;
    }
};
using DatacenterList = QList<Datacenter>;
