#include "statusapi.h"

#include "statuswire.h"

#include "apienvelope.h"
#include "datasetwriter.h"
#include "simmodel.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 1000;

QJsonValue isoMs(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString componentId(const QString &name)
{
    QString id = name.toLower();
    for (QChar &c : id)
        if (!c.isLetterOrNumber())
            c = u'-';
    return u"dc-"_s + id;
}

QDateTime epochOfDataset(const Dataset &data)
{
    if (!data.status.updates.isEmpty())
        return data.status.updates.first().createdAt;
    return QDateTime(QDate(2012, 6, 1), QTime(0, 0), QTimeZone::utc());
}

} // namespace

StatusApi::StatusApi(SimModel *model)
    : m_model(model)
{}

QJsonObject StatusApi::updateJson(const StatusUpdate &update)
{
    return DatasetWriter::toJson(update);
}

QByteArray StatusApi::streamLine(const StatusUpdate &update)
{
    return QJsonDocument(QJsonObject{{u"object"_s, updateJson(update)}})
               .toJson(QJsonDocument::Compact) +
           "\r\n";
}

QJsonObject StatusApi::statusJson() const
{
    const PlatformStatus &status = m_model->data().status;
    QJsonArray components;
    for (const Datacenter &dc : m_model->data().datacenters)
        components.append(
            QJsonObject{{u"name"_s, dc.name}, {u"status"_s, m_model->componentStatus(dc.name)}});
    QJsonArray maintenances;
    for (const StatusMaintenance &m : status.maintenances)
        maintenances.append(StatusWire::toJson(m));
    return {{u"outage"_s, status.outage},           {u"indicator"_s, status.indicator},
            {u"description"_s, status.description}, {u"updated_at"_s, isoMs(status.updatedAt)},
            {u"components"_s, components},          {u"scheduled_maintenances"_s, maintenances}};
}

QJsonArray StatusApi::maintenancesJson(bool upcoming, bool active) const
{
    // Statuspage's shape: shortlink, incident_updates with affected_components objects.
    QJsonArray out;
    for (const StatusMaintenance &m : m_model->data().status.maintenances) {
        if (!((upcoming && m.isUpcoming()) || (active && m.isActive())))
            continue;
        QJsonArray updates;
        for (const IncidentUpdate &u : m.updates) {
            QJsonArray affected;
            for (const QString &c : u.affected)
                affected.append(QJsonObject{{u"code"_s, c}, {u"name"_s, c}});
            updates.append(QJsonObject{{u"id"_s, u.id},
                                       {u"status"_s, u.incident.status},
                                       {u"body"_s, u.body},
                                       {u"incident_id"_s, m.id},
                                       {u"created_at"_s, isoMs(u.createdAt)},
                                       {u"display_at"_s, isoMs(u.createdAt)},
                                       {u"affected_components"_s, affected}});
        }
        QJsonArray components;
        for (const QString &c : m.components)
            components.append(QJsonObject{{u"id"_s, c}, {u"name"_s, c}});
        out.append(QJsonObject{{u"id"_s, m.id},
                               {u"name"_s, m.name},
                               {u"status"_s, m.status},
                               {u"impact"_s, m.impact},
                               {u"updated_at"_s, isoMs(m.updatedAt)},
                               {u"shortlink"_s, m.link.isEmpty() ? QJsonValue() : m.link},
                               {u"scheduled_for"_s, isoMs(m.scheduledFor)},
                               {u"scheduled_until"_s, isoMs(m.scheduledUntil)},
                               {u"incident_updates"_s, updates},
                               {u"components"_s, components}});
    }
    return out;
}

SimResponse StatusApi::handle(const SimRequest &request) const
{
    SimResponse r = route(request);
    r.setHeader("Access-Control-Allow-Origin", "*");
    if (r.stream || r.status != 200)
        return r;
    r.setHeader("Cache-Control", "no-cache");
    const QByteArray etag =
        '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    r.setHeader("ETag", etag);
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()) {
        for (const QByteArray &tag : ifNoneMatch.split(',')) {
            QByteArray t = tag.trimmed();
            if (t.startsWith("W/"))
                t = t.mid(2);
            if (t == etag || t == "*") {
                r.status = 304;
                r.body.clear();
                break;
            }
        }
    }
    return r;
}

SimResponse StatusApi::route(const SimRequest &request) const
{
    const bool known = request.path == "/v1/status"_L1 || request.path == "/v1/status/updates"_L1 ||
                       request.path.startsWith("/api/v2/"_L1);
    if (!known)
        return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
    if (request.method != "GET" && request.method != "HEAD") {
        SimResponse r = ApiEnvelope::error(request, 405, u"Only GET is allowed here"_s);
        r.setHeader("Allow", "GET");
        return r;
    }
    if (request.path.startsWith("/api/v2/"_L1))
        return statuspage(request);
    if (request.path == "/v1/status"_L1)
        return ApiEnvelope::object(request, m_baseUrl, statusJson());

    // /v1/status/updates
    if (request.query.hasQueryItem(u"stream"_s)) {
        SimResponse r;
        r.stream = true;
        r.body = QJsonDocument(QJsonObject{{u"request"_s, ApiEnvelope::request(request)},
                                           {u"links"_s, ApiEnvelope::selfLink(m_baseUrl, request)},
                                           {u"object"_s, statusJson()}})
                     .toJson(QJsonDocument::Compact) +
                 "\r\n";
        r.setHeader("Cache-Control", "no-cache");
        return r;
    }
    int since = 0;
    int limit = kDefaultLimit;
    bool ok = true;
    if (request.query.hasQueryItem(u"since"_s)) {
        since = request.query.queryItemValue(u"since"_s).toInt(&ok);
        if (!ok || since < 0)
            return ApiEnvelope::error(request, 400, u"since must be an update id (a number)"_s);
    }
    if (request.query.hasQueryItem(u"limit"_s)) {
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return ApiEnvelope::error(request, 400,
                                      u"limit must be a number from 1 to %1"_s.arg(kMaxLimit));
    }
    QJsonArray list;
    const StatusUpdateList &updates = m_model->data().status.updates;
    for (auto it = updates.crbegin(); it != updates.crend() && list.size() < limit; ++it)
        if (it->id > since)
            list.append(updateJson(*it));
    return ApiEnvelope::objects(request, m_baseUrl, list);
}

QJsonObject StatusApi::pageJson() const
{
    const PlatformStatus &status = m_model->data().status;
    QDateTime updated = status.updatedAt;
    if (!updated.isValid())
        updated = epochOfDataset(m_model->data());
    return {{u"id"_s, u"platformsim"_s},
            {u"name"_s, u"Platform"_s},
            {u"url"_s, m_baseUrl},
            {u"time_zone"_s, u"Etc/UTC"_s},
            {u"updated_at"_s, isoMs(updated)}};
}

QJsonArray StatusApi::componentsJson() const
{
    QJsonArray components;
    const QJsonValue created = isoMs(epochOfDataset(m_model->data()));
    const QJsonValue updated = pageJson().value(u"updated_at"_s);
    int position = 1;
    for (const Datacenter &dc : m_model->data().datacenters) {
        components.append(QJsonObject{{u"id"_s, componentId(dc.name)},
                                      {u"name"_s, dc.name},
                                      {u"status"_s, m_model->componentStatus(dc.name)},
                                      {u"created_at"_s, created},
                                      {u"updated_at"_s, updated},
                                      {u"position"_s, position++},
                                      {u"description"_s, QString(dc.provider + u' ' + dc.zone)},
                                      {u"showcase"_s, true},
                                      {u"group_id"_s, QJsonValue()},
                                      {u"page_id"_s, u"platformsim"_s},
                                      {u"group"_s, false},
                                      {u"only_show_if_degraded"_s, false}});
    }
    return components;
}

QJsonObject StatusApi::incidentJson(const QList<StatusUpdate> &updates) const
{
    // `updates` is newest first.
    const StatusUpdate &latest = updates.first();
    const StatusUpdate &first = updates.last();
    QJsonArray incidentUpdates;
    QStringList affected;
    QDateTime monitoringAt;
    QDateTime resolvedAt;
    for (const StatusUpdate &u : updates) {
        QJsonArray components;
        for (const QString &name : u.affected) {
            components.append(
                QJsonObject{{u"code"_s, componentId(name)},
                            {u"name"_s, name},
                            {u"old_status"_s, u"operational"_s},
                            {u"new_status"_s,
                             u.isResolved() ? u"operational"_s : m_model->componentStatus(name)}});
            if (!affected.contains(name))
                affected.append(name);
        }
        if (u.incidentStatus == "monitoring"_L1 && !monitoringAt.isValid())
            monitoringAt = u.createdAt;
        if (u.isResolved() && !resolvedAt.isValid())
            resolvedAt = u.createdAt;
        incidentUpdates.append(QJsonObject{{u"id"_s, u"upd-%1"_s.arg(u.id)},
                                           {u"incident_id"_s, u.incidentId},
                                           {u"status"_s, u.incidentStatus},
                                           {u"body"_s, u.body},
                                           {u"created_at"_s, isoMs(u.createdAt)},
                                           {u"updated_at"_s, isoMs(u.createdAt)},
                                           {u"display_at"_s, isoMs(u.createdAt)},
                                           {u"affected_components"_s, components}});
    }
    QJsonArray components;
    const QJsonArray all = componentsJson();
    for (const QJsonValue &c : all)
        if (affected.contains(c[u"name"_s].toString()))
            components.append(c);
    return {{u"id"_s, latest.incidentId},
            {u"name"_s, latest.incidentName},
            {u"status"_s, latest.incidentStatus},
            {u"impact"_s, latest.impact},
            {u"created_at"_s, isoMs(first.createdAt)},
            {u"updated_at"_s, isoMs(latest.createdAt)},
            {u"monitoring_at"_s, isoMs(monitoringAt)},
            {u"resolved_at"_s, latest.isResolved() ? isoMs(resolvedAt) : QJsonValue()},
            {u"started_at"_s, isoMs(first.createdAt)},
            {u"shortlink"_s, QString(m_baseUrl + u"/incidents/"_s + latest.incidentId)},
            {u"page_id"_s, u"platformsim"_s},
            {u"components"_s, components},
            {u"incident_updates"_s, incidentUpdates}};
}

SimResponse StatusApi::statuspage(const SimRequest &request) const
{
    const PlatformStatus &status = m_model->data().status;
    const QJsonObject page = pageJson();
    const QJsonObject indicator{{u"indicator"_s, status.indicator},
                                {u"description"_s, status.description}};
    auto incidents = [this](bool unresolvedOnly) {
        QJsonArray list;
        for (const StatusUpdateList &incident : m_model->incidents(unresolvedOnly))
            list.append(incidentJson(incident));
        return list;
    };
    const QString path = request.path;
    if (path == "/api/v2/status.json"_L1)
        return ApiEnvelope::json({{u"page"_s, page}, {u"status"_s, indicator}});
    if (path == "/api/v2/components.json"_L1)
        return ApiEnvelope::json({{u"page"_s, page}, {u"components"_s, componentsJson()}});
    if (path == "/api/v2/incidents/unresolved.json"_L1)
        return ApiEnvelope::json({{u"page"_s, page}, {u"incidents"_s, incidents(true)}});
    if (path == "/api/v2/incidents.json"_L1)
        return ApiEnvelope::json({{u"page"_s, page}, {u"incidents"_s, incidents(false)}});
    if (path == "/api/v2/scheduled-maintenances/upcoming.json"_L1)
        return ApiEnvelope::json(
            {{u"page"_s, page}, {u"scheduled_maintenances"_s, maintenancesJson(true, false)}});
    if (path == "/api/v2/scheduled-maintenances/active.json"_L1)
        return ApiEnvelope::json(
            {{u"page"_s, page}, {u"scheduled_maintenances"_s, maintenancesJson(false, true)}});
    if (path == "/api/v2/summary.json"_L1)
        return ApiEnvelope::json({{u"page"_s, page},
                                  {u"components"_s, componentsJson()},
                                  {u"incidents"_s, incidents(true)},
                                  {u"scheduled_maintenances"_s, maintenancesJson(true, true)},
                                  {u"status"_s, indicator}});
    return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(path));
}
