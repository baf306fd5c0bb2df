#include "httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

// Headers larger than this are not an HTTP answer we want to read.
constexpr qsizetype kMaxHeaderBytes = 256 * 1024;

HttpExchange::Error errorKind(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::UnsupportedSocketOperationError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
        return HttpExchange::Error::Connect;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return HttpExchange::Error::Tls;
    default:
        return HttpExchange::Error::Closed;
    }
}

} // namespace

HttpConnection::HttpConnection(const QString &origin, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
{
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpConnection::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        onSocketGone(m_socket->errorString(), errorKind(e));
    });
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { onSocketGone(u"Connection closed"_s, HttpExchange::Error::Closed); });
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    onSocketGone(u"TLS is not available on this system"_s,
                                 HttpExchange::Error::Tls);
                },
                Qt::QueuedConnection);
            return;
        }
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    } else {
        m_socket->connectToHost(url.host(), port);
    }
}

HttpConnection::~HttpConnection()
{
    if (m_exchange && !m_exchange->isFinished())
        m_exchange->finish(HttpExchange::Error::Aborted, u"Operation canceled"_s);
}

void HttpConnection::start(HttpExchange *exchange)
{
    m_exchange = exchange;
    exchange->m_connection = this;
    resetParser();
    if (m_state == State::Idle) {
        m_state = State::Busy;
        writeRequest();
    }
}

void HttpConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = m_exchange ? State::Busy : State::Idle;
    if (m_exchange) {
        writeRequest();
    } else {
        m_idleClock.start();
        emit becameIdle();
    }
}

void HttpConnection::writeRequest()
{
    HttpExchange *ex = m_exchange;
    const QUrl &url = ex->m_url;
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port(tls ? 443 : 80);
    if (port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);

    QByteArray out = ex->m_method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const HttpExchange::Header &h : std::as_const(ex->m_requestHeaders))
        out += h.name + ": " + h.value + "\r\n";
    if (!ex->m_requestBody.isEmpty() || (ex->m_method != "GET" && ex->m_method != "HEAD"))
        out += "Content-Length: " + QByteArray::number(ex->m_requestBody.size()) + "\r\n";
    out += "\r\n";
    out += ex->m_requestBody;
    m_socket->write(out);
    // Queued: the request may go out from inside HttpConnectionPool::send, before the caller
    // had a chance to connect to the exchange.
    QMetaObject::invokeMethod(ex, &HttpExchange::requestSent, Qt::QueuedConnection);
}

void HttpConnection::resetParser()
{
    m_phase = Phase::StatusLine;
    m_remaining = 0;
    m_answerStarted = false;
    m_keepAlive = true;
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_exchange) {
        // Bytes nobody asked for: this connection cannot be trusted any more.
        if (!m_buffer.isEmpty())
            close();
        return;
    }
    m_answerStarted = true;
    parse();
}

bool HttpConnection::parse()
{
    QPointer<HttpExchange> ex = m_exchange;
    const auto fail = [this, &ex](const QString &message) {
        HttpExchange *e = ex;
        m_exchange = nullptr;
        close();
        if (e)
            e->finish(HttpExchange::Error::Protocol, message);
        return false;
    };
    for (;;) {
        if (!ex || ex->isFinished() || m_exchange != ex)
            return false;
        switch (m_phase) {
        case Phase::StatusLine: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > kMaxHeaderBytes ? fail(u"Status line too long"_s) : true;
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (!line.startsWith("HTTP/1.") || line.size() < 12)
                return fail(u"Not an HTTP/1.x answer"_s);
            bool ok = false;
            const int status = line.mid(9, 3).toInt(&ok);
            if (!ok)
                return fail(u"Not an HTTP/1.x answer"_s);
            ex->m_status = status;
            ex->m_headers.clear();
            m_keepAlive = line.at(7) != '0'; // HTTP/1.0 closes unless told otherwise
            m_phase = Phase::Headers;
            break;
        }
        case Phase::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > kMaxHeaderBytes ? fail(u"Headers too long"_s) : true;
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(u"Malformed header line"_s);
                ex->m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                break;
            }
            // End of headers.
            const int status = ex->m_status;
            if (status >= 100 && status < 200) {
                m_phase = Phase::StatusLine; // 100 Continue and friends: the answer follows
                break;
            }
            const QByteArray connection = ex->header("connection").toLower();
            if (connection.contains("close"))
                m_keepAlive = false;
            else if (connection.contains("keep-alive"))
                m_keepAlive = true;
            const QByteArray length = ex->header("content-length");
            if (!length.isEmpty()) {
                bool ok = false;
                ex->m_contentLength = length.toLongLong(&ok);
                if (!ok || ex->m_contentLength < 0)
                    return fail(u"Malformed Content-Length"_s);
            }
            if (ex->m_method == "HEAD" || status == 204 || status == 304) {
                m_remaining = 0;
                m_phase = Phase::FixedBody;
            } else if (ex->header("transfer-encoding").toLower().contains("chunked")) {
                ex->m_contentLength = -1;
                m_phase = Phase::ChunkSize;
            } else if (ex->m_contentLength >= 0) {
                m_remaining = ex->m_contentLength;
                m_phase = Phase::FixedBody;
            } else {
                m_keepAlive = false;
                m_phase = Phase::UntilClose;
            }
            emit ex->responseStarted();
            break;
        }
        case Phase::FixedBody: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0) {
                ex->m_body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
                emit ex->bytesReceived(ex->m_body.size());
                if (!ex || m_exchange != ex)
                    return false;
            }
            if (m_remaining > 0)
                return true;
            completeExchange();
            return false;
        }
        case Phase::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > 1024 ? fail(u"Malformed chunk"_s) : true;
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            m_remaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(u"Malformed chunk size"_s);
            m_phase = m_remaining == 0 ? Phase::ChunkTrailer : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            // The chunk's bytes, then its CRLF.
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0) {
                ex->m_body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
                emit ex->bytesReceived(ex->m_body.size());
                if (!ex || m_exchange != ex)
                    return false;
            }
            if (m_remaining > 0 || m_buffer.size() < 2)
                return true;
            if (!m_buffer.startsWith("\r\n"))
                return fail(u"Malformed chunk"_s);
            m_buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::ChunkTrailer: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return true;
            const bool last = end == 0;
            m_buffer.remove(0, end + 2);
            if (last) {
                completeExchange();
                return false;
            }
            break;
        }
        case Phase::UntilClose:
            if (!m_buffer.isEmpty()) {
                ex->m_body += m_buffer;
                m_buffer.clear();
                emit ex->bytesReceived(ex->m_body.size());
            }
            return true;
        }
    }
}

void HttpConnection::completeExchange()
{
    HttpExchange *ex = m_exchange;
    m_exchange = nullptr;
    resetParser();
    m_reused = true;
    if (ex)
        ex->finish(HttpExchange::Error::None, QString());
    if (!m_keepAlive || !m_buffer.isEmpty()) {
        close();
        return;
    }
    m_state = State::Idle;
    m_idleClock.start();
    emit becameIdle();
}

void HttpConnection::onSocketGone(const QString &message, HttpExchange::Error error)
{
    if (m_state == State::Closed)
        return;
    HttpExchange *ex = m_exchange;
    if (ex && m_phase == Phase::UntilClose && m_buffer.isEmpty() &&
        error == HttpExchange::Error::Closed) {
        // The answer ran until the server closed: that close is its end.
        m_keepAlive = false;
        completeExchange();
        return;
    }
    m_exchange = nullptr;
    const bool stale = ex && m_reused && !m_answerStarted && !ex->m_retriedOnFreshConnection &&
                       error == HttpExchange::Error::Closed;
    close();
    if (!ex)
        return;
    if (stale) {
        ex->m_retriedOnFreshConnection = true;
        ex->m_connection = nullptr;
        emit staleRequest(ex);
        return;
    }
    ex->finish(error, message);
}

void HttpConnection::abortExchange()
{
    HttpExchange *ex = m_exchange;
    m_exchange = nullptr;
    close();
    if (ex)
        ex->finish(HttpExchange::Error::Aborted, u"Operation canceled"_s);
}

void HttpConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_socket->disconnect(this);
    m_socket->abort();
    if (m_exchange) {
        HttpExchange *ex = m_exchange;
        m_exchange = nullptr;
        ex->finish(HttpExchange::Error::Aborted, u"Operation canceled"_s);
    }
    emit closed();
}
