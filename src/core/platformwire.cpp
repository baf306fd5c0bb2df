#include "platformwire.h"

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

QJsonObject toJson(const User &user)
{
    return {{u"type"_s, u"User"_s},
            {u"id"_s, QString(u"tag:dotcloud.com,2011,User/"_s + user.username)},
            {u"username"_s, user.username},
            {u"first_name"_s, user.firstName},
            {u"last_name"_s, user.lastName},
            {u"role"_s, user.role}};
}

QJsonObject toJson(const Instance &inst)
{
    QJsonArray ports;
    for (const InstancePort &p : inst.ports)
        ports.append(QJsonObject{{u"name"_s, p.name}, {u"url"_s, p.url}});
    return {{u"instance_id"_s, inst.instanceId},
            {u"datacenter"_s, inst.datacenter},
            {u"host"_s, inst.host},
            {u"container_name"_s, inst.containerName},
            {u"image_version"_s, inst.imageVersion},
            {u"revision"_s, inst.revision},
            {u"ports"_s, ports},
            {u"status"_s, inst.status},
            {u"role"_s, inst.role.isEmpty() ? QJsonValue() : QJsonValue(inst.role)}};
}

QJsonObject toJson(const Service &svc, const QString &applicationName)
{
    QJsonObject o{{u"type"_s, u"Service"_s},
                  {u"name"_s, svc.name},
                  {u"service_type"_s, svc.serviceType},
                  {u"instance_count"_s, svc.instanceCount},
                  {u"reserved_memory"_s, svc.reservedMemory}};
    if (!applicationName.isEmpty())
        o.insert(u"application"_s,
                 QJsonObject{{u"type"_s, u"Application"_s}, {u"name"_s, applicationName}});
    if (svc.detailLoaded) {
        QJsonArray domains;
        for (const QString &d : svc.domains)
            domains.append(QJsonObject{{u"domain"_s, d}});
        o.insert(u"domains"_s, domains);
        QJsonArray instances;
        for (const Instance &inst : svc.instances)
            instances.append(toJson(inst));
        o.insert(u"instances"_s, instances);
        o.insert(u"runtime_config"_s, QJsonObject());
    }
    return o;
}

QJsonObject toJson(const Application &app)
{
    QJsonArray services;
    for (const Service &svc : app.services) {
        services.append(QJsonObject{{u"name"_s, svc.name},
                                    {u"service_type"_s, svc.serviceType},
                                    {u"instance_count"_s, svc.instanceCount},
                                    {u"reserved_memory"_s, svc.reservedMemory}});
    }
    return {{u"type"_s, u"Application"_s},
            {u"name"_s, app.name},
            {u"flavor"_s, app.flavor},
            {u"created_at"_s, app.createdAt.isValid()
                                  ? QJsonValue(app.createdAt.toUTC().toString(Qt::ISODate))
                                  : QJsonValue()},
            {u"services"_s, services}};
}

QJsonObject toJson(const Datacenter &dc)
{
    return {{u"name"_s, dc.name},
            {u"provider"_s, dc.provider},
            {u"region"_s, dc.region},
            {u"zone"_s, dc.zone}};
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
