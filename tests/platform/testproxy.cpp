#include "testproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace {

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return lines.at(i).mid(colon + 1).trimmed();
    }
    return {};
}

// Links two sockets both ways until either closes.
void pipe(QTcpSocket *a, QTcpSocket *b)
{
    // QAbstractSocket: a socket being destroyed emits disconnected() when only that part is left.
    const QPointer<QAbstractSocket> ga(a), gb(b);
    QObject::connect(a, &QTcpSocket::readyRead, b, [ga, gb] {
        if (ga && gb)
            gb->write(ga->readAll());
    });
    QObject::connect(b, &QTcpSocket::readyRead, a, [ga, gb] {
        if (ga && gb)
            ga->write(gb->readAll());
    });
    QObject::connect(a, &QTcpSocket::disconnected, b, [gb] {
        if (gb)
            gb->disconnectFromHost();
    });
    QObject::connect(b, &QTcpSocket::disconnected, a, [ga, gb] {
        if (ga && gb) {
            ga->write(gb->readAll());
            ga->disconnectFromHost();
        }
    });
}

} // namespace

TestProxy::TestProxy(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = nextPendingConnection()) {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

void TestProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuthorization = "Basic " + QByteArray(user + ':' + password).toBase64();
}

bool TestProxy::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray TestProxy::hostAndPort() const
{
    return "127.0.0.1:" + QByteArray::number(serverPort());
}

bool TestProxy::authorized(const QByteArray &head) const
{
    return m_expectedAuthorization.isEmpty() ||
           headerValue(head, "Proxy-Authorization") == m_expectedAuthorization;
}

void TestProxy::onClientData(QTcpSocket *client)
{
    if (client->property("tunnel").toBool())
        return; // the pipe reads it
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QByteArray head = buffer.left(headEnd);
        const qsizetype length = headerValue(head, "Content-Length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);

        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        m_requests.append(method + ' ' + target);
        if (!authorized(head)) {
            ++m_rejected;
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                          "Content-Length: 0\r\n\r\n");
            continue;
        }
        if (method == "CONNECT") {
            if (m_refuseConnect) {
                client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            client->setProperty("buffer", QByteArray());
            startTunnel(client, target);
            return;
        }
        forward(client, method, target, head, body);
    }
    client->setProperty("buffer", buffer);
}

void TestProxy::startTunnel(QTcpSocket *client, const QByteArray &target)
{
    client->setProperty("tunnel", true);
    const qsizetype colon = target.lastIndexOf(':');
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        pipe(client, upstream);
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState) {
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
        }
    });
    upstream->connectToHost(QString::fromLatin1(target.left(colon)),
                            quint16(target.mid(colon + 1).toUInt()));
}

// One request in the absolute form, sent on in the origin form over a connection of its own;
// the answer goes back as it comes.
void TestProxy::forward(QTcpSocket *client, const QByteArray &method, const QByteArray &target,
                        const QByteArray &head, const QByteArray &body)
{
    const QUrl url = QUrl::fromEncoded(target);
    QByteArray rewritten = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        rewritten += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    rewritten += " HTTP/1.1\r\n";
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.toLower().startsWith("proxy-") ||
            line.toLower().startsWith("connection:") || line.toLower().startsWith("keep-alive:"))
            continue;
        rewritten += line + "\r\n";
    }
    rewritten += "Connection: close\r\n\r\n" + body;

    // A previous answer on this client connection is complete once a new request arrives.
    if (auto *previous = client->findChild<QTcpSocket *>())
        previous->deleteLater();
    auto *upstream = new QTcpSocket(client);
    const QPointer<QAbstractSocket> guardedClient(client);
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, rewritten] { upstream->write(rewritten); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, guardedClient] {
        if (guardedClient)
            guardedClient->write(upstream->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, guardedClient] {
        if (guardedClient && upstream->state() != QAbstractSocket::ConnectedState &&
            upstream->bytesAvailable() == 0)
            guardedClient->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
    });
    upstream->connectToHost(url.host(), quint16(url.port(80)));
}
