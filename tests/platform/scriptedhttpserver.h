#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 for what the simulator cannot play: another origin that a
// redirect points to, recording every request it receives with its headers.
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens on 127.0.0.1, any free port.
    bool start();
    QByteArray origin() const; // "http://127.0.0.1:PORT"
    const QList<Request> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
