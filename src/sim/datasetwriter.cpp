#include "datasetwriter.h"

#include "platformwire.h"
#include "statuswire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timestamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject serviceJson(const Service &svc)
{
    QJsonArray instances;
    for (const Instance &inst : svc.instances)
        instances.append(PlatformWire::toJson(inst));
    QJsonArray domains;
    for (const QString &d : svc.domains)
        domains.append(QJsonObject{{u"domain"_s, d}});
    return {{u"name"_s, svc.name},
            {u"service_type"_s, svc.serviceType},
            {u"reserved_memory"_s, svc.reservedMemory},
            {u"domains"_s, domains},
            {u"instances"_s, instances}};
}

} // namespace

QJsonObject DatasetWriter::toJson(const StatusUpdate &update)
{
    return StatusWire::toJson(update.toIncidentUpdate());
}

QJsonObject DatasetWriter::toJson(const Dataset &dataset)
{
    QJsonArray datacenters;
    for (const Datacenter &dc : dataset.datacenters)
        datacenters.append(PlatformWire::toJson(dc));
    QJsonArray users;
    for (const DatasetUser &u : dataset.users) {
        QJsonObject user = PlatformWire::toJson(u.user);
        user.remove(u"type"_s);
        user.remove(u"id"_s);
        user.insert(u"password"_s, u.password);
        user.insert(u"api_key"_s, u.apiKey);
        QJsonArray apps;
        for (const Application &app : u.applications) {
            QJsonArray services;
            for (const Service &svc : app.services)
                services.append(serviceJson(svc));
            apps.append(QJsonObject{{u"name"_s, app.name},
                                    {u"flavor"_s, app.flavor},
                                    {u"created_at"_s, timestamp(app.createdAt)},
                                    {u"services"_s, services}});
        }
        user.insert(u"applications"_s, apps);
        users.append(user);
    }
    QJsonArray updates;
    for (const StatusUpdate &update : dataset.status.updates)
        updates.append(toJson(update));
    const QJsonObject status{{u"indicator"_s, dataset.status.indicator},
                             {u"description"_s, dataset.status.description},
                             {u"outage"_s, dataset.status.outage},
                             {u"updated_at"_s, timestamp(dataset.status.updatedAt)},
                             {u"updates"_s, updates}};
    return {{u"datacenters"_s, datacenters}, {u"users"_s, users}, {u"status"_s, status}};
}

QByteArray DatasetWriter::toBytes(const Dataset &dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Indented);
}
