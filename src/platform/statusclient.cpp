#include "statusclient.h"

#include "platformlogging.h"
#include "statuswire.h"

#include <QEventLoop>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kSummaryPath = "/api/v2/summary.json";
constexpr auto kNativeStatusPath = "/v1/status";
constexpr qint64 kMaxStreamLine = 1024 * 1024;
// The stream sends keep-alives; this long without a byte means it is dead.
constexpr int kStreamIdleTimeoutMs = 120000;
// Longest wait before a failed poll is tried again.
constexpr int kMaxRetryMs = 30000;

QString stripSuffix(const QString &path, QLatin1StringView suffix)
{
    return path.endsWith(suffix) ? path.chopped(suffix.size()) : path;
}
} // namespace

Result<StatusClient::Kind> StatusClient::kindFromName(const QString &name)
{
    if (name == "auto"_L1)
        return Kind::Auto;
    if (name == "native"_L1)
        return Kind::Native;
    if (name == "statuspage"_L1)
        return Kind::Statuspage;
    return Result<Kind>::failure(
        u"unknown status kind \"%1\": use native, statuspage or auto"_s.arg(name));
}

QString StatusClient::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Native:
        return u"native"_s;
    case Kind::Statuspage:
        return u"statuspage"_s;
    case Kind::Auto:
        break;
    }
    return u"auto"_s;
}

StatusClient::StatusClient(QObject *parent)
    : QObject(parent)
    , m_layer(new RequestLayer(this))
    , m_streamLayer(new RequestLayer(this))
{
    applyNetworkOptions();
    m_pollTimer.setTimerType(Qt::VeryCoarseTimer);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &StatusClient::pollNow);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        openStream();
        pollNow(); // catch up with whatever was posted while the stream was down
    });
}

StatusClient::~StatusClient()
{
    stop();
}

void StatusClient::setUrl(const QUrl &url, Kind kind)
{
    const bool wasRunning = m_running;
    stop();
    m_url = url;
    m_configuredKind = kind;
    m_kind = kind;
    m_baseUrl = url;
    QString path = url.path();
    if (path.endsWith(QLatin1StringView(kSummaryPath))) {
        if (kind == Kind::Auto)
            m_kind = Kind::Statuspage;
        path = stripSuffix(path, QLatin1StringView(kSummaryPath));
    } else if (path.endsWith(QLatin1StringView(kNativeStatusPath))) {
        if (kind == Kind::Auto)
            m_kind = Kind::Native;
        path = stripSuffix(path, QLatin1StringView(kNativeStatusPath));
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    m_baseUrl.setPath(path);
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
    m_statusEtag.clear();
    m_updatesEtag.clear();
    m_updatesEtagUrl.clear();
    m_snapshot = StatusSnapshot();
    m_snapshot.source = url.toString();
    if (wasRunning)
        start();
}

void StatusClient::setInterval(std::chrono::seconds interval)
{
    m_interval = interval;
    if (m_running)
        m_pollTimer.start(std::chrono::milliseconds(this->interval()));
}

std::chrono::seconds StatusClient::interval() const
{
    if (m_interval.count() > 0)
        return m_interval;
    return m_kind == Kind::Statuspage ? defaultStatuspageInterval : defaultNativeInterval;
}

void StatusClient::setStreamingEnabled(bool enabled)
{
    m_streamingEnabled = enabled;
    if (enabled && m_running && m_kind == Kind::Native && !m_stream && !m_reconnectTimer.isActive())
        openStream();
    if (!enabled && m_stream) {
        m_streamLayer->abort(m_stream);
        m_stream = 0;
        setStreamConnected(false);
    }
}

void StatusClient::setStreamBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_backoffFirst = first;
    m_backoffMax = std::max(first, max);
    m_backoff = first;
}

void StatusClient::start()
{
    m_running = true;
    m_pollTimer.start(std::chrono::milliseconds(interval()));
    pollNow();
}

void StatusClient::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_reconnectTimer.stop();
    m_pollAgain = false;
    m_step = Step::Idle;
    if (m_reply) {
        m_layer->abort(m_reply); // its callback is then never called
        m_reply = 0;
    }
    if (m_stream) {
        m_streamLayer->abort(m_stream);
        m_stream = 0;
    }
    setStreamConnected(false);
    m_backoff = m_backoffFirst;
    m_retry = m_retryFirst;
}

QString StatusClient::checkUrl() const
{
    if (!m_url.isValid() || m_url.host().isEmpty())
        return u"\"%1\" is not a valid status URL"_s.arg(m_url.toString());
    const QString scheme = m_url.scheme();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return u"%1: only http and https status URLs are supported"_s.arg(m_url.toString());
    if (scheme == "http"_L1 && !m_allowPlainHttp) {
        const QHostAddress address(m_url.host());
        const bool loopback = m_url.host() == "localhost"_L1 || address.isLoopback();
        if (!loopback)
            return u"%1: plain http:// is only used for this computer; use https://"_s.arg(
                m_url.toString());
    }
    return {};
}

QUrl StatusClient::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void StatusClient::setNetworkOptions(const RequestLayerOptions &options)
{
    m_networkOptions = options;
    applyNetworkOptions();
}

void StatusClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    applyNetworkOptions();
}

void StatusClient::applyNetworkOptions()
{
    // Proxy, CA bundle and the like come from the caller; caps and timeouts are the status
    // client's own: status answers are small, and a status read must not hang.
    RequestLayerOptions polls = m_networkOptions;
    polls.maxParallel = 2;
    polls.maxResponseBytes = StatusWire::maxStatusBytes;
    polls.connectTimeoutMs = int(m_requestTimeout.count());
    polls.stallTimeoutMs = int(m_requestTimeout.count());
    polls.requestDeadlineMs = int(std::max<qint64>(m_requestTimeout.count(), 1000));
    polls.maxRetries = 0; // a failed poll is retried by the client's own schedule
    polls.allowInsecureHttp = polls.allowInsecureHttp || m_allowPlainHttp;
    m_layer->setOptions(polls);
    RequestLayerOptions stream = polls;
    stream.maxParallel = 1;
    stream.stallTimeoutMs = kStreamIdleTimeoutMs; // the stream sends keep-alives
    stream.requestDeadlineMs = 0;
    m_streamLayer->setOptions(stream);
}

HttpRequest StatusClient::request(const QUrl &url, const QByteArray &etag) const
{
    HttpRequest req;
    req.url = url;
    req.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    req.headers.append(
        {QByteArray("User-Agent"), QByteArray("scaling-advisor/" SA_VERSION " (status)")});
    if (!etag.isEmpty())
        req.headers.append({QByteArray("If-None-Match"), etag});
    return req;
}

void StatusClient::countReply(const HttpResponse &response)
{
    qint64 bytes = response.body.size() + 17; // "HTTP/1.1 200 OK\r\n"
    for (const auto &header : response.headers)
        bytes += header.first.size() + header.second.size() + 4;
    m_stats.bytesReceived += bytes;
}

Result<QByteArray> StatusClient::takeBody(const HttpResponse &response, bool *notModified)
{
    *notModified = false;
    countReply(response);
    const QString where = response.url.toString();
    switch (response.error) {
    case HttpResponse::Error::None:
        break;
    case HttpResponse::Error::TooLarge:
        return Result<QByteArray>::failure(
            u"%1: answer larger than %2 bytes"_s.arg(where).arg(StatusWire::maxStatusBytes));
    case HttpResponse::Error::Timeout:
    case HttpResponse::Error::Deadline:
        return Result<QByteArray>::failure(
            u"%1: no answer within %2 s"_s.arg(where).arg(m_requestTimeout.count() / 1000.0));
    case HttpResponse::Error::Redirect:
        // A redirect loop says so ("too many redirects"), not the last 302.
        return Result<QByteArray>::failure(response.errorMessage.contains(u"Too many redirects"_s)
                                               ? u"%1: too many redirects"_s.arg(where)
                                               : u"%1: %2"_s.arg(where, response.errorMessage));
    default:
        return Result<QByteArray>::failure(u"%1: %2"_s.arg(where, response.errorMessage));
    }
    if (response.status == 304) {
        ++m_stats.notModified;
        *notModified = true;
        return QByteArray();
    }
    if (response.status != 200) // the reason phrase is the server's text: left out
        return Result<QByteArray>::failure(u"%1: HTTP %2"_s.arg(where).arg(response.status));
    return response.body;
}

void StatusClient::pollNow()
{
    if (m_step != Step::Idle) {
        m_pollAgain = true;
        return;
    }
    ++m_stats.polls;
    m_pending = m_snapshot;
    if (const QString error = checkUrl(); !error.isEmpty()) {
        finishPoll(error);
        return;
    }
    switch (m_kind) {
    case Kind::Auto:
        m_probeError.clear();
        runStep(Step::ProbeNative);
        break;
    case Kind::Native:
        runStep(Step::NativeStatus);
        break;
    case Kind::Statuspage:
        runStep(Step::Summary);
        break;
    }
}

void StatusClient::checkNow()
{
    m_retry = m_retryFirst;
    if (m_running && m_reconnectTimer.isActive()) {
        m_reconnectTimer.stop();
        m_backoff = m_backoffFirst;
        openStream();
    }
    pollNow();
}

QString StatusClient::lastUpdateId() const
{
    // Native ids are increasing integers: ask for what is newer than the largest known.
    qlonglong best = -1;
    for (const IncidentUpdate &u : m_snapshot.updates) {
        bool ok = false;
        const qlonglong id = u.id.toLongLong(&ok);
        if (ok)
            best = std::max(best, id);
    }
    return best < 0 ? QString() : QString::number(best);
}

void StatusClient::runStep(Step step)
{
    m_step = step;
    QUrl url;
    QByteArray etag;
    switch (step) {
    case Step::Idle:
        return;
    case Step::ProbeNative:
        url = endpoint(QString::fromLatin1(kNativeStatusPath));
        break;
    case Step::ProbeStatuspage:
        url = endpoint(QString::fromLatin1(kSummaryPath));
        break;
    case Step::NativeStatus:
        url = endpoint(QString::fromLatin1(kNativeStatusPath));
        etag = m_statusEtag;
        break;
    case Step::NativeUpdates: {
        const QString since = lastUpdateId();
        const QString limit = u"limit=%1"_s.arg(maxUpdatesKept);
        url = endpoint(u"/v1/status/updates"_s,
                       since.isEmpty() ? limit : QString(u"since="_s + since + u'&' + limit));
        if (url == m_updatesEtagUrl)
            etag = m_updatesEtag;
        break;
    }
    case Step::Summary:
        url = endpoint(QString::fromLatin1(kSummaryPath));
        etag = m_statusEtag;
        break;
    }
    ++m_stats.requests;
    const RequestLayer::Id id = m_layer->send(
        request(url, etag), [this, step](const HttpResponse &r) { onReply(r, step); });
    m_reply = id;
}

void StatusClient::onReply(const HttpResponse &response, Step step)
{
    if (step != m_step)
        return; // stopped or replaced meanwhile
    m_reply = 0;
    bool notModified = false;
    const auto body = takeBody(response, &notModified);
    const QByteArray etag = response.header("ETag");

    auto applyNativeStatus = [this](const StatusSnapshot &s) {
        m_pending.indicator = s.indicator;
        m_pending.outageFlag = s.outageFlag;
        m_pending.description = s.description;
        m_pending.updatedAt = s.updatedAt;
        m_pending.components = s.components;
        m_pending.maintenances = s.maintenances;
    };
    auto applySummary = [this](const StatusSnapshot &s) {
        m_pending.pageUrl = s.pageUrl;
        m_pending.indicator = s.indicator;
        m_pending.outageFlag = false;
        m_pending.description = s.description;
        m_pending.updatedAt = s.updatedAt;
        m_pending.components = s.components;
        m_pending.incidents = s.incidents;
        m_pending.updates = s.updates;
        m_pending.maintenances = s.maintenances;
    };

    switch (step) {
    case Step::Idle:
        return;
    case Step::ProbeNative: {
        if (body) {
            const auto s = StatusWire::readNativeStatus(*body);
            if (s) {
                m_kind = Kind::Native;
                qCInfo(lcStatus) << "detected a native Status API at" << m_baseUrl;
                applyNativeStatus(*s);
                m_statusEtag = etag;
                runStep(Step::NativeUpdates);
                return;
            }
            m_probeError = s.error();
        } else {
            m_probeError = body.error();
        }
        runStep(Step::ProbeStatuspage);
        return;
    }
    case Step::ProbeStatuspage: {
        QString error = body ? QString() : body.error();
        if (body) {
            const auto s = StatusWire::readStatuspageSummary(*body);
            if (s) {
                m_kind = Kind::Statuspage;
                qCInfo(lcStatus) << "detected a Statuspage page at" << m_baseUrl;
                applySummary(*s);
                m_statusEtag = etag;
                finishPoll({});
                return;
            }
            error = s.error();
        }
        finishPoll(u"no status feed found at %1 (native: %2; Statuspage: %3)"_s.arg(
            m_url.toString(), m_probeError, error));
        return;
    }
    case Step::NativeStatus: {
        if (!body) {
            finishPoll(body.error());
            return;
        }
        if (!notModified) {
            const auto s = StatusWire::readNativeStatus(*body);
            if (!s) {
                finishPoll(s.error());
                return;
            }
            applyNativeStatus(*s);
            m_statusEtag = etag;
        }
        runStep(Step::NativeUpdates);
        return;
    }
    case Step::NativeUpdates: {
        if (!body) {
            finishPoll(body.error());
            return;
        }
        if (!notModified) {
            const auto fresh = StatusWire::readNativeUpdates(*body);
            if (!fresh) {
                finishPoll(fresh.error());
                return;
            }
            m_updatesEtagUrl = response.url;
            m_updatesEtag = etag;
            // Merged into what is known now, which may hold updates the stream brought.
            m_pending.updates =
                StatusSnapshot::mergeUpdates(m_snapshot.updates, *fresh, maxUpdatesKept);
        } else {
            m_pending.updates = m_snapshot.updates;
        }
        m_pending.incidents = StatusSnapshot::unresolvedIncidentsFrom(m_pending.updates);
        finishPoll({});
        return;
    }
    case Step::Summary: {
        if (!body) {
            finishPoll(body.error());
            return;
        }
        if (!notModified) {
            const auto s = StatusWire::readStatuspageSummary(*body);
            if (!s) {
                finishPoll(s.error());
                return;
            }
            applySummary(*s);
            m_statusEtag = etag;
        }
        finishPoll({});
        return;
    }
    }
}

void StatusClient::finishPoll(const QString &error)
{
    m_step = Step::Idle;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StatusSnapshot next;
    if (error.isEmpty()) {
        next = m_pending;
        next.kind = m_kind == Kind::Statuspage ? StatusSnapshot::Kind::Statuspage
                                               : StatusSnapshot::Kind::Native;
        if (next.kind == StatusSnapshot::Kind::Native)
            next.pageUrl = m_baseUrl.toString();
        next.lastSuccess = now;
        next.lastError.clear();
        next.failingSince = QDateTime();
    } else {
        // Nothing of a failed poll is applied: the last good data stays whole.
        next = m_snapshot;
        next.lastError = error;
        if (!next.failingSince.isValid())
            next.failingSince = now;
        qCWarning(lcStatus).noquote() << "status poll failed:" << error;
    }
    next.source = m_url.toString();
    m_pending = StatusSnapshot();
    publish(next);
    if (m_running) {
        // A failure is retried soon (a blip should not leave the status unknown for a whole
        // interval), backing off up to the interval while it lasts.
        const std::chrono::milliseconds full(interval());
        if (error.isEmpty()) {
            m_retry = m_retryFirst;
            m_pollTimer.start(full);
        } else {
            // Capped at 30 s: once the service is back, the banner is right again within that.
            const std::chrono::milliseconds cap =
                std::min<std::chrono::milliseconds>(full, std::chrono::milliseconds(kMaxRetryMs));
            m_pollTimer.start(std::min(m_retry, cap));
            m_retry = std::min(m_retry * 2, cap);
        }
    }
    emit pollFinished(error.isEmpty());

    // The stream is independent of the polls: it is opened once the feed is known to be native.
    if (m_running && m_kind == Kind::Native && m_streamingEnabled && !m_stream &&
        !m_reconnectTimer.isActive())
        openStream();
    if (m_pollAgain) {
        m_pollAgain = false;
        QTimer::singleShot(0, this, &StatusClient::pollNow);
    }
}

void StatusClient::publish(StatusSnapshot next)
{
    const bool changed = !next.sameData(m_snapshot) || next.level() != m_snapshot.level() ||
                         next.lastError != m_snapshot.lastError ||
                         next.hasData() != m_snapshot.hasData();
    m_snapshot = std::move(next);
    if (changed)
        emit snapshotChanged(m_snapshot);
}

void StatusClient::applyUpdates(const QList<IncidentUpdate> &fresh)
{
    if (fresh.isEmpty())
        return;
    m_stats.streamUpdates += fresh.size();
    StatusSnapshot next = m_snapshot;
    next.updates = StatusSnapshot::mergeUpdates(next.updates, fresh, maxUpdatesKept);
    next.incidents = StatusSnapshot::unresolvedIncidentsFrom(next.updates);
    publish(next);
    // An update usually comes with a new indicator: read it now rather than at the next tick.
    pollNow();
}

// ---- the update stream ----------------------------------------------------------------------

void StatusClient::openStream()
{
    if (m_stream || !m_running || m_kind != Kind::Native || !m_streamingEnabled)
        return;
    HttpRequest req = request(endpoint(u"/v1/status/updates"_s, u"stream"_s), {});
    req.deadlineMs = 0; // open for as long as it lasts; keep-alives feed the stall timer
    req.what = u"status stream"_s;
    ++m_stats.streamConnects;
    m_streamBuffer.clear();
    const quint64 generation = ++m_streamGeneration;
    req.onData = [this, generation](const QByteArray &piece) {
        if (generation == m_streamGeneration)
            onStreamData(piece);
    };
    m_stream = m_streamLayer->send(req, [this, generation](const HttpResponse &response) {
        if (generation != m_streamGeneration)
            return;
        if (!response.ok())
            qCInfo(lcStatus).noquote() << "status stream:" << response.errorMessage;
        else if (response.status != 200)
            qCInfo(lcStatus) << "status stream answered HTTP" << response.status;
        onStreamFinished();
    });
}

void StatusClient::dropStream()
{
    // A broken stream is closed by us: its callbacks are gone, so reconnect from here.
    if (m_stream)
        m_streamLayer->abort(m_stream);
    ++m_streamGeneration;
    onStreamFinished();
}

void StatusClient::onStreamData(const QByteArray &chunk)
{
    m_stats.bytesReceived += chunk.size();
    m_streamBuffer += chunk;
    const quint64 generation = m_streamGeneration;
    qsizetype newline;
    while ((newline = m_streamBuffer.indexOf('\n')) >= 0) {
        QByteArray line = m_streamBuffer.left(newline);
        m_streamBuffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const auto parsed = StatusWire::readStreamLine(line);
        if (!parsed) {
            qCWarning(lcStatus).noquote() << "status stream:" << parsed.error();
            dropStream(); // reconnects with backoff; polling carries on meanwhile
            return;
        }
        setStreamConnected(true);
        m_backoff = m_backoffFirst;
        switch (parsed->type) {
        case StatusWire::StreamLine::Type::KeepAlive:
        case StatusWire::StreamLine::Type::Envelope:
            break;
        case StatusWire::StreamLine::Type::Updates:
            if (m_snapshot.hasData())
                applyUpdates(parsed->updates);
            else
                pollNow();
            break;
        case StatusWire::StreamLine::Type::Status:
            if (m_snapshot.isCurrent()) {
                StatusSnapshot next = m_snapshot;
                next.indicator = parsed->status.indicator;
                next.outageFlag = parsed->status.outageFlag;
                next.description = parsed->status.description;
                next.updatedAt = parsed->status.updatedAt;
                next.components = parsed->status.components;
                next.maintenances = parsed->status.maintenances;
                publish(next);
            }
            break;
        }
        if (generation != m_streamGeneration || !m_stream)
            return; // stopped while handling the line
    }
    if (m_streamBuffer.size() > kMaxStreamLine) {
        qCWarning(lcStatus) << "status stream: a line longer than" << kMaxStreamLine << "bytes";
        dropStream();
    }
}

void StatusClient::onStreamFinished()
{
    m_stream = 0;
    setStreamConnected(false);
    if (!m_running || m_kind != Kind::Native || !m_streamingEnabled)
        return;
    qCInfo(lcStatus) << "status stream closed; reconnecting in" << m_backoff.count() << "ms";
    m_reconnectTimer.start(m_backoff);
    m_backoff = std::min(m_backoff * 2, m_backoffMax);
}

void StatusClient::setStreamConnected(bool connected)
{
    if (m_streamConnected == connected)
        return;
    m_streamConnected = connected;
    emit streamConnectedChanged(connected);
}

// ---- one-shot ---------------------------------------------------------------------------------

Result<StatusSnapshot> StatusClient::fetchOnceAndWait(const QUrl &url, Kind kind,
                                                      std::chrono::milliseconds timeout)
{
    StatusClient client;
    client.setStreamingEnabled(false);
    client.setRequestTimeout(timeout);
    client.setUrl(url, kind);
    QEventLoop loop;
    bool finished = false;
    connect(&client, &StatusClient::pollFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout * 2 + std::chrono::seconds(1), &loop, &QEventLoop::quit);
    client.pollNow();
    if (!finished)
        loop.exec();
    if (!finished)
        return Result<StatusSnapshot>::failure(u"%1: no answer in time"_s.arg(url.toString()));
    const StatusSnapshot snap = client.snapshot();
    if (!snap.isCurrent())
        return Result<StatusSnapshot>::failure(snap.lastError);
    return snap;
}
