#include "statuswire.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace StatusWire {

QStringList indicators()
{
    return {u"none"_s, u"minor"_s, u"major"_s, u"critical"_s, u"maintenance"_s};
}

QStringList componentStatuses()
{
    return {u"operational"_s, u"degraded_performance"_s, u"partial_outage"_s, u"major_outage"_s,
            u"under_maintenance"_s};
}

QStringList incidentStatuses()
{
    return {u"investigating"_s, u"identified"_s, u"monitoring"_s, u"resolved"_s, u"postmortem"_s};
}

QStringList impacts()
{
    return indicators();
}

namespace {

// Ids are integers in the native feed and strings on Statuspage pages.
QString readId(const JsonNode &node)
{
    if (node.value().isDouble())
        return QString::number(node.integer());
    if (node.value().isString()) {
        const QString id = node.string();
        if (id.isEmpty())
            node.fail(u"must not be empty"_s);
        return id;
    }
    if (node.isMissing())
        node.fail(u"missing"_s);
    else
        node.fail(
            u"expected a string or an integer, got %1"_s.arg(JsonReader::typeName(node.value())));
    return {};
}

StatusIncident readNativeIncident(const JsonNode &node)
{
    StatusIncident incident;
    if (!node.checkObject())
        return incident;
    incident.id = readId(node.field("id"_L1));
    incident.name = node.field("name"_L1).string();
    incident.status = node.field("status"_L1).oneOf(incidentStatuses());
    incident.impact = node.field("impact"_L1).optionalOneOf(impacts(), u"none"_s);
    return incident;
}

// A Statuspage group component ("group": true); the native feed's "group" is a name instead.
bool isGroupNode(const JsonNode &node)
{
    const QJsonValue group = node.value().toObject().value("group"_L1);
    return group.isBool() && group.toBool();
}

// Parses a document and checks that its root is an object.
Result<QJsonDocument> parseObject(const QByteArray &body, const QString &what)
{
    auto doc = JsonReader::parse(body, what, maxStatusBytes);
    if (!doc)
        return doc;
    if (!doc->isObject() && !doc->isArray())
        return Result<QJsonDocument>::failure(u"%1: expected a JSON object"_s.arg(what));
    return doc;
}

void readComponents(const JsonNode &list, QList<StatusComponent> &out, bool skipGroups)
{
    if (!list.checkArray(JsonNode::Absent::Empty))
        return;
    // Groups first: a child names its group by id, and the group may come after it.
    QHash<QString, QString> groupNames;
    for (int i = 0, n = list.size(); i < n; ++i) {
        const JsonNode c = list.at(i);
        if (!c.checkObject())
            return;
        if (isGroupNode(c) && c.value().toObject().contains("id"_L1))
            groupNames.insert(readId(c.field("id"_L1)), c.field("name"_L1).string());
    }
    for (int i = 0, n = list.size(); i < n; ++i) {
        const JsonNode c = list.at(i);
        if (skipGroups && isGroupNode(c))
            continue; // a group's status only sums up its children
        StatusComponent component = readComponentNode(c);
        const QString groupId = c.field("group_id"_L1).optionalString();
        if (!groupId.isEmpty())
            component.group = groupNames.value(groupId);
        out.append(component);
    }
}

QString incidentStatusFromMaintenance(const QString &status);

// Names of affected components: the page's own component name when the code is known (the
// update's copy may read "GROUP - NAME"), else the name as given.
QStringList readAffected(const JsonNode &affected, const QHash<QString, QString> &namesById)
{
    QStringList out;
    if (!affected.checkArray(JsonNode::Absent::Empty))
        return out;
    for (int k = 0, m = affected.size(); k < m; ++k) {
        const JsonNode a = affected.at(k);
        if (!a.checkObject())
            break;
        const QString name = a.field("name"_L1).string();
        const QString code = a.field("code"_L1).optionalString();
        out.append(namesById.value(code, name));
    }
    return out;
}

QList<IncidentUpdate> readStatuspageUpdates(const JsonNode &list, const StatusIncident &incident,
                                            const QStringList &words,
                                            const QHash<QString, QString> &namesById,
                                            bool maintenance)
{
    QList<IncidentUpdate> updates;
    if (!list.checkArray(JsonNode::Absent::Empty))
        return updates;
    for (int i = 0, n = list.size(); i < n; ++i) {
        const JsonNode un = list.at(i);
        if (!un.checkObject())
            break;
        IncidentUpdate u;
        u.id = readId(un.field("id"_L1));
        u.createdAt = un.field("created_at"_L1).timestamp();
        const QDateTime display = un.field("display_at"_L1).optionalTimestamp();
        if (display.isValid())
            u.createdAt = display;
        u.incident = incident;
        const QString status = un.field("status"_L1).oneOf(words);
        u.incident.status = maintenance ? status : incidentStatusFromMaintenance(status);
        u.incident.updatedAt = u.createdAt;
        u.body = un.field("body"_L1).optionalString();
        u.affected = un.has("affected"_L1)
                         ? un.field("affected"_L1).stringList()
                         : readAffected(un.field("affected_components"_L1), namesById);
        updates.append(u);
    }
    return StatusSnapshot::mergeUpdates({}, updates, -1);
}

QHash<QString, QString> namesById(const QList<StatusComponent> &components)
{
    QHash<QString, QString> out;
    for (const StatusComponent &c : components)
        if (!c.id.isEmpty())
            out.insert(c.id, c.name);
    return out;
}

StatusMaintenance readMaintenanceNode(const JsonNode &node,
                                      const QHash<QString, QString> &componentNames,
                                      const QString &pageUrl)
{
    StatusMaintenance m;
    if (!node.checkObject())
        return m;
    m.id = readId(node.field("id"_L1));
    m.name = node.field("name"_L1).string();
    m.status = node.field("status"_L1).oneOf(StatusMaintenance::statuses());
    m.impact = node.field("impact"_L1).optionalOneOf(impacts(), u"maintenance"_s);
    m.scheduledFor = node.field("scheduled_for"_L1).optionalTimestamp();
    m.scheduledUntil = node.field("scheduled_until"_L1).optionalTimestamp();
    m.updatedAt = node.field("updated_at"_L1).optionalTimestamp();
    // Statuspage says shortlink and incident_updates; the native feed link and updates.
    m.link = node.field("shortlink"_L1).optionalString(node.field("link"_L1).optionalString());
    if (m.link.isEmpty() && !pageUrl.isEmpty() && !m.id.isEmpty())
        m.link = pageUrl + u"/incidents/"_s + m.id;
    const JsonNode components = node.field("components"_L1);
    if (components.checkArray(JsonNode::Absent::Empty))
        for (int i = 0, n = components.size(); i < n; ++i) {
            const JsonNode c = components.at(i);
            if (!c.checkObject())
                break;
            const QString id = c.field("id"_L1).optionalString();
            m.components.append(componentNames.value(id, c.field("name"_L1).string()));
        }
    StatusIncident self;
    self.id = m.id;
    self.name = m.name;
    self.impact = m.impact;
    self.link = m.link;
    m.updates = readStatuspageUpdates(
        node.field(node.has("incident_updates"_L1) ? "incident_updates"_L1 : "updates"_L1), self,
        StatusMaintenance::statuses(), componentNames, true);
    return m;
}

void readMaintenances(const JsonNode &list, const QList<StatusComponent> &components,
                      const QString &pageUrl, QList<StatusMaintenance> &out)
{
    if (!list.checkArray(JsonNode::Absent::Empty))
        return;
    const QHash<QString, QString> names = namesById(components);
    for (int i = 0, n = list.size(); i < n; ++i)
        out.append(readMaintenanceNode(list.at(i), names, pageUrl));
}

} // namespace

StatusComponent readComponentNode(const JsonNode &node)
{
    StatusComponent c;
    if (!node.checkObject())
        return c;
    if (node.has("id"_L1))
        c.id = readId(node.field("id"_L1));
    c.name = node.field("name"_L1).string();
    c.status = node.field("status"_L1).oneOf(componentStatuses());
    if (!node.field("group"_L1).value().isBool())
        c.group = node.field("group"_L1).optionalString(); // the native feed names the group
    return c;
}

IncidentUpdate readUpdateNode(const JsonNode &node)
{
    IncidentUpdate u;
    if (!node.checkObject())
        return u;
    u.id = readId(node.field("id"_L1));
    u.createdAt = node.field("created_at"_L1).timestamp();
    u.incident = readNativeIncident(node.field("incident"_L1));
    u.incident.updatedAt = u.createdAt;
    u.body = node.field("body"_L1).optionalString();
    u.affected = node.field("affected"_L1).stringList(JsonNode::Absent::Empty);
    return u;
}

Result<StatusSnapshot> readNativeStatus(const QByteArray &body)
{
    const auto doc = parseObject(body, u"status answer"_s);
    if (!doc)
        return Result<StatusSnapshot>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    const JsonNode object = root.field("object"_L1);
    StatusSnapshot s;
    if (object.checkObject()) {
        s.indicator = object.field("indicator"_L1).oneOf(indicators());
        s.outageFlag = object.field("outage"_L1).optionalBoolean(false);
        s.description = object.field("description"_L1).optionalString();
        s.updatedAt = object.field("updated_at"_L1).optionalTimestamp();
        readComponents(object.field("components"_L1), s.components, false);
        readMaintenances(object.field("scheduled_maintenances"_L1), s.components, {},
                         s.maintenances);
    }
    if (!reader.ok())
        return Result<StatusSnapshot>::failure(reader.error());
    return s;
}

Result<QList<IncidentUpdate>> readNativeUpdates(const QByteArray &body)
{
    const auto doc = parseObject(body, u"status updates"_s);
    if (!doc)
        return Result<QList<IncidentUpdate>>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    QList<IncidentUpdate> updates;
    auto readList = [&](const JsonNode &list) {
        if (!list.checkArray())
            return;
        for (int i = 0, n = list.size(); i < n && reader.ok(); ++i)
            updates.append(readUpdateNode(list.at(i)));
    };
    if (doc->isArray()) {
        readList(root);
    } else {
        const JsonNode objects = root.field("objects"_L1);
        readList(objects);
    }
    if (!reader.ok())
        return Result<QList<IncidentUpdate>>::failure(reader.error());
    return StatusSnapshot::mergeUpdates({}, updates, -1);
}

Result<StreamLine> readStreamLine(const QByteArray &line)
{
    StreamLine out;
    if (line.trimmed().isEmpty())
        return out; // keep-alive
    const auto doc = JsonReader::parse(line, u"status stream line"_s, maxStatusBytes);
    if (!doc)
        return Result<StreamLine>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    out.type = StreamLine::Type::Envelope;
    if (root.checkObject()) {
        if (root.has("objects"_L1)) {
            const JsonNode objects = root.field("objects"_L1);
            if (objects.checkArray())
                for (int i = 0, n = objects.size(); i < n && reader.ok(); ++i)
                    out.updates.append(readUpdateNode(objects.at(i)));
            out.type = StreamLine::Type::Updates;
        } else if (root.has("object"_L1)) {
            const JsonNode object = root.field("object"_L1);
            if (object.isNull()) {
                // an envelope with nothing in it yet
            } else if (object.checkObject() &&
                       (object.has("incident"_L1) || object.has("body"_L1))) {
                out.updates.append(readUpdateNode(object));
                out.type = StreamLine::Type::Updates;
            } else if (object.has("indicator"_L1)) {
                out.status.indicator = object.field("indicator"_L1).oneOf(indicators());
                out.status.outageFlag = object.field("outage"_L1).optionalBoolean(false);
                out.status.description = object.field("description"_L1).optionalString();
                out.status.updatedAt = object.field("updated_at"_L1).optionalTimestamp();
                readComponents(object.field("components"_L1), out.status.components, false);
                readMaintenances(object.field("scheduled_maintenances"_L1), out.status.components,
                                 {}, out.status.maintenances);
                out.type = StreamLine::Type::Status;
            }
        }
    }
    if (!reader.ok())
        return Result<StreamLine>::failure(reader.error());
    return out;
}

namespace {

// Kept for feeds that post a maintenance word on an incident update: "completed" is resolved.
QString incidentStatusFromMaintenance(const QString &status)
{
    if (status == "completed"_L1)
        return u"resolved"_s;
    if (status == "verifying"_L1)
        return u"monitoring"_s;
    if (status == "in_progress"_L1 || status == "scheduled"_L1)
        return u"identified"_s;
    return status;
}

// Reads one unplanned incident with its updates.
QList<IncidentUpdate> readStatuspageIncident(const JsonNode &node,
                                             const QHash<QString, QString> &componentNames,
                                             StatusIncident &incident)
{
    if (!node.checkObject())
        return {};
    incident.id = readId(node.field("id"_L1));
    incident.name = node.field("name"_L1).string();
    incident.status = node.field("status"_L1).oneOf(incidentStatuses());
    incident.impact = node.field("impact"_L1).optionalOneOf(impacts(), u"none"_s);
    incident.createdAt = node.field("created_at"_L1).optionalTimestamp();
    const QDateTime started = node.field("started_at"_L1).optionalTimestamp();
    if (started.isValid())
        incident.createdAt = started;
    incident.updatedAt = node.field("updated_at"_L1).optionalTimestamp();
    incident.link = node.field("shortlink"_L1).optionalString();
    QStringList words = incidentStatuses();
    words << StatusMaintenance::statuses();
    return readStatuspageUpdates(node.field("incident_updates"_L1), incident, words, componentNames,
                                 false);
}

} // namespace

Result<StatusSnapshot> readStatuspageSummary(const QByteArray &body)
{
    const auto doc = parseObject(body, u"Statuspage summary"_s);
    if (!doc)
        return Result<StatusSnapshot>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    StatusSnapshot s;
    s.kind = StatusSnapshot::Kind::Statuspage;
    if (root.checkObject()) {
        const JsonNode page = root.field("page"_L1);
        if (!page.isMissingOrNull() && page.checkObject()) {
            s.pageUrl = page.field("url"_L1).optionalString();
            s.updatedAt = page.field("updated_at"_L1).optionalTimestamp();
        }
        const JsonNode status = root.field("status"_L1);
        if (status.checkObject()) {
            s.indicator = status.field("indicator"_L1).oneOf(indicators());
            s.description = status.field("description"_L1).optionalString();
        }
        readComponents(root.field("components"_L1), s.components, true);
        const QHash<QString, QString> names = namesById(s.components);

        QList<IncidentUpdate> updates;
        const JsonNode list = root.field("incidents"_L1);
        if (list.checkArray(JsonNode::Absent::Empty)) {
            for (int i = 0, n = list.size(); i < n && reader.ok(); ++i) {
                StatusIncident incident;
                const QList<IncidentUpdate> u = readStatuspageIncident(list.at(i), names, incident);
                if (!reader.ok())
                    break;
                if (incident.link.isEmpty() && !s.pageUrl.isEmpty() && !incident.id.isEmpty())
                    incident.link = s.pageUrl + u"/incidents/"_s + incident.id;
                if (!incident.isResolved())
                    s.incidents.append(incident);
                updates.append(u);
            }
        }
        // Maintenance is planned work, not an incident: kept apart, never an open incident.
        readMaintenances(root.field("scheduled_maintenances"_L1), s.components, s.pageUrl,
                         s.maintenances);
        s.updates = StatusSnapshot::mergeUpdates({}, updates, -1);
        // Updates carry the link of their incident.
        for (IncidentUpdate &u : s.updates)
            for (const StatusIncident &i : std::as_const(s.incidents))
                if (i.id == u.incident.id)
                    u.incident.link = i.link;
    }
    if (!reader.ok())
        return Result<StatusSnapshot>::failure(reader.error());
    if (!s.updatedAt.isValid() && !s.updates.isEmpty())
        s.updatedAt = s.updates.first().createdAt;
    return s;
}

Result<QList<StatusMaintenance>> readStatuspageMaintenances(const QByteArray &body)
{
    const auto doc = parseObject(body, u"Statuspage scheduled maintenances"_s);
    if (!doc)
        return Result<QList<StatusMaintenance>>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    QList<StatusMaintenance> out;
    if (root.checkObject()) {
        QString pageUrl;
        const JsonNode page = root.field("page"_L1);
        if (!page.isMissingOrNull() && page.checkObject())
            pageUrl = page.field("url"_L1).optionalString();
        readMaintenances(root.field("scheduled_maintenances"_L1), {}, pageUrl, out);
    }
    if (!reader.ok())
        return Result<QList<StatusMaintenance>>::failure(reader.error());
    return out;
}

namespace {
QJsonValue utc(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue textOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject toJson(const StatusSnapshot &snapshot)
{
    QJsonArray incidents;
    for (const StatusIncident &i : snapshot.incidents)
        incidents.append(QJsonObject{{u"id"_s, i.id},
                                     {u"name"_s, i.name},
                                     {u"status"_s, i.status},
                                     {u"impact"_s, i.impact},
                                     {u"updated_at"_s, utc(i.updatedAt)},
                                     {u"link"_s, textOrNull(i.link)}});
    QJsonArray updates;
    for (const IncidentUpdate &u : snapshot.updates)
        updates.append(QJsonObject{{u"id"_s, u.id},
                                   {u"created_at"_s, utc(u.createdAt)},
                                   {u"incident"_s, u.incident.id},
                                   {u"incident_name"_s, u.incident.name},
                                   {u"status"_s, u.incident.status},
                                   {u"impact"_s, u.incident.impact},
                                   {u"body"_s, u.body},
                                   {u"affected"_s, QJsonArray::fromStringList(u.affected)}});
    QJsonArray components;
    for (const StatusComponent &c : snapshot.components)
        components.append(QJsonObject{{u"name"_s, c.name},
                                      {u"group"_s, c.group.isEmpty() ? QJsonValue() : c.group},
                                      {u"display_name"_s, c.displayName()},
                                      {u"status"_s, c.status}});
    QJsonArray maintenances;
    for (const StatusMaintenance &m : snapshot.maintenances)
        maintenances.append(toJson(m));
    return QJsonObject{
        {u"source"_s, snapshot.source},
        {u"kind"_s, StatusSnapshot::kindName(snapshot.kind)},
        {u"level"_s, statusLevelName(snapshot.level())},
        {u"outage"_s, snapshot.outage()},
        {u"description"_s, textOrNull(snapshot.description)},
        {u"updated_at"_s, utc(snapshot.updatedAt)},
        {u"components"_s, components},
        {u"incidents"_s, incidents},
        {u"updates"_s, updates},
        {u"maintenances"_s, maintenances},
        {u"error"_s, snapshot.lastError.isEmpty() ? QJsonValue() : QJsonValue(snapshot.lastError)},
    };
}

QJsonObject toJson(const StatusMaintenance &m)
{
    QJsonArray updates;
    for (const IncidentUpdate &u : m.updates)
        updates.append(QJsonObject{{u"id"_s, u.id},
                                   {u"created_at"_s, utc(u.createdAt)},
                                   {u"status"_s, u.incident.status},
                                   {u"body"_s, u.body},
                                   {u"affected"_s, QJsonArray::fromStringList(u.affected)}});
    return QJsonObject{{u"id"_s, m.id},
                       {u"name"_s, m.name},
                       {u"status"_s, m.status},
                       {u"impact"_s, m.impact},
                       {u"scheduled_for"_s, utc(m.scheduledFor)},
                       {u"scheduled_until"_s, utc(m.scheduledUntil)},
                       {u"link"_s, m.link.isEmpty() ? QJsonValue() : QJsonValue(m.link)},
                       {u"components"_s, QJsonArray::fromStringList(m.components)},
                       {u"updates"_s, updates}};
}

QJsonObject toJson(const IncidentUpdate &update)
{
    bool numeric = false;
    const qlonglong n = update.id.toLongLong(&numeric);
    return QJsonObject{
        {u"id"_s, numeric ? QJsonValue(n) : QJsonValue(update.id)},
        {u"created_at"_s, utc(update.createdAt)},
        {u"incident"_s, QJsonObject{{u"id"_s, update.incident.id},
                                    {u"name"_s, update.incident.name},
                                    {u"status"_s, update.incident.status},
                                    {u"impact"_s, update.incident.impact}}},
        {u"body"_s, update.body},
        {u"affected"_s, QJsonArray::fromStringList(update.affected)},
    };
}

} // namespace StatusWire
