#pragma once

#include "httpexchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// One kept-alive HTTP/1.1 connection to one origin, carrying one exchange at a time (no
// pipelining). Used by HttpConnectionPool only.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,
        Idle,
        Busy,
        Closed
    };

    HttpConnection(const QString &origin, const QUrl &url, QObject *parent = nullptr);
    ~HttpConnection() override;

    QString origin() const { return m_origin; }
    State state() const { return m_state; }
    bool hasExchange() const { return !m_exchange.isNull(); }
    qint64 idleMs() const { return m_idleClock.isValid() ? m_idleClock.elapsed() : 0; }

    // Starts the exchange now if connected, or as soon as the connection is up.
    void start(HttpExchange *exchange);
    void abortExchange();
    void close();

signals:
    void becameIdle();
    void closed();
    // The server closed a reused connection before answering: the request was never read.
    void staleRequest(HttpExchange *exchange);

private:
    void onConnected();
    void onReadyRead();
    void onSocketGone(const QString &message, HttpExchange::Error error);
    void writeRequest();
    bool parse(); // false: stop (the exchange ended or the connection closed)
    void completeExchange();
    void resetParser();

    QString m_origin;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Connecting;
    QPointer<HttpExchange> m_exchange;
    QByteArray m_buffer;
    bool m_reused = false;        // carried an exchange before the current one
    bool m_answerStarted = false; // a byte of the current answer arrived
    bool m_keepAlive = true;
    QElapsedTimer m_idleClock;

    enum class Phase
    {
        StatusLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        UntilClose,
    };
    Phase m_phase = Phase::StatusLine;
    qint64 m_remaining = 0;
};
