#pragma once

#include "inventory.h"

#include <QDateTime>

// A small account built in the test: one healthy application, one with single points of failure,
// one sandbox, one whose names carry markup, and a platform datacenter no instance uses.
namespace GuiTestData {

inline Instance instance(int id, const QString &dc, const QString &host,
                         const QString &status = QStringLiteral("up"))
{
    Instance i;
    i.instanceId = id;
    i.datacenter = dc;
    i.host = host;
    i.status = status;
    return i;
}

inline Service service(const QString &name, const QString &type, const InstanceList &instances)
{
    Service s;
    s.name = name;
    s.serviceType = type;
    s.instanceCount = int(instances.size());
    s.instances = instances;
    s.detailLoaded = true;
    return s;
}

inline const QString dcA = QStringLiteral("Amazon-us-east-1a");
inline const QString dcB = QStringLiteral("Amazon-us-east-1b");
inline const QString dcC = QStringLiteral("Amazon-us-east-1c");
inline const QString dcEmpty = QStringLiteral("Amazon-us-east-1d");
inline const QString markupApp = QStringLiteral("<b>bold</b><img src=x>");

inline Inventory inventory()
{
    Inventory inv;
    inv.user.username = QStringLiteral("alice");
    inv.source = QStringLiteral("http://127.0.0.1:1");
    inv.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-180);
    for (const QString &dc : {dcA, dcB, dcC, dcEmpty})
        inv.datacenters.append(Datacenter::fromName(dc));

    Application shop;
    shop.name = QStringLiteral("shop");
    shop.flavor = QStringLiteral("live");
    shop.services = {service(QStringLiteral("www"), QStringLiteral("python"),
                             {instance(0, dcA, QStringLiteral("node-1"))}),
                     service(QStringLiteral("db"), QStringLiteral("mysql"),
                             {instance(0, dcA, QStringLiteral("node-2")),
                              instance(1, dcA, QStringLiteral("node-2"))})};
    Application api;
    api.name = QStringLiteral("api");
    api.flavor = QStringLiteral("enterprise");
    api.services = {service(QStringLiteral("web"), QStringLiteral("nodejs"),
                            {instance(0, dcA, QStringLiteral("node-3")),
                             instance(1, dcB, QStringLiteral("node-4")),
                             instance(2, dcC, QStringLiteral("node-5"))}),
                    service(QStringLiteral("cache"), QStringLiteral("redis"),
                            {instance(0, dcA, QStringLiteral("node-6")),
                             instance(1, dcB, QStringLiteral("node-7"))})};
    Application blog;
    blog.name = QStringLiteral("blog");
    blog.flavor = QStringLiteral("sandbox");
    blog.services = {service(QStringLiteral("www"), QStringLiteral("php"),
                             {instance(0, dcB, QStringLiteral("node-8"))})};
    Application evil;
    evil.name = markupApp;
    evil.flavor = QStringLiteral("live");
    evil.services = {service(QStringLiteral("<i>svc</i>"), QStringLiteral("ruby"),
                             {instance(0, dcC, QStringLiteral("node-9"))})};
    inv.applications = {shop, api, blog, evil};
    return inv;
}

} // namespace GuiTestData
