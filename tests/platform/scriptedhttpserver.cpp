#include "scriptedhttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::ScriptedHttpServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

void ScriptedHttpServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void ScriptedHttpServer::incomingConnection(qintptr descriptor)
{
    if (m_certificate.isNull()) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->startServerEncryption();
    addPendingConnection(socket);
}

bool ScriptedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedHttpServer::origin() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort());
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);

        const Response response = m_handler(request);
        QByteArray out = response.raw;
        if (out.isEmpty()) {
            out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            out += response.body;
        }
        answer(socket, out, response.closeAfter, response.dribble);
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter,
                                bool dribble)
{
    const auto write = [this, bytes, closeAfter, dribble](QTcpSocket *s) {
        --m_inFlight;
        if (!s)
            return;
        if (dribble) {
            const QPointer<QTcpSocket> guarded(s);
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QTimer::singleShot(int(i), this, [guarded, byte = bytes.mid(i, 1)] {
                    if (guarded) {
                        guarded->write(byte);
                        guarded->flush();
                    }
                });
            }
            if (closeAfter)
                QTimer::singleShot(int(bytes.size()) + 1, this, [guarded] {
                    if (guarded)
                        guarded->disconnectFromHost();
                });
            return;
        }
        s->write(bytes);
        if (closeAfter)
            s->disconnectFromHost();
    };
    if (m_delayMs <= 0) {
        write(socket);
        return;
    }
    QTimer::singleShot(m_delayMs, this,
                       [write, guarded = QPointer<QTcpSocket>(socket)] { write(guarded); });
}
