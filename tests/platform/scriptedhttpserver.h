#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
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
        Response() = default;
        Response(int code, QList<std::pair<QByteArray, QByteArray>> fields, QByteArray content)
            : status(code)
            , headers(std::move(fields))
            , body(std::move(content))
        {}

        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray raw;          // when set, written as it is instead of the above
        bool closeAfter = false; // close the connection once written
        bool dribble = false;    // written one byte at a time, a millisecond apart
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(Handler handler, QObject *parent = nullptr);

    // Serves https with this certificate instead of plain http.
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on 127.0.0.1, any free port.
    bool start();
    QByteArray origin() const; // "http://127.0.0.1:PORT"
    const QList<Request> &requests() const { return m_requests; }
    // Answers this long after a request arrives, so that requests overlap.
    void setAnswerDelay(int ms) { m_delayMs = ms; }
    int connectionCount() const { return m_connections; }
    // The most requests received and not yet answered at any one time.
    int maxInFlight() const { return m_maxInFlight; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter, bool dribble);

    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_delayMs = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
