#include "platformapi.h"

#include "apienvelope.h"
#include "jsonreader.h"
#include "platformwire.h"
#include "simmodel.h"
#include "tokenregistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isStatefulSingle(const QString &type)
{
    return type == "postgresql"_L1 || type == "postgis"_L1 || type == "solr"_L1;
}

SimResponse methodNotAllowed(const SimRequest &request, const QByteArray &allowed)
{
    SimResponse r = ApiEnvelope::error(
        request, 405,
        u"%1 is not allowed on %2"_s.arg(QString::fromLatin1(request.method), request.path));
    r.setHeader("Allow", allowed);
    return r;
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

PlatformApi::PlatformApi(SimModel *model, TokenRegistry *tokens)
    : m_model(model)
    , m_tokens(tokens)
{}

SimResponse PlatformApi::handle(const SimRequest &request)
{
    QString identity = request.peer.toString();
    SimResponse response = route(request, identity);
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
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials =
        space > 0 ? authorization.mid(space + 1).trimmed() : QByteArray();
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
            request, 401, u"Authentication required: an API key (Basic) or a Bearer token"_s);
    }
    refusal.setHeader("WWW-Authenticate", "Basic realm=\"platform\", Bearer");
    return nullptr;
}

SimResponse PlatformApi::route(const SimRequest &request, QString &identity)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (request.path == "/auth/discovery"_L1) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        return ApiEnvelope::object(
            request, m_baseUrl,
            {{u"token_endpoint"_s, QString(m_baseUrl + u"/oauth2/token"_s)},
             {u"grant_types_supported"_s, QJsonArray{u"password"_s, u"refresh_token"_s}}});
    }
    if (request.path == "/oauth2/token"_L1) {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST");
        return token(request);
    }
    if (segments.isEmpty() || segments.first() != "v1"_L1)
        return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));

    SimResponse refusal;
    const DatasetUser *actor = authenticate(request, refusal);
    if (!actor)
        return refusal;
    identity = actor->user.username;
    if (actor->user.isSupport() && request.method == "PATCH")
        return ApiEnvelope::error(request, 403, u"Support tokens are read-only"_s);

    const qsizetype n = segments.size();
    if (n == 2 && segments[1] == "datacenters"_L1) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        QJsonArray list;
        for (const Datacenter &dc : m_model->data().datacenters)
            list.append(PlatformWire::toJson(dc));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }

    // /v1/me/… or /v1/users/{username}/…
    QString owner;
    QStringList rest;
    if (n >= 2 && segments[1] == "me"_L1) {
        owner = actor->user.username;
        rest = segments.mid(2);
    } else if (n >= 3 && segments[1] == "users"_L1) {
        owner = segments[2];
        rest = segments.mid(3);
        if (owner != actor->user.username && !actor->user.isSupport())
            return ApiEnvelope::error(request, 403,
                                      u"Only support staff may read another user's account"_s);
        if (!m_model->user(owner))
            return ApiEnvelope::error(request, 404, u"No such user: %1"_s.arg(owner));
    } else {
        return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
    }

    if (rest.isEmpty()) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        return ApiEnvelope::object(request, m_baseUrl,
                                   PlatformWire::toJson(m_model->user(owner)->user));
    }
    if (rest.first() != "applications"_L1)
        return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
    return applications(request, *actor, owner, rest.mid(1));
}

SimResponse PlatformApi::applications(const SimRequest &request, const DatasetUser &actor,
                                      const QString &owner, const QStringList &rest)
{
    const DatasetUser *user = m_model->user(owner);
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        QJsonArray list;
        for (const Application &app : user->applications)
            list.append(applicationJson(app));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    const Application *app = m_model->application(owner, rest[0]);
    if (!app)
        return ApiEnvelope::error(request, 404, u"No such application: %1"_s.arg(rest[0]));
    if (rest.size() == 1) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        return ApiEnvelope::object(request, m_baseUrl, applicationJson(*app));
    }
    if (rest[1] != "services"_L1)
        return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
    if (rest.size() == 2) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        QJsonArray list;
        for (const Service &svc : app->services)
            list.append(PlatformWire::toJson(svc, app->name));
        return ApiEnvelope::objects(request, m_baseUrl, list);
    }
    const Service *svc = app->service(rest[2]);
    if (!svc)
        return ApiEnvelope::error(request, 404, u"No such service: %1"_s.arg(rest[2]));
    if (rest.size() == 3) {
        if (request.method == "PATCH")
            return scale(request, actor, owner, *app, svc->name);
        if (request.method != "GET")
            return methodNotAllowed(request, "GET, PATCH");
        return ApiEnvelope::object(request, m_baseUrl, PlatformWire::toJson(*svc, app->name));
    }
    if (rest.size() == 6 && rest[3] == "instances"_L1 && rest[5] == "status"_L1) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        bool isNumber = false;
        const int id = rest[4].toInt(&isNumber);
        for (const Instance &inst : svc->instances) {
            if (!isNumber || inst.instanceId != id)
                continue;
            QJsonObject custom;
            if (svc->serviceType == "mysql"_L1 || svc->serviceType == "redis"_L1) {
                custom.insert(u"role"_s, inst.role.isEmpty() ? QJsonValue() : inst.role);
                if (inst.role == "slave"_L1)
                    custom.insert(u"replication_lag"_s, 0);
            } else if (svc->serviceType == "mongodb"_L1) {
                custom.insert(u"state"_s,
                              inst.role == "primary"_L1 ? u"PRIMARY"_s : u"SECONDARY"_s);
            }
            return ApiEnvelope::object(request, m_baseUrl,
                                       {{u"status"_s, inst.status}, {u"custom"_s, custom}});
        }
        return ApiEnvelope::error(request, 404, u"No such instance: %1"_s.arg(rest[4]));
    }
    return ApiEnvelope::error(request, 404, u"No such resource: %1"_s.arg(request.path));
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
    return ApiEnvelope::object(
        request, m_baseUrl,
        PlatformWire::toJson(*m_model->service(owner, app.name, serviceName), app.name));
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

QJsonObject PlatformApi::applicationJson(const Application &app) const
{
    QJsonObject o = PlatformWire::toJson(app);
    // Billed hourly on reserved memory; sandbox applications are free.
    double hourly = 0;
    if (!app.isSandbox())
        for (const Service &svc : app.services)
            hourly +=
                double(svc.instanceCount) * double(svc.reservedMemory) / double(memoryStep) * 0.004;
    hourly = std::round(hourly * 100) / 100;
    o.insert(u"billing"_s,
             QJsonObject{{u"free"_s, app.isSandbox()},
                         {u"cost"_s, hourly},
                         {u"expected_month_end_cost"_s, std::round(hourly * 720 * 100) / 100}});
    return o;
}
