#include "simhttpserver.h"

#include "apienvelope.h"
#include "simlogging.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

SimRequest toSimRequest(const QHttpServerRequest &request)
{
    SimRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        r.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        r.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH";
        break;
    default:
        r.method = "UNKNOWN";
        break;
    }
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = request.query();
    r.uri = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        r.uri += u'?' + url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

// Numbers and booleans become strings; in a document without any, names become numbers:
// valid JSON of the wrong shape either way.
QJsonValue wrongTypes(const QJsonValue &value, bool names, bool &changed, const QString &key = {})
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = wrongTypes(it.value(), names, changed, it.key());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = wrongTypes(a.at(i), names, changed);
        return a;
    }
    if (!names && value.isDouble()) {
        // The same number, written as a string: the fault changes the type, never the value.
        changed = true;
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0) // 2^53: exact as an integer
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (!names && value.isBool()) {
        changed = true;
        return value.toBool() ? u"yes"_s : u"no"_s;
    }
    if (names && value.isString() &&
        (key == "name"_L1 || key == "username"_L1 || key == "status"_L1)) {
        changed = true;
        return 42;
    }
    return value;
}

QJsonObject wrongTypes(const QJsonObject &document)
{
    bool changed = false;
    const QJsonObject numbers = wrongTypes(document, false, changed).toObject();
    if (changed)
        return numbers;
    return wrongTypes(document, true, changed).toObject();
}

// What an injected error says, in words a person can act on.
QString faultDescription(int status)
{
    switch (status) {
    case 405:
        return u"This method is not allowed on this resource (injected fault)"_s;
    case 409:
        return u"Another change to this application is in progress: try again when it has "
               "finished (injected fault)"_s;
    case 418:
        return u"The API is currently in maintenance mode. Please try again later"_s;
    case 429:
        return u"Too many requests: slow down and try again later (injected fault)"_s;
    case 500:
        return u"The platform failed to answer this request (injected fault)"_s;
    case 502:
    case 503:
    case 504:
        return u"The platform is unreachable for a moment: try again (injected fault)"_s;
    default:
        return u"The platform refused this request with status %1 (injected fault)"_s.arg(status);
    }
}

} // namespace

SimHttpServer::SimHttpServer(const QString &target, FaultInjector *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_target(target)
    , m_faults(faults)
{}

quint16 SimHttpServer::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SimRequest req = toSimRequest(request);
    // Admin requests are never faulted, so that faults can always be lifted.
    std::optional<Fault> fault;
    if (m_faults && !req.path.startsWith("/admin/"_L1))
        fault = m_faults->take(m_target, req.path);
    if (fault)
        qCDebug(lcSim) << m_target << "fault" << fault->kind << "on" << req.path;

    SimResponse response;
    if (fault && fault->kind == "drop"_L1) {
        socket->abort();
        return true;
    }
    if (fault && fault->kind == "status"_L1) {
        response = ApiEnvelope::error(req, fault->status, faultDescription(fault->status));
        if (fault->retryAfter >= 0)
            response.setHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else {
        response = m_handler ? m_handler(req) : ApiEnvelope::error(req, 404, u"no handler"_s);
    }
    if (fault && fault->kind == "latency"_L1) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault->latencyMs, socket, [this, guarded, req, response, fault] {
            if (guarded)
                write(guarded, req, response, fault);
        });
        return true;
    }
    write(socket, req, response, fault);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(socket, toSimRequest(request), ApiEnvelope::error({}, 404, u"not found"_s), {});
}

QByteArray SimHttpServer::head(const SimResponse &response, qint64 contentLength, bool close) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                   ApiEnvelope::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && response.status != 304)
        h += "Content-Type: " + response.contentType + "\r\n";
    if (contentLength >= 0)
        h += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    h += "X-DotCloud-TraceID: " + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
         "\r\n";
    for (const auto &[name, value] : m_fixedHeaders)
        h += name + ": " + value + "\r\n";
    for (const auto &[name, value] : response.headers)
        h += name + ": " + value + "\r\n";
    if (close)
        h += "Connection: close\r\n";
    h += "\r\n";
    return h;
}

void SimHttpServer::write(QTcpSocket *socket, const SimRequest &request, SimResponse response,
                          const std::optional<Fault> &fault)
{
    const bool close = request.header("connection").toLower() == "close";
    if (response.stream) {
        socket->write(head(response, -1, true) + response.body);
        m_streams.append(QPointer<QTcpSocket>(socket));
        return;
    }
    const QString kind = fault ? fault->kind : QString();
    if (kind == "malformed"_L1) {
        response.status = 200;
        response.body = response.body.left(response.body.size() / 2) + "<html><body>502 Bad "
                                                                       "Gateway</body>";
    } else if (kind == "oversized"_L1) {
        response.status = 200;
        const QByteArray prefix = R"({"request":{},"links":[],"objects":[],"padding":")";
        const QByteArray suffix = "\"}";
        const qint64 fill = std::max<qint64>(0, fault->bytes - prefix.size() - suffix.size());
        response.body = prefix + QByteArray(fill, 'x') + suffix;
    } else if (kind == "wrong-types"_L1) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (doc.isObject())
            response.body = QJsonDocument(wrongTypes(doc.object())).toJson(QJsonDocument::Compact);
    }
    if (request.method == "HEAD" || response.status == 304) {
        socket->write(head(response, response.status == 304 ? -1 : response.body.size(), close));
    } else if (kind == "truncated"_L1) {
        // The full length is announced, half is sent, then the connection is cut.
        socket->write(head(response, response.body.size(), true) +
                      response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    } else {
        socket->write(head(response, response.body.size(), close) + response.body);
    }
    if (close)
        socket->disconnectFromHost();
}

void SimHttpServer::writeToStreams(const QByteArray &chunk)
{
    for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
        QTcpSocket *s = m_streams[i];
        if (!s || s->state() != QAbstractSocket::ConnectedState) {
            m_streams.removeAt(i);
            continue;
        }
        s->write(chunk);
    }
}

int SimHttpServer::streamCount() const
{
    int n = 0;
    for (const auto &s : m_streams)
        if (s && s->state() == QAbstractSocket::ConnectedState)
            ++n;
    return n;
}

void SimHttpServer::closeStreams()
{
    for (const auto &s : std::as_const(m_streams))
        if (s)
            s->disconnectFromHost();
    m_streams.clear();
}
