#include "adminapi.h"

#include "apienvelope.h"
#include "faultinjector.h"
#include "jsonreader.h"
#include "simlogging.h"
#include "simmodel.h"
#include "statusapi.h"
#include "statuswire.h"
#include "tokenregistry.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

AdminApi::AdminApi(SimModel *model, FaultInjector *faults, TokenRegistry *tokens)
    : m_model(model)
    , m_faults(faults)
    , m_tokens(tokens)
{}

SimResponse AdminApi::handle(const SimRequest &request)
{
    if (!request.peer.isLoopback())
        return ApiEnvelope::error(request, 403, u"Admin endpoints answer loopback peers only"_s);
    const QByteArray token = request.header("x-admin-token");
    if (token.isEmpty())
        return ApiEnvelope::error(request, 401, u"The X-Admin-Token header is missing"_s);
    if (QString::fromUtf8(token) != m_token)
        return ApiEnvelope::error(request, 403, u"Wrong admin token"_s);
    return route(request);
}

SimResponse AdminApi::route(const SimRequest &request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString path = request.path;
    const bool post = request.method == "POST";

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const auto doc = JsonReader::parse(request.body, u"request body"_s, 1024 * 1024);
        if (!doc)
            return ApiEnvelope::error(request, 400, doc.error());
        if (!doc->isObject())
            return ApiEnvelope::error(request, 400, u"request body: expected an object"_s);
        body = doc->object();
    }
    JsonReader reader{QJsonValue(body)};
    const JsonNode root = reader.root();

    if (path == "/admin/status"_L1) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        const PlatformStatus &current = m_model->data().status;
        const QString indicator =
            root.field("indicator"_L1)
                .optionalOneOf(PlatformStatus::indicators(), current.indicator);
        const bool changedIndicator = root.has("indicator"_L1);
        const QString description =
            root.field("description"_L1)
                .optionalString(changedIndicator ? PlatformStatus::describe(indicator)
                                                 : current.description);
        const bool outage =
            root.field("outage"_L1)
                .optionalBoolean(changedIndicator ? PlatformStatus::outageFor(indicator)
                                                  : current.outage);
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
        if (Status s = m_model->setStatus(indicator, description, outage); !s)
            return ApiEnvelope::error(request, 500, s.error());
        StatusApi view(m_model);
        return ApiEnvelope::object(request, m_baseUrl, view.statusJson());
    }
    if (path == "/admin/status/maintenances"_L1) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        StatusMaintenance m;
        m.id = root.field("id"_L1).optionalString();
        m.name = root.field("name"_L1).string();
        m.status =
            root.field("status"_L1).optionalOneOf(StatusMaintenance::statuses(), u"scheduled"_s);
        m.impact = root.field("impact"_L1).optionalOneOf(StatusUpdate::impacts(), u"maintenance"_s);
        m.scheduledFor = root.field("scheduled_for"_L1).timestamp();
        m.scheduledUntil = root.field("scheduled_until"_L1).optionalTimestamp();
        m.components = root.field("components"_L1).stringList();
        IncidentUpdate note;
        note.body = root.field("body"_L1).optionalString();
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
        note.id = u"%1-%2"_s.arg(m.id.isEmpty() ? u"maint"_s : m.id, m.status);
        note.incident.status = m.status;
        note.incident.name = m.name;
        note.affected = m.components;
        if (!note.body.isEmpty())
            m.updates.append(note);
        const auto scheduled = m_model->scheduleMaintenance(m);
        if (!scheduled)
            return ApiEnvelope::error(request, 500, scheduled.error());
        return ApiEnvelope::object(request, m_baseUrl, StatusWire::toJson(*scheduled), 201);
    }
    if (path == "/admin/status/updates"_L1) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        StatusUpdate update;
        const JsonNode incident = root.field("incident"_L1);
        if (incident.checkObject()) {
            update.incidentId = incident.field("id"_L1).optionalString();
            update.incidentName = incident.field("name"_L1).string();
            update.incidentStatus =
                incident.field("status"_L1)
                    .optionalOneOf(StatusUpdate::incidentStatuses(), u"investigating"_s);
            update.impact =
                incident.field("impact"_L1).optionalOneOf(StatusUpdate::impacts(), u"minor"_s);
        }
        update.body = root.field("body"_L1).optionalString();
        update.affected = root.field("affected"_L1).stringList();
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
        const auto posted = m_model->postUpdate(update);
        if (!posted)
            return ApiEnvelope::error(request, 500, posted.error());
        return ApiEnvelope::object(request, m_baseUrl, StatusApi::updateJson(*posted), 201);
    }
    if (segments.size() == 4 && segments[1] == "datacenters"_L1 &&
        (segments[3] == "fail"_L1 || segments[3] == "restore"_L1)) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        const QString name = segments[2];
        if (!m_model->hasDatacenter(name))
            return ApiEnvelope::error(request, 404, u"No such datacenter: %1"_s.arg(name));
        const Status s = segments[3] == "fail"_L1 ? m_model->failDatacenter(name)
                                                  : m_model->restoreDatacenter(name);
        if (!s)
            return ApiEnvelope::error(request, 500, s.error());
        qCInfo(lcSim) << "datacenter" << name << segments[3];
        return ApiEnvelope::object(
            request, m_baseUrl, {{u"name"_s, name}, {u"status"_s, m_model->componentStatus(name)}});
    }
    if (path == "/admin/faults"_L1) {
        if (request.method == "DELETE") {
            m_faults->clear();
            return ApiEnvelope::objects(request, m_baseUrl, {});
        }
        if (request.method == "GET" || post) {
            if (post) {
                const auto fault = Fault::fromJson(body);
                if (!fault)
                    return ApiEnvelope::error(request, 422, fault.error());
                m_faults->add(*fault);
                qCInfo(lcSim) << "fault injected:" << fault->kind << "on" << fault->target;
            }
            QJsonArray list;
            for (const Fault &f : m_faults->faults())
                list.append(f.toJson());
            return ApiEnvelope::objects(request, m_baseUrl, list);
        }
        return ApiEnvelope::error(request, 405, u"Use GET, POST or DELETE"_s);
    }
    if (path == "/admin/tokens/expire"_L1) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        m_tokens->expireAccessTokens();
        return ApiEnvelope::object(request, m_baseUrl, {{u"expired"_s, true}});
    }
    if (path == "/admin/reset"_L1) {
        if (!post)
            return ApiEnvelope::error(request, 405, u"Use POST"_s);
        m_faults->clear();
        if (Status s = m_model->reset(); !s)
            return ApiEnvelope::error(request, 500, s.error());
        return ApiEnvelope::object(request, m_baseUrl, {{u"reset"_s, true}});
    }
    return ApiEnvelope::error(request, 404, u"No such admin resource: %1"_s.arg(path));
}
