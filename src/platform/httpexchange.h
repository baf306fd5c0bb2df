#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class HttpConnection;

// One HTTP/1.1 request and its answer, sent by HttpConnectionPool over a kept-alive connection.
// Signals arrive in this order: requestSent, then any number of responseStarted /
// bytesReceived, then exactly one finished (always from the event loop, never from inside a
// call of this object).
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        Connect,  // could not connect (refused, unreachable, unknown host)
        Tls,      // TLS handshake or certificate failure
        Closed,   // the connection closed before the answer was complete
        Protocol, // not an HTTP/1.x answer
        Aborted,
    };

    struct Header
    {
        QByteArray name;
        QByteArray value;
    };

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

    // The answer, as far as it came.
    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const;         // case-insensitive; first match
    qint64 contentLength() const { return m_contentLength; } // -1 when not announced
    const QByteArray &body() const { return m_body; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }

    // Stops the exchange (its connection is closed); finished follows.
    void abort();

signals:
    void requestSent();
    void responseStarted(); // status line and headers are in
    void bytesReceived(qint64 bodyBytes);
    void finished();

private:
    friend class HttpConnection;
    friend class HttpConnectionPool;
    explicit HttpExchange(QObject *parent = nullptr);
    void finish(Error error, const QString &message);

    QByteArray m_method;
    QUrl m_url;
    QList<Header> m_requestHeaders;
    QByteArray m_requestBody;

    int m_status = 0;
    QList<Header> m_headers;
    qint64 m_contentLength = -1;
    QByteArray m_body;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_finished = false;
    bool m_retriedOnFreshConnection = false;
    HttpConnection *m_connection = nullptr;
};
