#include "apienvelope.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The request's path and query with an OAuth2 token left out: links and echoes never repeat a
// secret that came in the query.
QString withoutAccessToken(const QString &uri)
{
    const qsizetype question = uri.indexOf(u'?');
    if (question < 0 || !uri.contains("access_token="_L1))
        return uri;
    QStringList kept;
    const QStringList items = uri.mid(question + 1).split(u'&');
    for (const QString &item : items)
        if (!item.startsWith("access_token="_L1) && item != "access_token"_L1)
            kept.append(item);
    const QString path = uri.left(question);
    return kept.isEmpty() ? path : path + u'?' + kept.join(u'&');
}

QString remoteAddress(const QHostAddress &peer)
{
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : peer.toString();
}

QByteArray linkHeader(const QJsonArray &links)
{
    QByteArray header;
    for (const QJsonValue &link : links) {
        if (!header.isEmpty())
            header += ", ";
        header += '<' + link[u"href"_s].toString().toUtf8() + ">; rel=\"" +
                  link[u"rel"_s].toString().toUtf8() + '"';
    }
    return header;
}

} // namespace

QJsonObject ApiEnvelope::request(const SimRequest &request)
{
    const QString uri = withoutAccessToken(request.uri);
    if (request.apiBase.isEmpty())
        return {{u"method"_s, QString::fromLatin1(request.method)}, {u"uri"_s, uri}};
    return {{u"method"_s, QString::fromLatin1(request.method)},
            {u"remote_addr"_s, remoteAddress(request.peer)},
            {u"auth_user"_s, request.authUser.isUndefined() ? QJsonValue() : request.authUser},
            {u"uri"_s, QString(request.apiBase + uri)}};
}

QJsonArray ApiEnvelope::selfLink(const QString &baseUrl, const SimRequest &request)
{
    const QString self = baseUrl + withoutAccessToken(request.uri);
    const QString canonical =
        request.canonicalUri.isEmpty() ? self : baseUrl + request.canonicalUri;
    return {QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, self}},
            QJsonObject{{u"rel"_s, u"canonical"_s}, {u"href"_s, canonical}}};
}

SimResponse ApiEnvelope::json(const QJsonObject &body, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse ApiEnvelope::object(const SimRequest &request, const QString &baseUrl,
                                const QJsonObject &object, int status)
{
    const QJsonArray links = selfLink(baseUrl, request);
    SimResponse r = json(
        {{u"request"_s, ApiEnvelope::request(request)}, {u"links"_s, links}, {u"object"_s, object}},
        status);
    r.setHeader("Link", linkHeader(links));
    return r;
}

SimResponse ApiEnvelope::objects(const SimRequest &request, const QString &baseUrl,
                                 const QJsonArray &objects)
{
    const QJsonArray links = selfLink(baseUrl, request);
    SimResponse r = json({{u"request"_s, ApiEnvelope::request(request)},
                          {u"links"_s, links},
                          {u"objects"_s, objects}});
    r.setHeader("Link", linkHeader(links));
    return r;
}

SimResponse ApiEnvelope::error(const SimRequest &request, int code, const QString &description)
{
    return json({{u"request"_s, ApiEnvelope::request(request)},
                 {u"error"_s, QJsonObject{{u"title"_s, title(code)},
                                          {u"code"_s, code},
                                          {u"description"_s, description}}}},
                code);
}

QString ApiEnvelope::title(int code)
{
    switch (code) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 418:
        return u"Maintenance"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return u"Error"_s;
    }
}

QByteArray ApiEnvelope::reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 418:
        return "I'm a teapot";
    default:
        return code >= 400 ? title(code).toLatin1() : QByteArray("OK");
    }
}
