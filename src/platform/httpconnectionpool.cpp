#include "httpconnectionpool.h"

#include "httpconnection.h"

using namespace Qt::StringLiterals;

namespace {
// A request that changes something is not sent over a connection that sat idle this long: the
// server may be closing it, and such a request is not repeated on a fresh one blindly.
constexpr qint64 kIdleLimitForUnsafeMs = 2000;
} // namespace

HttpConnectionPool::HttpConnectionPool(QObject *parent)
    : QObject(parent)
{}

HttpConnectionPool::~HttpConnectionPool()
{
    closeAll();
}

QString HttpConnectionPool::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + u"://"_s + url.host().toLower() + u':' +
           QString::number(url.port(scheme == u"https"_s ? 443 : 80));
}

HttpExchange *HttpConnectionPool::send(const QByteArray &method, const QUrl &url,
                                       const QList<HttpExchange::Header> &headers,
                                       const QByteArray &body)
{
    auto *exchange = new HttpExchange();
    exchange->m_method = method;
    exchange->m_url = url;
    exchange->m_requestHeaders = headers;
    exchange->m_requestBody = body;
    m_waiting.append(QPointer<HttpExchange>(exchange));
    dispatch();
    return exchange;
}

void HttpConnectionPool::dispatch()
{
    for (qsizetype i = 0; i < m_waiting.size();) {
        HttpExchange *exchange = m_waiting.at(i);
        if (!exchange || exchange->isFinished()) {
            m_waiting.removeAt(i);
            continue;
        }
        const QString origin = originOf(exchange->url());
        const bool safe = exchange->method() == "GET" || exchange->method() == "HEAD";
        HttpConnection *idle = nullptr;
        int count = 0;
        for (HttpConnection *c : std::as_const(m_connections)) {
            if (c->origin() != origin || c->state() == HttpConnection::State::Closed)
                continue;
            ++count;
            if (!idle && c->state() == HttpConnection::State::Idle && !c->hasExchange() &&
                (safe || c->idleMs() < kIdleLimitForUnsafeMs))
                idle = c;
        }
        if (!idle && count >= m_maxPerOrigin) {
            // Make room: an idle connection too old for this request goes.
            for (HttpConnection *c : std::as_const(m_connections)) {
                if (c->origin() == origin && c->state() == HttpConnection::State::Idle &&
                    !c->hasExchange()) {
                    c->close();
                    --count;
                    break;
                }
            }
        }
        if (!idle && count >= m_maxPerOrigin) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        if (!idle) {
            // Reserve a new connection for this exchange.
            idle = new HttpConnection(origin, exchange->url(), this);
            connect(idle, &HttpConnection::becameIdle, this, &HttpConnectionPool::dispatch);
            connect(idle, &HttpConnection::closed, this, [this, idle] { remove(idle); });
            connect(idle, &HttpConnection::staleRequest, this, [this](HttpExchange *ex) {
                m_waiting.prepend(QPointer<HttpExchange>(ex));
                QMetaObject::invokeMethod(this, &HttpConnectionPool::dispatch,
                                          Qt::QueuedConnection);
            });
            m_connections.append(idle);
        }
        idle->start(exchange);
    }
}

void HttpConnectionPool::remove(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    QMetaObject::invokeMethod(this, &HttpConnectionPool::dispatch, Qt::QueuedConnection);
}

void HttpConnectionPool::closeAll()
{
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (const QPointer<HttpExchange> &ex : waiting)
        if (ex)
            ex->abort();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->close();
}
