#pragma once

#include "httpexchange.h"

#include <QList>
#include <QObject>
#include <QPointer>

class HttpConnection;

// A small single-threaded HTTP/1.1 client: kept-alive connections per origin (scheme, host,
// port), at most maxConnectionsPerOrigin of them, TLS verified by QSslSocket for https. The
// Platform client uses it instead of QNetworkAccessManager, whose per-request thread hand-offs
// made a thousand-application fetch several times slower than curl on the same server.
//
// It only moves bytes: no redirects, no authentication, no cookies, no proxies, no compression.
class HttpConnectionPool : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnectionPool(QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    void setMaxConnectionsPerOrigin(int max) { m_maxPerOrigin = qMax(1, max); }

    // The exchange belongs to the caller (delete it, or deleteLater, once finished).
    HttpExchange *send(const QByteArray &method, const QUrl &url,
                       const QList<HttpExchange::Header> &headers, const QByteArray &body = {});

    // Closes every connection (pending exchanges finish as Aborted).
    void closeAll();
    int connectionCount() const { return int(m_connections.size()); }

private:
    void dispatch();
    void remove(HttpConnection *connection);
    static QString originOf(const QUrl &url);

    int m_maxPerOrigin = 6;
    QList<HttpConnection *> m_connections;
    QList<QPointer<HttpExchange>> m_waiting;
};
