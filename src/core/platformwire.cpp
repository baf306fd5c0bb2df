#include "platformwire.h"

#include "jsonout.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PlatformWire {

namespace {

constexpr auto kAnswer = "platform answer";

template<typename T, typename ReadObject>
Result<T> readEnvelopeObject(const QByteArray &body, ReadObject readObject)
{
    const auto doc = JsonReader::parse(body, QString::fromLatin1(kAnswer));
    if (!doc)
        return Result<T>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    const JsonNode object = root.field("object"_L1);
    T value{};
    if (object.checkObject())
        value = readObject(object);
    if (!reader.ok())
        return Result<T>::failure(reader.error());
    return value;
}

template<typename T, typename ReadObject>
Result<QList<T>> readEnvelopeList(const QByteArray &body, ReadObject readObject)
{
    const auto doc = JsonReader::parse(body, QString::fromLatin1(kAnswer));
    if (!doc)
        return Result<QList<T>>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    const JsonNode objects = root.field("objects"_L1);
    QList<T> list;
    if (objects.checkArray()) {
        const int n = objects.size();
        list.reserve(n);
        for (int i = 0; i < n && reader.ok(); ++i) {
            const JsonNode item = objects.at(i);
            if (item.checkObject())
                list.append(readObject(item));
        }
    }
    if (!reader.ok())
        return Result<QList<T>>::failure(reader.error());
    return list;
}

QString dcPart(const JsonNode &node, QLatin1StringView key, const QString &fallback)
{
    const JsonNode f = node.field(key);
    return f.isMissingOrNull() ? fallback : f.string();
}

} // namespace

QString ApiError::toString() const
{
    QString s = title.isEmpty() ? u"error"_s : title;
    if (code)
        s += u" (%1)"_s.arg(code);
    if (!description.isEmpty())
        s += u": "_s + description;
    return s;
}

QStringList instanceStatuses()
{
    return {u"up"_s, u"down"_s, u"hibernating"_s};
}

QStringList instanceRoles()
{
    return {u"master"_s, u"slave"_s, u"primary"_s, u"secondary"_s};
}

User readUserNode(const JsonNode &node)
{
    User u;
    u.username = node.field("username"_L1).string();
    u.firstName = node.field("first_name"_L1).optionalString();
    u.lastName = node.field("last_name"_L1).optionalString();
    u.role = node.field("role"_L1).optionalOneOf({User::roleDeveloper(), User::roleSupport()},
                                                 User::roleDeveloper());
    return u;
}

QStringList readDomainsNode(const JsonNode &node)
{
    QStringList domains;
    if (!node.checkArray(JsonNode::Absent::Empty))
        return domains;
    for (int i = 0; i < node.size(); ++i) {
        const JsonNode entry = node.at(i);
        // {"domain": "shop.example.com", "type": "Domain", …} as served; a bare string in
        // snapshots written before domains were objects.
        if (entry.value().isString()) {
            domains.append(entry.string());
        } else if (entry.checkObject()) {
            domains.append(entry.field("domain"_L1).string());
        } else {
            break;
        }
    }
    return domains;
}

Instance readInstanceNode(const JsonNode &node)
{
    Instance inst;
    // instance_id as the CLI reads it; container_id where only the reference's Container fields
    // are given.
    const JsonNode id = node.has("instance_id"_L1) || !node.has("container_id"_L1)
                            ? node.field("instance_id"_L1)
                            : node.field("container_id"_L1);
    inst.instanceId = int(id.integer(0, 1'000'000));
    inst.datacenter = node.field("datacenter"_L1).optionalString();
    inst.host = node.field("host"_L1).optionalString();
    inst.containerName = node.field("container_name"_L1).optionalString();
    inst.imageVersion = node.field("image_version"_L1).optionalString();
    inst.revision = node.field("revision"_L1).optionalString();
    if (!node.has("status"_L1) && node.has("state"_L1)) {
        // The reference's Container state: "running", or anything else for not serving.
        const QString state = node.field("state"_L1).string();
        inst.status = state == "running"_L1       ? Instance::statusUp()
                      : state == "hibernating"_L1 ? u"hibernating"_s
                                                  : u"down"_s;
    } else {
        inst.status =
            node.field("status"_L1).optionalOneOf(instanceStatuses(), Instance::statusUp());
    }
    inst.role = node.field("role"_L1).optionalOneOf(instanceRoles(), {});
    const JsonNode ports = node.field("ports"_L1);
    if (ports.checkArray(JsonNode::Absent::Empty)) {
        for (int i = 0; i < ports.size(); ++i) {
            const JsonNode p = ports.at(i);
            if (!p.checkObject())
                break;
            inst.ports.append({p.field("name"_L1).string(), p.field("url"_L1).string()});
        }
    }
    return inst;
}

Service readServiceNode(const JsonNode &node)
{
    Service svc;
    svc.name = node.field("name"_L1).string();
    svc.serviceType = node.field("service_type"_L1).string();
    const JsonNode instances = node.field("instances"_L1);
    // The reference's service lists its instances without a count; the CLI's has the count.
    if (node.has("instance_count"_L1) || !instances.value().isArray())
        svc.instanceCount = int(node.field("instance_count"_L1).integer(0, 1'000'000));
    else
        svc.instanceCount = instances.size();
    svc.reservedMemory = node.field("reserved_memory"_L1).optionalInteger(0);
    svc.domains = readDomainsNode(node.field("domains"_L1));
    // `application` (an object as the reference documents it, a string in older answers) names
    // what the reader already knows: it is not read.
    if (!instances.isMissing()) {
        svc.detailLoaded = true;
        if (instances.checkArray(JsonNode::Absent::Empty)) {
            const int n = instances.size();
            svc.instances.reserve(n);
            for (int i = 0; i < n; ++i) {
                const JsonNode inst = instances.at(i);
                if (!inst.checkObject())
                    break;
                svc.instances.append(readInstanceNode(inst));
            }
        }
    }
    return svc;
}

Application readApplicationNode(const JsonNode &node)
{
    Application app;
    app.name = node.field("name"_L1).string();
    app.flavor = node.field("flavor"_L1).oneOf(Application::knownFlavors());
    app.createdAt = node.field("created_at"_L1).optionalTimestamp();
    const JsonNode services = node.field("services"_L1);
    if (services.checkArray(JsonNode::Absent::Empty)) {
        const int n = services.size();
        app.services.reserve(n);
        for (int i = 0; i < n; ++i) {
            const JsonNode svc = services.at(i);
            if (!svc.checkObject())
                break;
            app.services.append(readServiceNode(svc));
        }
    }
    return app;
}

Datacenter readDatacenterNode(const JsonNode &node)
{
    const Datacenter parsed = Datacenter::fromName(node.field("name"_L1).string());
    Datacenter dc;
    dc.name = parsed.name;
    dc.provider = dcPart(node, "provider"_L1, parsed.provider);
    dc.region = dcPart(node, "region"_L1, parsed.region);
    dc.zone = dcPart(node, "zone"_L1, parsed.zone);
    return dc;
}

Result<User> readUser(const QByteArray &body)
{
    return readEnvelopeObject<User>(body, readUserNode);
}

Result<ApplicationList> readApplications(const QByteArray &body)
{
    return readEnvelopeList<Application>(body, readApplicationNode);
}

Result<Application> readApplication(const QByteArray &body)
{
    return readEnvelopeObject<Application>(body, readApplicationNode);
}

Result<Service> readService(const QByteArray &body)
{
    return readEnvelopeObject<Service>(body, [](const JsonNode &node) {
        Service svc = readServiceNode(node);
        svc.detailLoaded = true; // a service read on its own is its detail, even with no instances
        return svc;
    });
}

Result<DatacenterList> readDatacenters(const QByteArray &body)
{
    return readEnvelopeList<Datacenter>(body, readDatacenterNode);
}

Result<TokenGrant> readTokenGrant(const QByteArray &body)
{
    const auto doc = JsonReader::parse(body, u"token answer"_s);
    if (!doc)
        return Result<TokenGrant>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    TokenGrant grant;
    grant.accessToken = root.field("access_token"_L1).string();
    grant.tokenType = root.field("token_type"_L1).optionalString(u"bearer"_s);
    grant.expiresIn = root.field("expire_in"_L1).optionalInteger(3600);
    grant.refreshToken = root.field("refresh_token"_L1).optionalString();
    grant.scope = root.field("scope"_L1).optionalString();
    if (reader.ok() && grant.tokenType.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
        reader.fail(u"token_type"_s, u"expected \"bearer\", got \"%1\""_s.arg(grant.tokenType));
    if (!reader.ok())
        return Result<TokenGrant>::failure(reader.error());
    return grant;
}

Result<ApiError> readError(const QByteArray &body)
{
    const auto doc = JsonReader::parse(body, QString::fromLatin1(kAnswer), 1024 * 1024);
    if (!doc)
        return Result<ApiError>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    const JsonNode error = root.field("error"_L1);
    ApiError e;
    e.title = error.field("title"_L1).optionalString();
    e.code = int(error.field("code"_L1).optionalInteger(0, 0, 999));
    e.description = error.field("description"_L1).optionalString();
    if (!reader.ok())
        return Result<ApiError>::failure(reader.error());
    return e;
}

Result<QString> readTokenEndpoint(const QByteArray &body)
{
    const auto doc = JsonReader::parse(body, u"discovery answer"_s, 1024 * 1024);
    if (!doc)
        return Result<QString>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    const JsonNode object = root.field("object"_L1);
    const JsonNode token = object.field("token"_L1);
    const QString endpoint = token.string();
    if (reader.ok() && endpoint.isEmpty())
        token.fail(u"the token endpoint is empty"_s);
    if (!reader.ok())
        return Result<QString>::failure(reader.error());
    return endpoint;
}

namespace {

// Each object's fields are written down once, in the templates below, for two outputs: a
// QJsonObject and compact JSON straight into bytes (snapshots: building the QJsonObjects first
// took most of the time of writing one).

// Collects an object's fields into a QJsonObject.
class ObjectOut
{
public:
    void field(const char *key, const QString &value)
    {
        m_object.insert(QLatin1StringView(key), value);
    }
    void field(const char *key, qint64 value) { m_object.insert(QLatin1StringView(key), value); }
    void null(const char *key) { m_object.insert(QLatin1StringView(key), QJsonValue()); }
    template<typename Each>
    void object(const char *key, Each each)
    {
        ObjectOut inner;
        each(inner);
        m_object.insert(QLatin1StringView(key), inner.m_object);
    }
    // An array of objects, one for each item, written by `each`.
    template<typename List, typename Each>
    void array(const char *key, const List &list, Each each)
    {
        QJsonArray array;
        for (const auto &item : list) {
            ObjectOut inner;
            each(inner, item);
            array.append(inner.m_object);
        }
        m_object.insert(QLatin1StringView(key), array);
    }
    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

// Writes an object's fields into a JsonOut, between braces its caller opened.
class BytesOut
{
public:
    explicit BytesOut(JsonOut &out)
        : m_out(out)
    {}
    void field(const char *key, const QString &value) { m_out.field(key, value); }
    void field(const char *key, qint64 value) { m_out.field(key, value); }
    void null(const char *key)
    {
        m_out.key(key);
        m_out.null();
    }
    template<typename Each>
    void object(const char *key, Each each)
    {
        m_out.key(key);
        m_out.beginObject();
        each(*this);
        m_out.endObject();
    }
    template<typename List, typename Each>
    void array(const char *key, const List &list, Each each)
    {
        m_out.key(key);
        m_out.beginArray();
        for (const auto &item : list) {
            m_out.beginObject();
            each(*this, item);
            m_out.endObject();
        }
        m_out.endArray();
    }
    JsonOut &json() { return m_out; }

private:
    JsonOut &m_out;
};

template<typename Out>
void writeUser(Out &out, const User &user)
{
    out.field("type", u"User"_s);
    out.field("id", QString(u"tag:dotcloud.com,2011,User/"_s + user.username));
    out.field("username", user.username);
    out.field("first_name", user.firstName);
    out.field("last_name", user.lastName);
    out.field("role", user.role);
}

template<typename Out>
void writeInstance(Out &out, const Instance &inst)
{
    out.field("instance_id", qint64(inst.instanceId));
    out.field("datacenter", inst.datacenter);
    out.field("host", inst.host);
    out.field("container_name", inst.containerName);
    out.field("image_version", inst.imageVersion);
    out.field("revision", inst.revision);
    out.array("ports", inst.ports, [](auto &port, const InstancePort &p) {
        port.field("name", p.name);
        port.field("url", p.url);
    });
    out.field("status", inst.status);
    if (inst.role.isEmpty())
        out.null("role");
    else
        out.field("role", inst.role);
}

// A service as an application lists it.
template<typename Out>
void writeServiceSummary(Out &out, const Service &svc)
{
    out.field("name", svc.name);
    out.field("service_type", svc.serviceType);
    out.field("instance_count", qint64(svc.instanceCount));
    out.field("reserved_memory", svc.reservedMemory);
}

template<typename Out>
void writeService(Out &out, const Service &svc, const QString &applicationName)
{
    out.field("type", u"Service"_s);
    writeServiceSummary(out, svc);
    if (!applicationName.isEmpty())
        out.object("application", [&](auto &app) {
            app.field("type", u"Application"_s);
            app.field("name", applicationName);
        });
    if (svc.detailLoaded) {
        out.array("domains", svc.domains,
                  [](auto &domain, const QString &d) { domain.field("domain", d); });
        out.array("instances", svc.instances,
                  [](auto &instance, const Instance &inst) { writeInstance(instance, inst); });
        out.object("runtime_config", [](auto &) {});
    }
}

// `writeEach` writes each service of the application.
template<typename Out, typename WriteEach>
void writeApplication(Out &out, const Application &app, WriteEach writeEach)
{
    out.field("type", u"Application"_s);
    out.field("name", app.name);
    out.field("flavor", app.flavor);
    if (app.createdAt.isValid())
        out.field("created_at", app.createdAt.toUTC().toString(Qt::ISODate));
    else
        out.null("created_at");
    out.array("services", app.services, writeEach);
}

template<typename Out>
void writeDatacenter(Out &out, const Datacenter &dc)
{
    out.field("name", dc.name);
    out.field("provider", dc.provider);
    out.field("region", dc.region);
    out.field("zone", dc.zone);
}

template<typename Write>
QJsonObject toObject(Write write)
{
    ObjectOut out;
    write(out);
    return out.take();
}

} // namespace

QJsonObject toJson(const User &user)
{
    return toObject([&](ObjectOut &out) { writeUser(out, user); });
}

QJsonObject toJson(const Instance &inst)
{
    return toObject([&](ObjectOut &out) { writeInstance(out, inst); });
}

QJsonObject toJson(const Service &svc, const QString &applicationName)
{
    return toObject([&](ObjectOut &out) { writeService(out, svc, applicationName); });
}

QJsonObject toJson(const Application &app)
{
    return toObject([&](ObjectOut &out) {
        writeApplication(out, app, [](ObjectOut &service, const Service &svc) {
            writeServiceSummary(service, svc);
        });
    });
}

QJsonObject toJson(const Datacenter &dc)
{
    return toObject([&](ObjectOut &out) { writeDatacenter(out, dc); });
}

void write(JsonOut &out, const User &user)
{
    BytesOut fields(out);
    out.beginObject();
    writeUser(fields, user);
    out.endObject();
}

void write(JsonOut &out, const Datacenter &dc)
{
    BytesOut fields(out);
    out.beginObject();
    writeDatacenter(fields, dc);
    out.endObject();
}

void writeWithDetails(JsonOut &out, const Application &app,
                      const std::function<void(JsonOut &, const Service &)> &more)
{
    BytesOut fields(out);
    out.beginObject();
    writeApplication(fields, app, [&](BytesOut &service, const Service &svc) {
        writeService(service, svc, {});
        if (more)
            more(service.json(), svc);
    });
    out.endObject();
}

QJsonObject toJson(const TokenGrant &grant)
{
    return {{u"access_token"_s, grant.accessToken},
            {u"token_type"_s, u"bearer"_s},
            {u"expire_in"_s, grant.expiresIn},
            {u"refresh_token"_s, grant.refreshToken},
            {u"scope"_s, grant.scope}};
}

} // namespace PlatformWire
