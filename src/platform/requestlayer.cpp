#include "requestlayer.h"

#include "platformlogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRedirects = 5;
// Qt Network 6.4 opens at most this many HTTP/1 connections to one host and port, and keeps
// further requests to it in a queue of its own thread (QHttp1Configuration, which changes it,
// came with Qt 6.5).
constexpr int kQtConnectionsPerHost = 6;

QString originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' +
           QString::number(url.port(defaultPort));
}

// The proxy factory of the layer's QNetworkAccessManager: asks the configuration, once per origin
// a minute. Qt Network asks for every request, and the desktop's configuration costs a round trip
// to libproxy on a thread of Qt's each time (2,828 of them in an audit of 1,000 applications).
// Which proxy serves a URL depends on its origin alone (no_proxy names hosts); a change of the
// desktop's settings is seen within the minute.
class ConfiguredProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ConfiguredProxyFactory(ProxyConfiguration configuration)
        : m_configuration(std::move(configuration))
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QUrl url = query.url();
        const QString origin = originOf(url);
        QMutexLocker lock(&m_mutex); // Qt Network may ask from its own thread
        const auto known = m_answers.constFind(origin);
        if (known != m_answers.cend() && known->age.elapsed() < kKeptMs)
            return known->proxies;
        lock.unlock();
        Answer answer{m_configuration.proxiesFor(url), {}};
        answer.age.start();
        lock.relock();
        m_answers.insert(origin, answer);
        return answer.proxies;
    }

private:
    static constexpr qint64 kKeptMs = 60 * 1000;
    struct Answer
    {
        QList<QNetworkProxy> proxies;
        QElapsedTimer age;
    };
    const ProxyConfiguration m_configuration;
    QMutex m_mutex;
    QHash<QString, Answer> m_answers;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

struct RequestJob
{
    RequestLayer::Id id = 0;
    HttpRequest request;
    RequestLayer::Finished finished;
    QUrl url;       // the current target (after redirects)
    QString origin; // of url
    bool idempotent = true;
    bool crossOrigin = false;
    int retries = 0;
    int rateLimitRetries = 0;
    int redirects = 0;
    int deadlineMs = 0;
    QElapsedTimer sinceFirstSend; // the deadline covers retries and redirects
    QElapsedTimer attemptClock;

    void setUrl(const QUrl &target)
    {
        url = target;
        origin = originOf(target);
    }

    // The attempt in flight.
    QPointer<QNetworkReply> reply;
    // The connect timeout, then the stall timeout, or the deadline when that comes first: one
    // timer, made by the job's first attempt and kept for its retries.
    QTimer *timer = nullptr;
    bool timerIsDeadline = false;
    QTimer *retryTimer = nullptr;
    bool sent = false;    // the request's bytes went out
    bool counted = false; // counts as in flight
    // Handed to Qt Network while all the connections to its origin were busy: it waits in Qt's
    // queue for one, and its connect timeout and deadline have not started.
    bool waiting = false;
    HttpResponse::Error abortReason = HttpResponse::Error::None;
    QStringList tlsErrors;
    qint64 received = 0;
};
using RequestJobPtr = std::shared_ptr<RequestJob>;

class RequestLayerPrivate
{
public:
    explicit RequestLayerPrivate(RequestLayer *layer)
        : q(layer)
        , nam(new QNetworkAccessManager(layer))
    {
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        applyOptions();
    }

    RequestLayer *q;
    QNetworkAccessManager *nam;
    RequestLayerOptions options;
    QList<QSslCertificate> extraCa; // from the CA file, trusted beside the system's
    // Made for the first https request: loading the TLS library takes longer than a whole plain
    // http:// request to loopback, which never needs it.
    std::optional<QSslConfiguration> tls;
    QString caError;
    RequestLayer::Id nextId = 1;
    QList<RequestJobPtr> queue;
    QHash<RequestLayer::Id, RequestJobPtr> jobs; // every job not finished
    int inFlight = 0;
    bool pumpScheduled = false;
    QHash<QString, int> rateLimitRemaining;          // per origin, from X-RateLimit-Remaining
    QSet<QString> http1Origins;                      // the origins that answered over HTTP/1
    QHash<QString, int> onWire;                      // per origin: the attempts on a connection
    QHash<QString, QList<RequestJobPtr>> waitingFor; // per origin: the attempts waiting in Qt

    void applyOptions()
    {
        nam->setProxyFactory(new ConfiguredProxyFactory(options.proxy));
        caError.clear();
        extraCa.clear();
        tls.reset();
        QString caFile = options.caFile;
        if (caFile.isEmpty())
            caFile = qEnvironmentVariable("SCALING_ADVISOR_CA_FILE");
        if (caFile.isEmpty())
            return;
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            caError =
                RequestLayer::tr("Cannot read the CA file %1: %2").arg(caFile, file.errorString());
            return;
        }
        extraCa = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extraCa.isEmpty()) {
            caError = RequestLayer::tr("The CA file %1 holds no PEM certificate.").arg(caFile);
            return;
        }
        qCInfo(lcPlatform).noquote()
            << "trusting" << extraCa.size() << "extra CA certificate(s) from" << caFile;
    }

    const QSslConfiguration &tlsConfiguration()
    {
        if (!tls) {
            tls = QSslConfiguration::defaultConfiguration();
            // The system's certificates stay trusted: the bundle adds to them.
            if (!extraCa.isEmpty())
                tls->setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCa);
        }
        return *tls;
    }

    void schedulePump()
    {
        if (pumpScheduled)
            return;
        pumpScheduled = true;
        QTimer::singleShot(0, q, [this] {
            pumpScheduled = false;
            pump();
        });
    }

    // How many requests may be on the wire to this origin at once: maxParallel, and never more
    // than the platform says remain of its rate limit (when it says so).
    int allowanceFor(const QString &origin) const
    {
        const int limit = qMax(1, options.maxParallel);
        const int remaining = rateLimitRemaining.value(origin, -1);
        if (remaining <= 0)
            return limit; // not announced, or exhausted (then the 429 and its Retry-After rule)
        return qBound(1, remaining, limit);
    }

    // How many of those Qt Network itself sends at once.
    int connectionsFor(const QString &origin) const
    {
        const int allowance = allowanceFor(origin);
        return http1Origins.contains(origin) ? qMin(allowance, kQtConnectionsPerHost) : allowance;
    }

    // How many requests to this origin are handed to Qt Network. When Qt's own limit of
    // connections is what bounds them (HTTP/1, allowance of at least six), as many again wait in
    // Qt's queue: a connection that is done sends the next request from Qt's thread at once,
    // instead of waiting for a turn of this thread's event loop to be given one. On HTTP/2 every
    // request handed over is on the wire, so none is handed ahead; nor beyond what the rate limit
    // says remains.
    int handLimitFor(const QString &origin) const
    {
        const int allowance = allowanceFor(origin);
        if (!http1Origins.contains(origin) || allowance < kQtConnectionsPerHost)
            return allowance;
        // Six on the wire, six waiting; the allowance is at least six and at most what remains.
        const int ahead = connectionsFor(origin) + kQtConnectionsPerHost;
        const int remaining = rateLimitRemaining.value(origin, -1);
        return remaining > 0 ? qMin(remaining, ahead) : ahead;
    }

    void pump()
    {
        while (!queue.isEmpty() && inFlight < handLimitFor(queue.first()->origin))
            start(queue.takeFirst());
    }

    // The attempt is on a connection (or about to be): its timers start.
    void putOnWire(const RequestJobPtr &job)
    {
        if (job->waiting) {
            job->waiting = false;
            waitingFor[job->origin].removeOne(job);
        }
        ++onWire[job->origin];
        if (!job->sinceFirstSend.isValid())
            job->sinceFirstSend.start();
        job->attemptClock.start();
        arm(job, options.connectTimeoutMs);
    }

    // A connection to the origin is free: the request Qt sends next on it is the one that has
    // waited longest (Qt's queue is first in, first out).
    void promoteWaiting(const QString &origin)
    {
        QList<RequestJobPtr> &waiting = waitingFor[origin];
        while (!waiting.isEmpty() && onWire.value(origin) < connectionsFor(origin))
            putOnWire(waiting.first());
    }

    void finish(const RequestJobPtr &job, HttpResponse response)
    {
        stopAttempt(job);
        response.url = job->url;
        response.crossOrigin = job->crossOrigin;
        response.retries = job->retries;
        // Handed on from the event loop, not from here: the other answers that arrived in this
        // turn start their next requests first, and parsing this one overlaps with their round
        // trips. Until then the job stays known, so abort() and abortAll() still silence it.
        QMetaObject::invokeMethod(
            q,
            [this, job, response = std::move(response)] {
                if (jobs.value(job->id) != job)
                    return; // aborted meanwhile
                jobs.remove(job->id);
                const RequestLayer::Finished finished = std::move(job->finished);
                job->finished = nullptr;
                if (finished)
                    finished(response);
            },
            Qt::QueuedConnection);
    }

    void fail(const RequestJobPtr &job, HttpResponse::Error error, const QString &message,
              int status = 0)
    {
        HttpResponse response;
        response.error = error;
        response.errorMessage = message;
        response.status = status;
        finish(job, response);
    }

    // The end of a job: stops the attempt in flight (if any) without a word to the caller, and
    // lets the job's timers go (later: one of them may be what called).
    void stopAttempt(const RequestJobPtr &job)
    {
        for (QTimer **timer : {&job->timer, &job->retryTimer}) {
            if (*timer) {
                (*timer)->stop();
                (*timer)->deleteLater();
                *timer = nullptr;
            }
        }
        if (QNetworkReply *reply = job->reply) {
            QObject::disconnect(reply, nullptr, q, nullptr);
            endAttempt(job);
            reply->abort();
            reply->deleteLater();
        }
    }

    // The attempt's reply no longer counts as in flight, nor its timer.
    void endAttempt(const RequestJobPtr &job)
    {
        job->reply = nullptr;
        if (job->timer)
            job->timer->stop();
        if (job->counted) {
            job->counted = false;
            --inFlight;
            if (job->waiting) {
                job->waiting = false;
                waitingFor[job->origin].removeOne(job);
            } else {
                --onWire[job->origin];
                promoteWaiting(job->origin);
            }
        }
    }

    // Runs the job's timer for `timeoutMs`, or for what is left of the deadline if that is less.
    void arm(const RequestJobPtr &job, int timeoutMs)
    {
        qint64 ms = qMax(1, timeoutMs);
        job->timerIsDeadline = false;
        if (job->deadlineMs > 0) {
            const qint64 left = job->deadlineMs - job->sinceFirstSend.elapsed();
            if (left <= ms) {
                ms = qMax<qint64>(1, left);
                job->timerIsDeadline = true;
            }
        }
        job->timer->start(int(ms));
    }

    std::optional<QString> checkUrl(const QUrl &url, HttpResponse::Error *kind) const
    {
        *kind = HttpResponse::Error::InvalidUrl;
        if (!url.isValid() || url.host().isEmpty())
            return RequestLayer::tr("\"%1\" is not a valid URL.")
                .arg(url.toString(QUrl::RemoveUserInfo));
        const QString scheme = url.scheme().toLower();
        if (scheme == u"https"_s)
            return std::nullopt;
        *kind = HttpResponse::Error::Insecure;
        if (scheme != u"http"_s)
            return RequestLayer::tr("The URL must start with https:// (got \"%1\").")
                .arg(url.scheme());
        if (RequestLayer::isLoopbackHost(url.host()) || options.allowInsecureHttp)
            return std::nullopt;
        return RequestLayer::tr(
                   "Refusing to send credentials over plain http:// to %1: use https://, or pass "
                   "--allow-insecure-http if you accept that anyone on the network can read them.")
            .arg(url.host());
    }

    QString what(const RequestJobPtr &job) const
    {
        if (!job->request.what.isEmpty())
            return job->request.what;
        return QString::fromLatin1(job->request.method) + u' ' + job->url.path();
    }

    void start(const RequestJobPtr &job)
    {
        HttpResponse::Error kind = HttpResponse::Error::None;
        if (const auto problem = checkUrl(job->url, &kind)) {
            fail(job, kind, *problem);
            return;
        }
        const bool https = job->url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
        if (https && !caError.isEmpty()) {
            fail(job, HttpResponse::Error::Tls, caError);
            return;
        }
        if (job->deadlineMs > 0 && job->sinceFirstSend.isValid() &&
            job->sinceFirstSend.elapsed() >= job->deadlineMs) {
            failDeadline(job);
            return;
        }

        QNetworkRequest request(job->url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        static const QByteArray userAgent = QByteArrayLiteral("scaling-advisor/") + SA_VERSION;
        request.setRawHeader("User-Agent", userAgent);
        for (const auto &[name, value] : std::as_const(job->request.headers))
            request.setRawHeader(name, value);
        if (!job->request.contentType.isEmpty())
            request.setRawHeader("Content-Type", job->request.contentType);
        if (!job->request.authorization.isEmpty() && !job->crossOrigin)
            request.setRawHeader("Authorization", job->request.authorization);
        if (https)
            request.setSslConfiguration(tlsConfiguration());
        request.setTransferTimeout(0); // the layer's own timers below

        job->sent = false;
        job->abortReason = HttpResponse::Error::None;
        job->tlsErrors.clear();
        job->received = 0;
        job->attemptClock.start(); // again when it goes on the wire
        job->counted = true;
        ++inFlight;

        // HEAD through head(): as a custom verb, Qt Network would wait for the body its
        // Content-Length announces.
        QNetworkReply *reply = nullptr;
        if (job->request.method == "GET" && job->request.body.isEmpty())
            reply = nam->get(request);
        else if (job->request.method == "HEAD" && job->request.body.isEmpty())
            reply = nam->head(request);
        else
            reply = nam->sendCustomRequest(request, job->request.method, job->request.body);
        job->reply = reply;

        if (!job->timer) {
            job->timer = new QTimer(q);
            job->timer->setSingleShot(true);
            QObject::connect(job->timer, &QTimer::timeout, q, [this, job] {
                abortAttempt(job, job->timerIsDeadline ? HttpResponse::Error::Deadline
                                                       : HttpResponse::Error::Timeout);
            });
        }
        // The connect timeout runs until the request is on the wire; from then on the stall
        // timeout, restarted by every piece of the answer. While all the origin's connections
        // are busy, neither runs: the request waits in Qt's queue.
        if (onWire.value(job->origin) < connectionsFor(job->origin)) {
            putOnWire(job);
        } else {
            job->waiting = true;
            waitingFor[job->origin].append(job);
        }
        const auto alive = [this, job, reply] {
            if (job->reply != reply)
                return;
            if (job->waiting) // Qt gave it a connection before this thread saw one free
                putOnWire(job);
            arm(job, options.stallTimeoutMs);
        };
        QObject::connect(reply, &QNetworkReply::requestSent, q, [job, alive] {
            job->sent = true;
            alive();
        });
        if (!job->request.body.isEmpty())
            QObject::connect(reply, &QNetworkReply::uploadProgress, q,
                             [job, alive](qint64 sent, qint64) {
                                 if (sent > 0)
                                     job->sent = true;
                                 alive();
                             });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, job, reply, alive] {
            job->sent = true;
            alive();
            if (job->request.onData)
                return;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > options.maxResponseBytes)
                abortAttempt(job, HttpResponse::Error::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::readyRead, q, [this, job, reply, alive] {
            alive();
            if (job->request.onData) {
                const QByteArray piece = reply->readAll();
                job->received += piece.size();
                if (!piece.isEmpty() && isStreamAnswerGood(reply))
                    job->request.onData(piece);
                return;
            }
            job->received = reply->bytesAvailable();
            if (job->received > options.maxResponseBytes)
                abortAttempt(job, HttpResponse::Error::TooLarge);
        });
        if (https)
            QObject::connect(reply, &QNetworkReply::sslErrors, q,
                             [job](const QList<QSslError> &errors) {
                                 // Never ignored: the handshake fails with these reasons.
                                 for (const QSslError &error : errors)
                                     job->tlsErrors.append(error.errorString());
                             });
        QObject::connect(reply, &QNetworkReply::finished, q, [this, job, reply] {
            if (job->reply == reply)
                onFinished(job);
        });
    }

    // A stream's pieces go to the caller only while the answer is a success.
    static bool isStreamAnswerGood(QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    }

    void abortAttempt(const RequestJobPtr &job, HttpResponse::Error reason)
    {
        if (job->abortReason == HttpResponse::Error::None)
            job->abortReason = reason;
        if (QNetworkReply *reply = job->reply)
            reply->abort(); // finished follows
    }

    void failDeadline(const RequestJobPtr &job)
    {
        fail(job, HttpResponse::Error::Deadline,
             RequestLayer::tr("%1 did not answer within %2 (%3).")
                 .arg(job->url.host(), RequestLayer::formatDuration(job->deadlineMs), what(job)));
    }

    void failTooLarge(const RequestJobPtr &job, int status)
    {
        fail(job, HttpResponse::Error::TooLarge,
             RequestLayer::tr("The answer of %1 to %2 is larger than the %3 limit.")
                 .arg(job->url.host(), what(job),
                      RequestLayer::formatBytes(options.maxResponseBytes)),
             status);
    }

    QString proxyName(const QUrl &url) const
    {
        const QString name = options.proxy.describeProxyFor(url);
        return name.isEmpty() ? RequestLayer::tr("(unknown proxy)") : name;
    }

    QString withRetries(const RequestJobPtr &job, const QString &message) const
    {
        if (job->retries == 0)
            return message;
        return message + u' ' +
               (job->retries == 1 ? RequestLayer::tr("(after 1 retry)")
                                  : RequestLayer::tr("(after %n retries)", nullptr, job->retries));
    }

    void onFinished(const RequestJobPtr &job)
    {
        QNetworkReply *reply = job->reply;
        endAttempt(job);
        reply->deleteLater();

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        qCDebug(lcPlatform).noquote()
            << what(job) << "->" << status << int(error) << job->attemptClock.elapsed() << "ms";

        if (status > 0 && !reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            http1Origins.insert(job->origin);

        HttpResponse response;
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        if (!job->request.onData)
            response.body = reply->readAll();
        response.retryAfterSeconds = RequestLayer::parseRetryAfter(response.header("Retry-After"));

        if (const QByteArray remaining = response.header("X-RateLimit-Remaining");
            !remaining.isEmpty()) {
            bool ok = false;
            const int value = remaining.trimmed().toInt(&ok);
            if (ok)
                rateLimitRemaining.insert(job->origin, value);
        }
        // Start the next queued request now, before this answer is parsed and handed on: its round
        // trip then overlaps with that work instead of waiting behind every answer of this turn.
        pump();

        switch (job->abortReason) {
        case HttpResponse::Error::Timeout:
            fail(job, HttpResponse::Error::Timeout,
                 job->sent
                     ? RequestLayer::tr("%1 did not answer within %2 (%3).")
                           .arg(job->url.host(),
                                RequestLayer::formatDuration(options.stallTimeoutMs), what(job))
                     : RequestLayer::tr("Could not connect to %1 within %2 (%3).")
                           .arg(job->url.host(),
                                RequestLayer::formatDuration(options.connectTimeoutMs), what(job)));
            return;
        case HttpResponse::Error::Deadline:
            failDeadline(job);
            return;
        case HttpResponse::Error::TooLarge:
            failTooLarge(job, status);
            return;
        default:
            break;
        }

        if (error != QNetworkReply::NoError && !isHttpLevelError(error, status)) {
            networkFailure(job, reply, error, status, response);
            return;
        }
        // Qt Network can report a body that the server cut short as complete when the connection
        // closes right after it (seen under load): the announced length decides, for answers that
        // carry a body at all.
        if (const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            carriesBody(job->request.method, status) && !job->request.onData && length.isValid() &&
            !reply->hasRawHeader("Content-Encoding") &&
            response.body.size() < length.toLongLong()) {
            networkFailure(job, reply, QNetworkReply::RemoteHostClosedError, status, response);
            return;
        }
        if (!job->request.onData && response.body.size() > options.maxResponseBytes) {
            failTooLarge(job, status);
            return;
        }

        if (status >= 300 && status < 400 && status != 304 && job->request.followRedirects) {
            redirect(job, response);
            return;
        }
        if (status == 429) {
            const int wait = response.retryAfterSeconds;
            if (job->rateLimitRetries < options.maxRetries &&
                wait <= options.maxRetryAfterSeconds) {
                ++job->rateLimitRetries;
                const int delay =
                    wait >= 0 ? wait * 1000
                              : options.retryBaseDelayMs * (1 << qMin(job->rateLimitRetries, 10));
                qCInfo(lcPlatform).noquote()
                    << what(job) << "rate limited, retry in" << delay << "ms";
                retryLater(job, delay);
                return;
            }
            finish(job, response);
            return;
        }
        if (status >= 500 && job->idempotent && job->retries < options.maxRetries) {
            int delay = options.retryBaseDelayMs * (1 << qMin(job->retries, 10));
            if (status == 503 && response.retryAfterSeconds >= 0) {
                if (response.retryAfterSeconds > options.maxRetryAfterSeconds) {
                    finish(job, response);
                    return;
                }
                delay = response.retryAfterSeconds * 1000;
            }
            ++job->retries;
            qCInfo(lcPlatform).noquote() << what(job) << "answered" << status << ", retry"
                                         << job->retries << "in" << delay << "ms";
            retryLater(job, delay);
            return;
        }
        finish(job, response);
    }

    // Whether the answer carries a body its Content-Length describes: not the answer to a HEAD,
    // nor a 1xx, 204 or 304, whose Content-Length (if any) is that of another answer.
    static bool carriesBody(const QByteArray &method, int status)
    {
        return method != "HEAD" && status >= 200 && status != 204 && status != 304;
    }

    // QNetworkReply reports an HTTP error status as an error too; those are answers.
    static bool isHttpLevelError(QNetworkReply::NetworkError error, int status)
    {
        if (status == 0)
            return false;
        // Below 200: connection and proxy errors; above: content, protocol and server errors
        // that QNetworkReply derives from the status (400 is even a "protocol" error there).
        return int(error) > 200;
    }

    void networkFailure(const RequestJobPtr &job, QNetworkReply *reply,
                        QNetworkReply::NetworkError error, int status, const HttpResponse &response)
    {
        const QString host = job->url.host();
        const QString whatText = what(job);
        const QString reason = reply->errorString();
        switch (error) {
        case QNetworkReply::OperationCanceledError:
            fail(job, HttpResponse::Error::Cancelled, RequestLayer::tr("Cancelled."));
            return;
        case QNetworkReply::SslHandshakeFailedError: {
            const QString why = job->tlsErrors.isEmpty() ? reason : job->tlsErrors.join(u"; "_s);
            fail(job, HttpResponse::Error::Tls,
                 RequestLayer::tr("Could not establish a secure connection to %1 (%2): %3")
                     .arg(host, whatText, why));
            return;
        }
        case QNetworkReply::ProxyConnectionRefusedError:
            fail(job, HttpResponse::Error::Proxy,
                 withRetries(job,
                             RequestLayer::tr("Could not connect to the proxy %1: it refused the "
                                              "connection (is it running?). %2 was not reached.")
                                 .arg(proxyName(job->url), host)));
            return;
        case QNetworkReply::ProxyNotFoundError:
            fail(job, HttpResponse::Error::Proxy,
                 RequestLayer::tr("The proxy %1 was not found (unknown host). %2 was not reached.")
                     .arg(proxyName(job->url), host));
            return;
        case QNetworkReply::ProxyTimeoutError:
            fail(job, HttpResponse::Error::Proxy,
                 RequestLayer::tr("The proxy %1 did not answer in time. %2 was not reached.")
                     .arg(proxyName(job->url), host));
            return;
        case QNetworkReply::ProxyAuthenticationRequiredError:
            fail(job, HttpResponse::Error::ProxyAuthentication,
                 RequestLayer::tr(
                     "The proxy %1 asks for a username and password (407): give them in the proxy "
                     "settings, or in the proxy URL (http://user:password@host:port).")
                     .arg(proxyName(job->url)));
            return;
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::UnknownProxyError:
            fail(job, HttpResponse::Error::Proxy,
                 RequestLayer::tr("The proxy %1 did not let the request to %2 through (%3): %4")
                     .arg(proxyName(job->url), host, whatText, reason));
            return;
        default:
            break;
        }

        // Headers came, then the connection closed before the announced length: a body cut
        // short, which no reader should see as a (shorter) document.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 received = job->request.onData ? job->received : response.body.size();
        const bool truncated = carriesBody(job->request.method, status) && length.isValid() &&
                               received < length.toLongLong();
        // Through a proxy, a connection that cannot be made is the proxy's.
        const QString proxy = options.proxy.describeProxyFor(job->url);
        const bool proxyUnreachable = !proxy.isEmpty() && !job->sent &&
                                      (error == QNetworkReply::ConnectionRefusedError ||
                                       error == QNetworkReply::HostNotFoundError);

        const bool retryable = error == QNetworkReply::ConnectionRefusedError ||
                               error == QNetworkReply::RemoteHostClosedError ||
                               error == QNetworkReply::HostNotFoundError ||
                               error == QNetworkReply::TemporaryNetworkFailureError ||
                               error == QNetworkReply::NetworkSessionFailedError ||
                               error == QNetworkReply::UnknownNetworkError;
        // A change is sent again only when its bytes never left.
        const bool safe = job->idempotent || !job->sent;
        if (retryable && safe && job->retries < options.maxRetries) {
            const int delay = options.retryBaseDelayMs * (1 << qMin(job->retries, 10));
            ++job->retries;
            qCInfo(lcPlatform).noquote() << whatText << "failed (" << reason << "), retry"
                                         << job->retries << "in" << delay << "ms";
            retryLater(job, delay);
            return;
        }
        if (truncated) {
            fail(job, HttpResponse::Error::Truncated,
                 withRetries(job, RequestLayer::tr("The answer of %1 to %2 was cut short: %3 of %4 "
                                                   "bytes arrived.")
                                      .arg(host, whatText)
                                      .arg(received)
                                      .arg(length.toLongLong())),
                 status);
            return;
        }
        if (proxyUnreachable) {
            fail(job, HttpResponse::Error::Proxy,
                 withRetries(job, RequestLayer::tr("Could not connect to the proxy %1 (%2). %3 was "
                                                   "not reached.")
                                      .arg(proxy, reason, host)));
            return;
        }
        HttpResponse failed;
        failed.error = HttpResponse::Error::Network;
        failed.errorMessage = withRetries(
            job, RequestLayer::tr("Could not reach %1 (%2): %3").arg(host, whatText, reason));
        failed.errorReason = reason;
        failed.status = status;
        finish(job, failed);
    }

    void retryLater(const RequestJobPtr &job, int delayMs)
    {
        job->retryTimer = new QTimer(q);
        job->retryTimer->setSingleShot(true);
        job->retryTimer->setTimerType(Qt::PreciseTimer); // never earlier than Retry-After said
        QObject::connect(job->retryTimer, &QTimer::timeout, q, [this, job] {
            job->retryTimer->deleteLater();
            job->retryTimer = nullptr;
            queue.append(job);
            pump();
        });
        job->retryTimer->start(qMax(0, delayMs));
    }

    void redirect(const RequestJobPtr &job, const HttpResponse &response)
    {
        const int status = response.status;
        const QString whatText = what(job);
        const QUrl location = QUrl::fromEncoded(response.header("Location").trimmed());
        if (!location.isValid() || location.isEmpty()) {
            fail(job, HttpResponse::Error::Redirect,
                 RequestLayer::tr("%1 redirected %2 (HTTP %3) without a valid Location.")
                     .arg(job->url.host(), whatText)
                     .arg(status),
                 status);
            return;
        }
        const QUrl target = job->url.resolved(location);
        if (++job->redirects > kMaxRedirects) {
            fail(job, HttpResponse::Error::Redirect,
                 RequestLayer::tr("Too many redirects for %1.").arg(whatText), status);
            return;
        }
        const bool change = job->request.method != "GET" && job->request.method != "HEAD";
        const QString targetOrigin = originOf(target);
        if (targetOrigin != job->origin) {
            // Credentials stay with the origin they were given for; a request whose body carries
            // them (token grants) or that changes something is not followed elsewhere at all.
            if (change) {
                fail(job, HttpResponse::Error::Redirect,
                     RequestLayer::tr("%1 redirected %2 to another site (%3); not followed.")
                         .arg(job->url.host(), whatText, target.host()),
                     status);
                return;
            }
            job->crossOrigin = true;
            qCInfo(lcPlatform).noquote() << whatText << "redirected to another origin"
                                         << targetOrigin << "- sent without credentials";
        }
        // 301, 302 and 303 turn a request into a GET: a change is not silently dropped that way.
        if (change && status != 307 && status != 308) {
            fail(job, HttpResponse::Error::Redirect,
                 RequestLayer::tr("%1 redirected %2 (HTTP %3); not followed.")
                     .arg(job->url.host(), whatText)
                     .arg(status),
                 status);
            return;
        }
        job->setUrl(target);
        queue.prepend(job);
        pump();
    }
};

RequestLayer::RequestLayer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<RequestLayerPrivate>(this))
{}

RequestLayer::~RequestLayer()
{
    abortAll();
}

void RequestLayer::setOptions(const RequestLayerOptions &options)
{
    const bool reconfigure =
        options.proxy != d->options.proxy || options.caFile != d->options.caFile;
    d->options = options;
    if (reconfigure || !d->caError.isEmpty())
        d->applyOptions();
    d->schedulePump();
}

RequestLayerOptions RequestLayer::options() const
{
    return d->options;
}

RequestLayer::Id RequestLayer::send(const HttpRequest &request, Finished finished)
{
    auto job = std::make_shared<RequestJob>();
    job->id = d->nextId++;
    job->request = request;
    job->finished = std::move(finished);
    job->setUrl(request.url);
    job->idempotent =
        request.idempotent.value_or(request.method == "GET" || request.method == "HEAD");
    job->deadlineMs = request.deadlineMs >= 0 ? request.deadlineMs : d->options.requestDeadlineMs;
    d->jobs.insert(job->id, job);
    d->queue.append(job);
    d->schedulePump();
    return job->id;
}

void RequestLayer::abort(Id id)
{
    const RequestJobPtr job = d->jobs.take(id);
    if (!job)
        return;
    job->finished = nullptr;
    d->queue.removeAll(job);
    d->stopAttempt(job);
    d->schedulePump();
}

void RequestLayer::abortAll()
{
    const auto all = d->jobs.values();
    d->jobs.clear();
    d->queue.clear();
    for (const RequestJobPtr &job : all) {
        job->finished = nullptr;
        d->stopAttempt(job);
    }
}

int RequestLayer::pendingCount() const
{
    return int(d->jobs.size());
}

QString RequestLayer::caFileError() const
{
    return d->caError;
}

QNetworkAccessManager *RequestLayer::networkAccessManager() const
{
    return d->nam;
}

int RequestLayer::parseRetryAfter(const QByteArray &value)
{
    const QByteArray header = value.trimmed();
    bool isNumber = false;
    const int secs = header.toInt(&isNumber);
    if (isNumber)
        return secs >= 0 ? secs : -1;
    if (header.isEmpty())
        return -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(86400)));
}

bool RequestLayer::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString RequestLayer::formatDuration(int ms)
{
    if (ms % 1000 != 0)
        return QCoreApplication::translate("RequestLayer", "%1 ms").arg(ms);
    return QCoreApplication::translate("RequestLayer", "%1 s").arg(ms / 1000);
}

QString RequestLayer::formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("RequestLayer", "%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QCoreApplication::translate("RequestLayer", "%1 KiB").arg(bytes / 1024);
    return QCoreApplication::translate("RequestLayer", "%n byte(s)", nullptr, int(bytes));
}
