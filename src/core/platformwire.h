#pragma once

#include "inventory.h"
#include "jsonreader.h"
#include "result.h"

#include <QJsonObject>

#include <functional>

class JsonOut;

// The Platform API wire format (docs/api.md, "Platform API"): strict readers for every envelope and
// object the platform sends, and the matching writers, shared by the client, the simulator and
// snapshots so that the format is written down exactly once.
namespace PlatformWire {

// {"request": …, "error": {"title", "code", "description"}}
struct ApiError
{
    QString title;
    int code = 0;
    QString description;
    QString toString() const;
};

// The token endpoint's answer: {access_token, token_type "bearer", expire_in, refresh_token,
// scope}.
struct TokenGrant
{
    QString accessToken;
    QString tokenType;
    qint64 expiresIn = 0; // seconds
    QString refreshToken;
    QString scope;
};

// Whole-body readers: parse, check the envelope, read the object(s).
Result<User> readUser(const QByteArray &body);
Result<ApplicationList> readApplications(const QByteArray &body);
Result<Application> readApplication(const QByteArray &body);
Result<Service> readService(const QByteArray &body);
Result<DatacenterList> readDatacenters(const QByteArray &body);
Result<TokenGrant> readTokenGrant(const QByteArray &body);
// The error envelope, when the body is one; otherwise a failure.
Result<ApiError> readError(const QByteArray &body);
// GET {api}/v1/auth/discovery → object.token, the token endpoint's URL (absolute as the platform
// sends it; a relative one resolves against the API). Missing or empty is an error naming it.
Result<QString> readTokenEndpoint(const QByteArray &body);

// Node readers, reused by the snapshot format and the simulator's dataset loader.
User readUserNode(const JsonNode &node);
Application readApplicationNode(const JsonNode &node);
// Reads a service as listed in an application (no instances) or in full (with instances).
Service readServiceNode(const JsonNode &node);
// An instance as the CLI reads it (instance_id, datacenter, host, status, …) or as the
// reference's Container (container_id, state): both are read, extra fields are ignored.
Instance readInstanceNode(const JsonNode &node);
// Domains: objects with a `domain` field as served, or bare strings (older snapshots) → names.
QStringList readDomainsNode(const JsonNode &node);
Datacenter readDatacenterNode(const JsonNode &node);

QStringList instanceStatuses();
QStringList instanceRoles();

// Writers. An application lists its services without instances, as the platform does; a
// service's domains are written as objects ({"domain": …}) and its application, when named, as
// an object. The simulator adds the reference's identity fields and links.
QJsonObject toJson(const User &user);
QJsonObject toJson(const Application &app);
QJsonObject toJson(const Service &service, const QString &applicationName = {});
QJsonObject toJson(const Instance &instance);
QJsonObject toJson(const Datacenter &dc);
QJsonObject toJson(const TokenGrant &grant);

// The same objects as compact JSON straight into `out`, for large documents (snapshots), where
// building QJsonObjects first would take most of the time.
void write(JsonOut &out, const User &user);
void write(JsonOut &out, const Datacenter &dc);
// An application with its services in full (as toJson(service) writes them) where the platform
// lists them short; `more` writes further fields into each service's object.
void writeWithDetails(JsonOut &out, const Application &app,
                      const std::function<void(JsonOut &out, const Service &service)> &more = {});

} // namespace PlatformWire
