#include "apienvelope.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject ApiEnvelope::request(const SimRequest &request)
{
    return {{u"method"_s, QString::fromLatin1(request.method)}, {u"uri"_s, request.uri}};
}

QJsonArray ApiEnvelope::selfLink(const QString &baseUrl, const SimRequest &request)
{
    return {QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, QString(baseUrl + request.uri)}}};
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
    SimResponse r = json({{u"request"_s, ApiEnvelope::request(request)},
                          {u"links"_s, selfLink(baseUrl, request)},
                          {u"object"_s, object}},
                         status);
    r.setHeader("Link", "<" + (baseUrl + request.uri).toUtf8() + ">; rel=\"self\"");
    return r;
}

SimResponse ApiEnvelope::objects(const SimRequest &request, const QString &baseUrl,
                                 const QJsonArray &objects)
{
    SimResponse r = json({{u"request"_s, ApiEnvelope::request(request)},
                          {u"links"_s, selfLink(baseUrl, request)},
                          {u"objects"_s, objects}});
    r.setHeader("Link", "<" + (baseUrl + request.uri).toUtf8() + ">; rel=\"self\"");
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
