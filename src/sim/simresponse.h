#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// What a handler answers. A streaming answer keeps the connection open: `body` is its first
// chunk and later chunks are pushed by the server.
struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool stream = false;
    // Set when the body is the platform envelope of a JSON answer (faults may rewrite it).
    bool json = true;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};
