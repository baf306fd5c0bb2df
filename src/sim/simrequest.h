#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the simulator's handlers see it, independent of the server that parsed it.
struct SimRequest
{
    QByteArray method; // "GET", "PATCH", …
    QString path;      // "/v1/me/applications", decoded
    QUrlQuery query;
    QString uri;                           // path and query as sent, for the envelope's request.uri
    QHash<QByteArray, QByteArray> headers; // keys in lower case
    QByteArray body;
    QHostAddress peer;

    // Set by the Platform API, which echoes requests as its reference documents them: the base
    // the full `request.uri` is built on, the authenticated user (`request.auth_user`, null when
    // none) and the canonical path of the resource when it differs from the one asked for
    // (/v1/me/… is canonically /v1/users/NAME/…).
    QString apiBase;
    QJsonValue authUser;
    QString canonicalUri;

    QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    // The media type of the body without parameters ("application/json").
    QByteArray contentType() const
    {
        return header("content-type").split(';').first().trimmed().toLower();
    }
};
