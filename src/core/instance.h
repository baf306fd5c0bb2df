#pragma once

#include <QList>
#include <QString>

struct InstancePort
{
    QString name; // "ssh", "http", "mysql", …
    QString url;  // "ssh://node-a17:22017", "tcp://…", "udp://…"

    friend bool operator==(const InstancePort &a, const InstancePort &b)
    {
        return a.name == b.name && a.url == b.url;
    }
};

// One running copy of a service, placed on a host in a datacenter.
struct Instance
{
    int instanceId = 0;
    QString datacenter; // "Amazon-us-east-1a"
    QString host;
    QString containerName;
    QString imageVersion;
    QString revision;
    QString status = statusUp(); // "up", "down" or "hibernating"
    QString role;                // "", "master", "slave", "primary", "secondary"
    QList<InstancePort> ports;

    static QString statusUp() { return QStringLiteral("up"); }
    bool isUp() const { return status == statusUp(); }

    friend bool operator==(const Instance &a, const Instance &b)
    {
        return a.instanceId == b.instanceId && a.datacenter == b.datacenter && a.host == b.host &&
               a.containerName == b.containerName && a.imageVersion == b.imageVersion &&
               a.revision == b.revision && a.status == b.status && a.role == b.role &&
               a.ports == b.ports;
    }
};
using InstanceList = QList<Instance>;
