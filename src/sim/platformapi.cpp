#include "platformapi.h"

#include "apienvelope.h"
#include "jsonreader.h"
#include "platformwire.h"
#include "simmodel.h"
#include "tokenregistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isStatefulSingle(const QString &type)
{
    return type == "postgresql"_L1 || type == "postgis"_L1 || type == "solr"_L1;
}

bool isRead(const SimRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

SimResponse methodNotAllowed(const SimRequest &request, const QByteArray &allowed)
{
    SimResponse r = ApiEnvelope::error(
        request, 405,
        u"%1 is not allowed on %2: use %3"_s.arg(QString::fromLatin1(request.method), request.path,
                                                 QString::fromLatin1(allowed)));
    r.setHeader("Allow", allowed);
    return r;
}

SimResponse notFound(const SimRequest &request)
{
    return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// True when the Accept header admits JSON: absent, application/json, application/* or */*, with a
// quality above zero.
bool acceptsJson(const QByteArray &accept)
{
    if (accept.trimmed().isEmpty())
        return true;
    const QList<QByteArray> ranges = accept.split(',');
    for (const QByteArray &range : ranges) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        if (type != "application/json" && type != "application/*" && type != "*/*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed().toLower();
            if (param.startsWith("q=") && param.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The reference's Container state for our instance status.
QString containerState(const QString &status)
{
    if (status == "up"_L1)
        return u"running"_s;
    if (status == "hibernating"_L1)
        return u"hibernating"_s;
    return u"stopped"_s;
}

// A stand-in push key: shaped like the PEM key the CLI writes to disk, derived from the user name
// so that it is stable, and marked as simulated. It opens nothing.
QString simulatedPrivateKey(const QString &username)
{
    QByteArray material;
    QByteArray seed = "platform-sim push key\n" + username.toUtf8();
    for (int i = 0; i < 12; ++i) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        material += seed;
    }
    const QByteArray base64 = material.toBase64();
    QString body;
    for (qsizetype i = 0; i < base64.size(); i += 64)
        body += QString::fromLatin1(base64.mid(i, 64)) + u'\n';
    return u"-----BEGIN RSA PRIVATE KEY-----\nComment: simulated by platform-sim\n\n"_s + body +
           u"-----END RSA PRIVATE KEY-----\n"_s;
}

} // namespace

PlatformApi::PlatformApi(SimModel *model, TokenRegistry *tokens)
    : m_model(model)
    , m_tokens(tokens)
{}

void PlatformApi::setBaseUrl(const QString &baseUrl)
{
    m_baseUrl = baseUrl;
    m_links = ResourceLinks(baseUrl);
}

SimResponse PlatformApi::handle(const SimRequest &incoming)
{
    SimRequest request = incoming;
    request.apiBase = m_baseUrl;
    // HEAD is answered as GET (the server leaves the body out), so that its headers, Content-Length
    // included, are exactly those of the GET.
    if (request.method == "HEAD")
        request.method = "GET";
    QString identity = request.peer.toString();
    SimResponse response;
    const QByteArray accept = request.header("accept");
    if (!acceptsJson(accept))
        response = ApiEnvelope::error(
            request, 415,
            u"This API answers application/json only, and the request accepts %1"_s.arg(
                QString::fromLatin1(accept)));
    else
        response = route(request, identity);
    const qint64 hour = QDateTime::currentSecsSinceEpoch() / 3600;
    if (hour != m_windowStart) {
        m_windowStart = hour;
        m_requestCounts.clear();
    }
    const int used = ++m_requestCounts[identity];
    response.setHeader("X-RateLimit-Limit", QByteArray::number(rateLimit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(std::max(0, rateLimit - used)));
    return response;
}

const DatasetUser *PlatformApi::authenticate(const SimRequest &request, SimResponse &refusal) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const int space = authorization.indexOf(' ');
    QByteArray scheme = authorization.left(space).toLower();
    QByteArray credentials = space > 0 ? authorization.mid(space + 1).trimmed() : QByteArray();
    // The reference's other way to send an OAuth2 token.
    if (authorization.isEmpty() && request.query.hasQueryItem(u"access_token"_s)) {
        scheme = "bearer";
        credentials = request.query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded).toUtf8();
    }
    if (scheme == "basic") {
        const QString apiKey = QString::fromUtf8(QByteArray::fromBase64(credentials));
        if (const DatasetUser *u = m_model->userByApiKey(apiKey))
            return u;
        refusal = ApiEnvelope::error(request, 401, u"Invalid API key"_s);
    } else if (scheme == "bearer") {
        const QString username = m_tokens->userForAccessToken(QString::fromUtf8(credentials));
        if (const DatasetUser *u = username.isEmpty() ? nullptr : m_model->user(username))
            return u;
        refusal = ApiEnvelope::error(request, 401, u"The access token is invalid or expired"_s);
    } else {
        refusal = ApiEnvelope::error(
            request, 401,
            u"Authentication required: an API key (Basic), a Bearer token or ?access_token="_s);
    }
    refusal.setHeader("WWW-Authenticate", "Basic realm=\"platform\", Bearer");
    return nullptr;
}

SimResponse PlatformApi::route(SimRequest &request, QString &identity)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (request.path == "/v1/auth/discovery"_L1)
        return discovery(request);
    if (request.path == tokenPath()) {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST");
        return token(request);
    }
    if (segments.isEmpty() || segments.first() != "v1"_L1)
        return notFound(request);

    SimResponse refusal;
    const DatasetUser *actor = authenticate(request, refusal);
    if (!actor)
        return refusal;
    identity = actor->user.username;
    request.authUser = userRef(actor->user.username);
    if (actor->user.isSupport() && !isRead(request))
        return ApiEnvelope::error(request, 403,
                                  u"Support tokens are read-only: %1 is refused"_s.arg(
                                      QString::fromLatin1(request.method)));

    const qsizetype n = segments.size();
    if (n >= 2 && segments[1] == "datacenters"_L1) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        const auto datacenterJson = [this](const Datacenter &dc) {
            QJsonObject o = PlatformWire::toJson(dc);
            m_links.identify(o, u"Datacenter"_s, dc.name, u"/v1/datacenters/"_s + dc.name);
            return o;
        };
        if (n == 2) {
            QJsonArray list;
            for (const Datacenter &dc : m_model->data().datacenters)
                list.append(datacenterJson(dc));
            return ApiEnvelope::objects(request, m_baseUrl, list);
        }
        if (n == 3)
            for (const Datacenter &dc : m_model->data().datacenters)
                if (dc.name == segments[2])
                    return ApiEnvelope::object(request, m_baseUrl, datacenterJson(dc));
        return notFound(request);
    }

    // /v1/me/… or /v1/users/{username}/…
    QString owner;
    QStringList rest;
    if (n >= 2 && segments[1] == "me"_L1) {
        owner = actor->user.username;
        rest = segments.mid(2);
        request.canonicalUri = ResourceLinks::userPath(owner);
        for (const QString &s : std::as_const(rest))
            request.canonicalUri += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(s));
    } else if (n >= 3 && segments[1] == "users"_L1) {
        owner = segments[2];
        rest = segments.mid(3);
        if (owner != actor->user.username && !actor->user.isSupport())
            return ApiEnvelope::error(request, 403,
                                      u"Only support staff may read another user's account"_s);
        if (!m_model->user(owner))
            return ApiEnvelope::error(request, 404, u"No such user: %1"_s.arg(owner));
    } else {
        return notFound(request);
    }
    return account(request, *actor, owner, rest);
}

SimResponse PlatformApi::discovery(const SimRequest &request) const
{
    // Answered without credentials, as the CLI asks before it has any.
    if (!isRead(request))
        return methodNotAllowed(request, "GET, HEAD");
    return ApiEnvelope::object(
        request, m_baseUrl,
        {{u"token"_s, QString(m_baseUrl + tokenPath())},
         {u"grant_types_supported"_s, QJsonArray{u"password"_s, u"refresh_token"_s}}});
}

SimResponse PlatformApi::account(const SimRequest &request, const DatasetUser &actor,
                                 const QString &owner, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        return ApiEnvelope::object(request, m_baseUrl, userJson(owner));
    }
    if (rest.first() == "private_keys"_L1) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        if (owner != actor.user.username)
            return ApiEnvelope::error(
                request, 403, u"A push key is its owner's alone: support tokens cannot read it"_s);
        if (rest.size() == 1)
            return ApiEnvelope::objects(request, m_baseUrl, {privateKeyJson(owner)});
        if (rest.size() == 2 && rest[1] == "0"_L1)
            return ApiEnvelope::object(request, m_baseUrl, privateKeyJson(owner));
        return notFound(request);
    }
    if (rest.first() != "applications"_L1)
        return notFound(request);
    return applications(request, actor, owner, rest.mid(1));
}

SimResponse PlatformApi::applications(const SimRequest &request, const DatasetUser &actor,
                                      const QString &owner, const QStringList &rest)
{
    const DatasetUser *user = m_model->user(owner);
    if (rest.isEmpty()) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        QJsonArray list;
        for (const Application &app : user->applications)
            list.append(applicationJson(owner, app));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    const Application *app = m_model->application(owner, rest[0]);
    if (!app)
        return ApiEnvelope::error(request, 404, u"No such application: %1"_s.arg(rest[0]));
    if (rest.size() == 1) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        return ApiEnvelope::object(request, m_baseUrl, applicationJson(owner, *app));
    }
    if (rest[1] == "services"_L1)
        return services(request, actor, owner, *app, rest.mid(2));
    if (rest[1] == "deployments"_L1)
        return deployments(request, actor, owner, *app, rest.mid(2));
    return notFound(request);
}

SimResponse PlatformApi::services(const SimRequest &request, const DatasetUser &actor,
                                  const QString &owner, const Application &app,
                                  const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        QJsonArray list;
        for (const Service &svc : app.services)
            list.append(serviceJson(owner, app, svc));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    const Service *svc = app.service(rest[0]);
    if (!svc)
        return ApiEnvelope::error(request, 404, u"No such service: %1"_s.arg(rest[0]));
    if (rest.size() == 1) {
        if (request.method == "PATCH")
            return scale(request, actor, owner, app, svc->name);
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD, PATCH");
        return ApiEnvelope::object(request, m_baseUrl, serviceJson(owner, app, *svc));
    }
    if (!isRead(request))
        return methodNotAllowed(request, "GET, HEAD");
    if (rest[1] == "domains"_L1) {
        if (rest.size() == 2) {
            QJsonArray list;
            for (const QString &d : svc->domains)
                list.append(domainJson(owner, app.name, svc->name, d));
            return ApiEnvelope::objects(request, m_baseUrl, list);
        }
        if (rest.size() == 3 && svc->domains.contains(rest[2]))
            return ApiEnvelope::object(request, m_baseUrl,
                                       domainJson(owner, app.name, svc->name, rest[2]));
        if (rest.size() == 3)
            return ApiEnvelope::error(request, 404, u"No such domain: %1"_s.arg(rest[2]));
        return notFound(request);
    }
    if (rest[1] != "instances"_L1)
        return notFound(request);
    if (rest.size() == 2) {
        QJsonArray list;
        for (const Instance &inst : svc->instances)
            list.append(containerJson(owner, app, *svc, inst));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    bool isNumber = false;
    const int id = rest[2].toInt(&isNumber);
    const Instance *instance = nullptr;
    for (const Instance &inst : svc->instances)
        if (isNumber && inst.instanceId == id)
            instance = &inst;
    if (!instance)
        return ApiEnvelope::error(request, 404, u"No such instance: %1"_s.arg(rest[2]));
    if (rest.size() == 3)
        return ApiEnvelope::object(request, m_baseUrl, containerJson(owner, app, *svc, *instance));
    if (rest.size() != 4 || rest[3] != "status"_L1)
        return notFound(request);
    // The old per-instance probe: schema-less, like the reference's revision object.
    QJsonObject custom;
    if (svc->serviceType == "mysql"_L1 || svc->serviceType == "redis"_L1) {
        custom.insert(u"role"_s, instance->role.isEmpty() ? QJsonValue() : instance->role);
        if (instance->role == "slave"_L1)
            custom.insert(u"replication_lag"_s, 0);
    } else if (svc->serviceType == "mongodb"_L1) {
        custom.insert(u"state"_s, instance->role == "primary"_L1 ? u"PRIMARY"_s : u"SECONDARY"_s);
    }
    return ApiEnvelope::object(request, m_baseUrl,
                               {{u"status"_s, instance->status}, {u"custom"_s, custom}});
}

SimResponse PlatformApi::deployments(const SimRequest &request, const DatasetUser &actor,
                                     const QString &owner, const Application &app,
                                     const QStringList &rest)
{
    if (rest.size() == 1) {
        if (!isRead(request))
            return methodNotAllowed(request, "GET, HEAD");
        for (const SimDeployment &d : m_model->deployments(owner, app.name))
            if (QString::number(d.id) == rest[0])
                return ApiEnvelope::object(request, m_baseUrl, deploymentJson(owner, app.name, d));
        return ApiEnvelope::error(request, 404, u"No such deployment: %1"_s.arg(rest[0]));
    }
    if (!rest.isEmpty())
        return notFound(request);
    if (isRead(request)) {
        QJsonArray list;
        for (const SimDeployment &d : m_model->deployments(owner, app.name))
            list.append(deploymentJson(owner, app.name, d));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    if (request.method != "POST")
        return methodNotAllowed(request, "GET, HEAD, POST");
    if (actor.user.isSupport())
        return ApiEnvelope::error(request, 403,
                                  u"Support tokens are read-only: they cannot deploy"_s);
    if (!request.body.trimmed().isEmpty() && request.contentType() != "application/json")
        return ApiEnvelope::error(request, 415, u"Send the deployment as application/json"_s);
    QString revision;
    bool clean = false;
    if (!request.body.trimmed().isEmpty()) {
        const auto doc = JsonReader::parse(request.body, u"request body"_s, 64 * 1024);
        if (!doc)
            return ApiEnvelope::error(request, 400, doc.error());
        JsonReader reader(*doc);
        const JsonNode root = reader.root();
        if (!root.checkObject())
            return ApiEnvelope::error(request, 400, reader.error());
        revision = root.field("revision"_L1).optionalString();
        clean = root.field("clean"_L1).optionalBoolean(false);
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
    }
    if (app.isSandbox())
        return ApiEnvelope::error(
            request, 400,
            u"Sandbox applications cannot be deployed through the API: create a live application "
            "and push there"_s);
    const auto deployed = m_model->deploy(owner, app.name, revision, clean);
    if (!deployed)
        return ApiEnvelope::error(request, 500, deployed.error());
    const QJsonObject object = deploymentJson(owner, app.name, *deployed);
    SimResponse r = ApiEnvelope::object(request, m_baseUrl, object, 201);
    r.setHeader("Location", object.value(u"uri"_s).toString().toUtf8());
    return r;
}

SimResponse PlatformApi::scale(const SimRequest &request, const DatasetUser &actor,
                               const QString &owner, const Application &app,
                               const QString &serviceName)
{
    if (actor.user.isSupport())
        return ApiEnvelope::error(request, 403, u"Support tokens are read-only"_s);
    if (request.contentType() != "application/json")
        return ApiEnvelope::error(request, 415, u"Send the change as application/json"_s);
    const auto doc = JsonReader::parse(request.body, u"request body"_s, 64 * 1024);
    if (!doc)
        return ApiEnvelope::error(request, 400, doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    if (!root.checkObject())
        return ApiEnvelope::error(request, 400, reader.error());
    const bool count = root.has("instance_count"_L1);
    const bool memory = root.has("reserved_memory"_L1);
    if (count == memory)
        return ApiEnvelope::error(request, 400, u"Give either instance_count or reserved_memory"_s);
    if (app.isSandbox())
        return ApiEnvelope::error(
            request, 400,
            u"Sandbox applications cannot be scaled: create a live application and push there"_s);
    const Service &svc = *app.service(serviceName);
    Status done = success();
    if (count) {
        const qint64 n = root.field("instance_count"_L1).integer(1, 100);
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
        if (svc.serviceType == "mongodb"_L1 && (n % 2 == 0 || n > 5))
            return ApiEnvelope::error(
                request, 422,
                u"A MongoDB replica set has an odd number of members, at most 5: even numbers of "
                "nodes will be ignored (asked for %1)"_s.arg(n));
        if (isStatefulSingle(svc.serviceType) && n > 1)
            return ApiEnvelope::error(
                request, 422,
                u"This service (%1) does not scale for High Availability: it runs one instance"_s
                    .arg(svc.serviceType));
        done = m_model->setInstanceCount(owner, app.name, serviceName, int(n));
    } else {
        const qint64 bytes = root.field("reserved_memory"_L1).integer(0);
        if (!reader.ok())
            return ApiEnvelope::error(request, 422, reader.error());
        if (bytes < memoryStep)
            return ApiEnvelope::error(
                request, 422,
                u"reserved_memory must be at least 32 MiB (%1 bytes)"_s.arg(memoryStep));
        if (bytes > maxSelfServiceMemory)
            return ApiEnvelope::error(
                request, 422, u"More than 4 GiB of memory is available only through support"_s);
        const qint64 rounded = (bytes + memoryStep - 1) / memoryStep * memoryStep;
        done = m_model->setReservedMemory(owner, app.name, serviceName, rounded);
    }
    if (!done)
        return ApiEnvelope::error(request, 500, done.error());
    const Application &now = *m_model->application(owner, app.name);
    return ApiEnvelope::object(request, m_baseUrl,
                               serviceJson(owner, now, *now.service(serviceName)));
}

SimResponse PlatformApi::token(const SimRequest &request)
{
    if (request.contentType() != "application/x-www-form-urlencoded")
        return ApiEnvelope::error(request, 415,
                                  u"Send the grant as application/x-www-form-urlencoded"_s);
    // In a form, '+' stands for a space.
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(body));

    // The client authenticates itself: its id and secret as HTTP Basic, as the CLI sends them
    // (or as client_id and client_secret in the form). Any registered-looking pair is accepted.
    const QByteArray authorization = request.header("authorization").trimmed();
    const auto invalidClient = [&request](const QString &description) {
        SimResponse r = ApiEnvelope::error(request, 401, u"invalid_client: "_s + description);
        r.setHeader("WWW-Authenticate", "Basic realm=\"oauth2\"");
        return r;
    };
    QString clientId;
    QString clientSecret;
    if (authorization.toLower().startsWith("basic ")) {
        const QString pair =
            QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
        const qsizetype colon = pair.indexOf(u':');
        clientId = colon > 0 ? pair.left(colon) : QString();
        clientSecret = colon > 0 ? pair.mid(colon + 1) : QString();
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return invalidClient(u"the Basic credentials must be the client's id and secret"_s);
        const QString formId = formValue(form, u"client_id"_s);
        if (!formId.isEmpty() && formId != clientId)
            return invalidClient(u"client_id does not match the client's Basic credentials"_s);
    } else if (!authorization.isEmpty()) {
        return invalidClient(u"authenticate the client with HTTP Basic"_s);
    } else {
        clientId = formValue(form, u"client_id"_s);
        clientSecret = formValue(form, u"client_secret"_s);
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return invalidClient(u"the client's id and secret are missing: send them as HTTP "
                                 "Basic (or client_id and client_secret in the form)"_s);
    }

    const QString grant = formValue(form, u"grant_type"_s);
    QString username;
    if (grant == "password"_L1) {
        const DatasetUser *u =
            m_model->userByPassword(formValue(form, u"username"_s), formValue(form, u"password"_s));
        if (!u)
            return ApiEnvelope::error(request, 401, u"invalid_grant: wrong username or password"_s);
        username = u->user.username;
    } else if (grant == "refresh_token"_L1) {
        username = m_tokens->userForRefreshToken(formValue(form, u"refresh_token"_s));
        if (username.isEmpty() || !m_model->user(username))
            return ApiEnvelope::error(request, 401,
                                      u"invalid_grant: the refresh token is not valid"_s);
    } else {
        return ApiEnvelope::error(
            request, 400,
            u"unsupported_grant_type: grant_type must be password or refresh_token"_s);
    }
    SimResponse r = ApiEnvelope::json(PlatformWire::toJson(m_tokens->issue(username)));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QJsonObject PlatformApi::userRef(const QString &username) const
{
    QJsonObject o{{u"username"_s, username}};
    m_links.identify(o, u"User"_s, username, ResourceLinks::userPath(username));
    o.remove(u"links"_s);
    return o;
}

QJsonObject PlatformApi::userJson(const QString &username) const
{
    QJsonObject o = PlatformWire::toJson(m_model->user(username)->user);
    m_links.identify(o, u"User"_s, username, ResourceLinks::userPath(username),
                     {u"applications"_s, u"private_keys"_s});
    return o;
}

QJsonObject PlatformApi::privateKeyJson(const QString &owner) const
{
    QJsonObject o{{u"private_key"_s, simulatedPrivateKey(owner)}};
    m_links.identify(o, u"PrivateKey"_s, owner + u"/0"_s,
                     ResourceLinks::userPath(owner) + u"/private_keys/0"_s);
    return o;
}

QJsonObject PlatformApi::applicationRef(const QString &owner, const QString &app) const
{
    QJsonObject o{{u"name"_s, app}};
    m_links.identify(o, u"Application"_s, owner + u'/' + app,
                     ResourceLinks::applicationPath(owner, app));
    o.remove(u"links"_s);
    return o;
}

QJsonObject PlatformApi::applicationJson(const QString &owner, const Application &app) const
{
    QJsonObject o = PlatformWire::toJson(app);
    const QString path = ResourceLinks::applicationPath(owner, app.name);
    m_links.identify(o, u"Application"_s, owner + u'/' + app.name, path,
                     {u"services"_s, u"deployments"_s});
    o.insert(u"user"_s, userRef(owner));
    QJsonArray services = o.value(u"services"_s).toArray();
    for (qsizetype i = 0; i < services.size() && i < app.services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        const QString svc = app.services.at(i).name;
        m_links.identify(s, u"Service"_s, owner + u'/' + app.name + u'/' + svc,
                         ResourceLinks::servicePath(owner, app.name, svc));
        s.remove(u"links"_s);
        services[i] = s;
    }
    o.insert(u"services"_s, services);

    // Billed hourly on reserved memory; sandbox applications are free. `cost` is the cost to
    // date (this month, since the later of the month's start and the application's creation);
    // `expected_month_end_cost` adds the hours left in the month at the same rate.
    double hourly = 0;
    if (!app.isSandbox())
        for (const Service &svc : app.services)
            hourly +=
                double(svc.instanceCount) * double(svc.reservedMemory) / double(memoryStep) * 0.004;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0),
                               QTimeZone::utc());
    const QDateTime monthEnd = monthStart.addMonths(1);
    QDateTime since = monthStart;
    if (app.createdAt.isValid() && app.createdAt > since)
        since = std::min(app.createdAt.toUTC(), now);
    const double hoursSoFar = double(since.secsTo(now)) / 3600.0;
    const double hoursLeft = double(now.secsTo(monthEnd)) / 3600.0;
    const auto cents = [](double dollars) {
        return std::round(dollars * 100) / 100;
    };
    o.insert(u"billing"_s, QJsonObject{{u"free"_s, app.isSandbox()},
                                       {u"cost"_s, cents(hourly * hoursSoFar)},
                                       {u"expected_month_end_cost"_s,
                                        cents(hourly * hoursSoFar) + cents(hourly * hoursLeft)}});
    return o;
}

QJsonObject PlatformApi::serviceJson(const QString &owner, const Application &app,
                                     const Service &svc) const
{
    QJsonObject o = PlatformWire::toJson(svc, app.name);
    const QString path = ResourceLinks::servicePath(owner, app.name, svc.name);
    m_links.identify(o, u"Service"_s, owner + u'/' + app.name + u'/' + svc.name, path,
                     {u"domains"_s, u"instances"_s});
    o.insert(u"application"_s, applicationRef(owner, app.name));
    QJsonArray domains;
    for (const QString &d : svc.domains)
        domains.append(domainJson(owner, app.name, svc.name, d));
    o.insert(u"domains"_s, domains);
    QJsonArray instances;
    for (const Instance &inst : svc.instances)
        instances.append(containerJson(owner, app, svc, inst));
    o.insert(u"instances"_s, instances);
    return o;
}

QJsonObject PlatformApi::containerJson(const QString &owner, const Application &app,
                                       const Service &svc, const Instance &inst) const
{
    QJsonObject o = PlatformWire::toJson(inst);
    const QString id = QString::number(inst.instanceId);
    m_links.identify(o, u"Container"_s, owner + u'/' + app.name + u'/' + svc.name + u'/' + id,
                     ResourceLinks::servicePath(owner, app.name, svc.name) + u"/instances/"_s + id,
                     {u"status"_s});
    o.insert(u"container_id"_s, inst.instanceId);
    o.insert(u"state"_s, containerState(inst.status));
    o.insert(u"service_name"_s, svc.name);
    o.insert(u"service_type"_s, svc.serviceType);
    o.insert(u"created"_s, isoTime(m_model->placedAt(owner, app.name)));
    return o;
}

QJsonObject PlatformApi::domainJson(const QString &owner, const QString &app, const QString &svc,
                                    const QString &domain) const
{
    QJsonObject o{{u"domain"_s, domain}};
    m_links.identify(o, u"Domain"_s, owner + u'/' + app + u'/' + svc + u'/' + domain,
                     ResourceLinks::servicePath(owner, app, svc) + u"/domains/"_s + domain);
    return o;
}

QJsonObject PlatformApi::deploymentJson(const QString &owner, const QString &app,
                                        const SimDeployment &deployment) const
{
    const QString id = QString::number(deployment.id);
    QJsonObject o{{u"revision"_s,
                   deployment.revision.isEmpty() ? QJsonValue() : QJsonValue(deployment.revision)},
                  {u"clean"_s, deployment.clean},
                  {u"state"_s, u"deployed"_s},
                  {u"created_at"_s, isoTime(deployment.createdAt)},
                  {u"application"_s, applicationRef(owner, app)}};
    m_links.identify(o, u"Deployment"_s, owner + u'/' + app + u'/' + id,
                     ResourceLinks::applicationPath(owner, app) + u"/deployments/"_s + id);
    return o;
}
