#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
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
