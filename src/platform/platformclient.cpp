#include "platformclient.h"

#include "httpconnectionpool.h"
#include "platformlogging.h"
#include "platformwire.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

bool PlatformCredentials::isEmpty() const
{
    return apiKey.isEmpty() && username.isEmpty() && password.isEmpty() && accessToken.isEmpty() &&
           refreshToken.isEmpty();
}

QString PlatformError::kindName(PlatformErrorKind kind)
{
    switch (kind) {
    case PlatformErrorKind::None:
        return u"none"_s;
    case PlatformErrorKind::Network:
        return u"network"_s;
    case PlatformErrorKind::Timeout:
        return u"timeout"_s;
    case PlatformErrorKind::Maintenance:
        return u"maintenance"_s;
    case PlatformErrorKind::Authentication:
        return u"authentication"_s;
    case PlatformErrorKind::Forbidden:
        return u"forbidden"_s;
    case PlatformErrorKind::NotFound:
        return u"not-found"_s;
    case PlatformErrorKind::RateLimited:
        return u"rate-limited"_s;
    case PlatformErrorKind::Refused:
        return u"refused"_s;
    case PlatformErrorKind::BadData:
        return u"bad-data"_s;
    case PlatformErrorKind::TooLarge:
        return u"too-large"_s;
    case PlatformErrorKind::Insecure:
        return u"insecure"_s;
    case PlatformErrorKind::Server:
        return u"server"_s;
    case PlatformErrorKind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

namespace {

constexpr int kMaxRedirects = 5;
// A Retry-After longer than this is not waited for: the caller gets RateLimited and decides.
constexpr int kMaxRetryAfterSeconds = 120;

PlatformError makeError(PlatformErrorKind kind, const QString &message, int httpStatus = 0)
{
    PlatformError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    return url.scheme() + u"://"_s + url.host().toLower() + u':' +
           QString::number(url.port(defaultPort));
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return u"%1 KiB"_s.arg(bytes / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 ms"_s.arg(ms);
}

bool isFatal(PlatformErrorKind kind)
{
    // These concern the whole account or API, not one service: stop everything.
    return kind == PlatformErrorKind::Authentication || kind == PlatformErrorKind::Maintenance ||
           kind == PlatformErrorKind::Insecure || kind == PlatformErrorKind::Cancelled;
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

// One HTTP exchange, followed through retries, redirects and a token refresh.
struct PlatformJob
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    bool idempotent = true;
    bool authenticated = true; // sends Authorization (not for discovery and token requests)
    QString what;              // "GET /v1/me", for messages and logs
    std::function<void(const QByteArray &body, int status)> onSuccess;
    std::function<void(const PlatformError &error)> onFailure;

    int retries = 0;
    int rateLimitRetries = 0;
    int redirects = 0;
    bool crossOrigin = false; // redirected to another origin: never send credentials again
    QString sentToken;        // the access token this attempt carried
    PlatformErrorKind abortReason = PlatformErrorKind::None;
    QElapsedTimer clock;
};
using JobPtr = std::shared_ptr<PlatformJob>;

class PlatformClientPrivate
{
public:
    enum class Operation
    {
        None,
        SignIn,
        Inventory,
        Service,
        Scale
    };

    explicit PlatformClientPrivate(PlatformClient *client)
        : q(client)
        , pool(new HttpConnectionPool(client))
    {}

    PlatformClient *q;
    HttpConnectionPool *pool;
    PlatformClientOptions options;
    PlatformCredentials credentials;
    PlatformError lastError;
    QString tokenEndpoint; // from /auth/discovery, cached

    // The running operation.
    Operation operation = Operation::None;
    quint64 generation = 0;
    QQueue<JobPtr> queue;
    QHash<HttpExchange *, JobPtr> active;
    QList<JobPtr> waitingForToken;
    bool grantRunning = false;
    bool refreshedThisOperation = false;
    int done = 0;
    int total = 0;
    int outstanding = 0;
    Inventory inventory;
    QString meUsername;
    std::function<void(const PlatformError &)> operationFailed;

    bool busy() const { return operation != Operation::None; }

    QUrl apiUrl(const QString &path) const
    {
        QUrl url = options.apiUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        if (base.endsWith(u"/v1"_s))
            base.chop(3);
        url.setPath(base + path, QUrl::TolerantMode);
        url.setQuery(QString());
        url.setFragment(QString());
        return url;
    }

    // Where the account's applications live: /v1/me or, for a support token, the customer.
    QString accountPath() const
    {
        return options.customer.isEmpty() ? u"/v1/me"_s
                                          : QString(u"/v1/users/"_s + segment(options.customer));
    }

    QString servicePath(const QString &application, const QString &service) const
    {
        return accountPath() + u"/applications/"_s + segment(application) + u"/services/"_s +
               segment(service);
    }

    // http:// is refused to anything but loopback unless the user allowed it.
    std::optional<PlatformError> checkUrl(const QUrl &url) const
    {
        if (!url.isValid() || url.host().isEmpty())
            return makeError(PlatformErrorKind::Network,
                             u"The platform API URL \"%1\" is not a valid URL."_s.arg(
                                 url.toString(QUrl::RemoveUserInfo)));
        const QString scheme = url.scheme().toLower();
        if (scheme == u"https"_s)
            return std::nullopt;
        if (scheme != u"http"_s)
            return makeError(
                PlatformErrorKind::Insecure,
                u"The platform API URL must start with https:// (got \"%1\")."_s.arg(url.scheme()));
        if (isLoopbackHost(url.host()) || options.allowInsecureHttp)
            return std::nullopt;
        return makeError(
            PlatformErrorKind::Insecure,
            u"Refusing to send credentials over plain http:// to %1: use https://, or pass "
            "--allow-insecure-http if you accept that anyone on the network can read them."_s.arg(
                url.host()));
    }

    bool hasRefreshableCredentials() const
    {
        return !credentials.refreshToken.isEmpty() ||
               (!credentials.username.isEmpty() && !credentials.password.isEmpty());
    }

    bool needsGrant() const
    {
        return credentials.apiKey.isEmpty() && credentials.accessToken.isEmpty() &&
               hasRefreshableCredentials();
    }

    QByteArray authorization() const
    {
        if (!credentials.accessToken.isEmpty())
            return "Bearer " + credentials.accessToken.toUtf8();
        if (!credentials.apiKey.isEmpty())
            return "Basic " + credentials.apiKey.toUtf8().toBase64();
        return {};
    }

    // --- operations ---------------------------------------------------------------------------

    bool begin(Operation op, std::function<void(const PlatformError &)> failed)
    {
        if (busy()) {
            qCWarning(lcPlatform) << "request refused: another one is running";
            const PlatformError e = makeError(PlatformErrorKind::Refused,
                                              u"Another request to the platform is in progress."_s);
            QTimer::singleShot(0, q, [this, failed, e] { failed(e); });
            return false;
        }
        operation = op;
        ++generation;
        queue.clear();
        waitingForToken.clear();
        grantRunning = false;
        refreshedThisOperation = false;
        done = 0;
        total = 0;
        outstanding = 0;
        lastError = {};
        operationFailed = std::move(failed);
        return true;
    }

    // Starts `body` on the next turn of the event loop (so that no signal is emitted from inside
    // the public call), after the URL check and any needed token grant.
    void startAfterChecks(std::function<void()> body)
    {
        const quint64 gen = generation;
        QTimer::singleShot(0, q, [this, gen, body = std::move(body)] {
            if (gen != generation)
                return;
            if (const auto error = checkUrl(apiUrl(u"/v1/me"_s))) {
                fail(*error);
                return;
            }
            if (credentials.isEmpty()) {
                fail(makeError(PlatformErrorKind::Authentication,
                               u"No credentials: sign in with an API key or a username and "
                               "password."_s));
                return;
            }
            if (needsGrant()) {
                grant([this, body] { body(); });
                return;
            }
            body();
        });
    }

    void finishOperation()
    {
        operation = Operation::None;
        ++generation;
        queue.clear();
        waitingForToken.clear();
        operationFailed = nullptr;
    }

    void fail(const PlatformError &error)
    {
        if (!busy())
            return;
        qCInfo(lcPlatform).noquote()
            << "request failed:" << PlatformError::kindName(error.kind) << error.message;
        abortAll();
        lastError = error;
        auto failed = operationFailed;
        finishOperation();
        if (failed)
            failed(error);
    }

    void abortAll()
    {
        const auto exchanges = active.keys();
        active.clear();
        for (HttpExchange *exchange : exchanges) {
            QObject::disconnect(exchange, nullptr, q, nullptr);
            exchange->abort();
            exchange->deleteLater();
        }
    }

    void step()
    {
        ++done;
        emit q->progress(done, total);
    }

    // Counts outstanding work of the current operation; calls `complete` when none is left.
    void release(const std::function<void()> &complete)
    {
        if (--outstanding == 0 && busy())
            complete();
    }

    // --- the HTTP layer ----------------------------------------------------------------------

    void enqueue(const JobPtr &job)
    {
        if (!busy())
            return;
        queue.enqueue(job);
        pump();
    }

    void pump()
    {
        const int limit = qMax(1, options.maxParallel);
        // While a token is being obtained, requests that need it wait in the queue.
        for (qsizetype i = 0; active.size() < limit && i < queue.size();) {
            if (grantRunning && queue.at(i)->authenticated && !queue.at(i)->crossOrigin) {
                ++i;
                continue;
            }
            send(queue.takeAt(i));
        }
    }

    void send(const JobPtr &job)
    {
        if (const auto error = checkUrl(job->url)) {
            job->onFailure(*error);
            return;
        }
        QList<HttpExchange::Header> headers{
            {"User-Agent", QByteArray(QByteArrayLiteral("scaling-advisor/") + SA_VERSION)},
            {"Accept", "application/json"}};
        if (!job->contentType.isEmpty())
            headers.append({"Content-Type", job->contentType});
        job->sentToken.clear();
        if (job->authenticated && !job->crossOrigin) {
            const QByteArray auth = authorization();
            if (!auth.isEmpty())
                headers.append({"Authorization", auth});
            job->sentToken = credentials.accessToken;
        }
        job->abortReason = PlatformErrorKind::None;
        job->clock.start();

        HttpExchange *exchange = pool->send(job->verb, job->url, headers, job->body);
        active.insert(exchange, job);

        auto *timer = new QTimer(exchange);
        timer->setSingleShot(true);
        const auto abortWith = [exchange, job](PlatformErrorKind reason) {
            if (job->abortReason == PlatformErrorKind::None)
                job->abortReason = reason;
            exchange->abort();
        };
        QObject::connect(timer, &QTimer::timeout, q,
                         [abortWith] { abortWith(PlatformErrorKind::Timeout); });
        // The connect timeout runs until the request is on the wire; from then on, the stall
        // timeout, restarted by every piece of the answer.
        const auto alive = [timer, this] {
            timer->start(qMax(1, options.stallTimeoutMs));
        };
        QObject::connect(exchange, &HttpExchange::requestSent, q, alive);
        QObject::connect(exchange, &HttpExchange::responseStarted, q,
                         [this, exchange, abortWith, alive] {
                             alive();
                             if (exchange->contentLength() > options.maxResponseBytes)
                                 abortWith(PlatformErrorKind::TooLarge);
                         });
        QObject::connect(exchange, &HttpExchange::bytesReceived, q,
                         [this, abortWith, alive](qint64 received) {
                             alive();
                             if (received > options.maxResponseBytes)
                                 abortWith(PlatformErrorKind::TooLarge);
                         });
        QObject::connect(exchange, &HttpExchange::finished, q,
                         [this, exchange] { onFinished(exchange); });
        timer->start(qMax(1, options.connectTimeoutMs));
    }

    void onFinished(HttpExchange *exchange)
    {
        const JobPtr job = active.take(exchange);
        exchange->deleteLater();
        if (!job)
            return;
        const int status = exchange->status();
        const HttpExchange::Error transport = exchange->error();
        qCDebug(lcPlatform).noquote()
            << job->what << "->" << status << int(transport) << job->clock.elapsed() << "ms";

        if (job->abortReason == PlatformErrorKind::Timeout) {
            retryOrFail(job,
                        makeError(PlatformErrorKind::Timeout,
                                  u"The platform did not answer %1 within %2."_s.arg(
                                      job->what, seconds(options.stallTimeoutMs))),
                        false);
            pump();
            return;
        }
        if (job->abortReason == PlatformErrorKind::TooLarge) {
            job->onFailure(
                makeError(PlatformErrorKind::TooLarge,
                          u"The platform's answer to %1 is larger than the %2 limit."_s.arg(
                              job->what, formatBytes(options.maxResponseBytes))));
            pump();
            return;
        }

        // Connection-level failures (also a body cut short after the headers).
        if (transport != HttpExchange::Error::None) {
            PlatformError e = makeError(PlatformErrorKind::Network,
                                        u"Could not reach the platform for %1: %2"_s.arg(
                                            job->what, exchange->errorString()));
            if (transport == HttpExchange::Error::Tls)
                e.message = u"Could not establish a secure connection to the platform for %1: "
                            "%2"_s.arg(job->what, exchange->errorString());
            else if (transport == HttpExchange::Error::Protocol)
                e = makeError(PlatformErrorKind::BadData,
                              u"The platform's answer to %1 is not valid HTTP: %2"_s.arg(
                                  job->what, exchange->errorString()),
                              status);
            // Headers came, then the connection closed before the announced length: a body cut
            // short, which no reader should see as a (shorter) document.
            const qint64 length = exchange->contentLength();
            const qint64 received = exchange->body().size();
            if (transport == HttpExchange::Error::Closed && status != 0 && length >= 0 &&
                received < length)
                e = makeError(PlatformErrorKind::BadData,
                              u"The platform's answer to %1 was cut short: %2 of %3 bytes "
                              "arrived."_s.arg(job->what)
                                  .arg(received)
                                  .arg(length),
                              status);
            const bool retryable = transport == HttpExchange::Error::Connect ||
                                   transport == HttpExchange::Error::Closed;
            retryOrFail(job, e, retryable);
            pump();
            return;
        }

        const QByteArray &body = exchange->body();
        if (body.size() > options.maxResponseBytes) {
            job->onFailure(
                makeError(PlatformErrorKind::TooLarge,
                          u"The platform's answer to %1 is larger than the %2 limit."_s.arg(
                              job->what, formatBytes(options.maxResponseBytes))));
        } else if (status >= 200 && status < 300) {
            job->onSuccess(body, status);
        } else if (status >= 300 && status < 400 && status != 304) {
            redirect(job, exchange->header("location"), status);
        } else if (status == 401 && job->authenticated && !job->crossOrigin &&
                   hasRefreshableCredentials()) {
            onUnauthorized(job, body);
        } else if (status == 429) {
            rateLimited(job, exchange->header("retry-after"), body);
        } else {
            PlatformError e = errorFromStatus(status, body, job->what);
            // Maintenance (418) and 503 may say when to come back.
            e.retryAfterSeconds = qMax(0, retryAfterSeconds(exchange->header("retry-after")));
            retryOrFail(job, e, status >= 500 && job->idempotent);
        }
        pump();
    }

    void retryOrFail(const JobPtr &job, const PlatformError &error, bool retryable)
    {
        if (retryable && job->idempotent && job->retries < options.maxRetries) {
            const int delay = options.retryBaseDelayMs * (1 << qMin(job->retries, 10));
            ++job->retries;
            qCInfo(lcPlatform).noquote() << job->what << "failed (" << error.message << "), retry"
                                         << job->retries << "in" << delay << "ms";
            retryLater(job, delay);
            return;
        }
        PlatformError e = error;
        if (job->retries > 0)
            e.message += job->retries == 1 ? u" (after 1 retry)"_s
                                           : u" (after %1 retries)"_s.arg(job->retries);
        job->onFailure(e);
    }

    void retryLater(const JobPtr &job, int delayMs)
    {
        const quint64 gen = generation;
        QTimer::singleShot(qMax(0, delayMs), q, [this, job, gen] {
            if (gen != generation)
                return;
            enqueue(job);
        });
    }

    // Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
    static int retryAfterSeconds(const QByteArray &value)
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

    void rateLimited(const JobPtr &job, const QByteArray &retryAfter, const QByteArray &body)
    {
        PlatformError e = errorFromStatus(429, body, job->what);
        const int wait = retryAfterSeconds(retryAfter);
        e.retryAfterSeconds = qMax(0, wait);
        if (wait >= 0)
            e.message = u"The platform is limiting requests (429): try again in %1 s."_s.arg(wait);
        if (job->rateLimitRetries < options.maxRetries && wait <= kMaxRetryAfterSeconds) {
            ++job->rateLimitRetries;
            const int delay =
                wait >= 0 ? wait * 1000 : options.retryBaseDelayMs * (1 << job->rateLimitRetries);
            qCInfo(lcPlatform).noquote() << job->what << "rate limited, retry in" << delay << "ms";
            retryLater(job, delay);
            return;
        }
        job->onFailure(e);
    }

    void redirect(const JobPtr &job, const QByteArray &locationHeader, int status)
    {
        const QUrl location = QUrl::fromEncoded(locationHeader.trimmed());
        if (!location.isValid() || location.isEmpty()) {
            job->onFailure(makeError(PlatformErrorKind::BadData,
                                     u"The platform redirected %1 (HTTP %2) without a valid "
                                     "Location."_s.arg(job->what)
                                         .arg(status),
                                     status));
            return;
        }
        const QUrl target = job->url.resolved(location);
        if (++job->redirects > kMaxRedirects) {
            job->onFailure(makeError(PlatformErrorKind::Server,
                                     u"Too many redirects for %1."_s.arg(job->what), status));
            return;
        }
        const bool sameOrigin = originOf(target) == originOf(job->url);
        if (!sameOrigin) {
            // Credentials stay with the origin they were given for; a request whose body carries
            // them (token grants) or that changes something is not followed elsewhere at all.
            if (job->verb != "GET") {
                job->onFailure(makeError(
                    PlatformErrorKind::Refused,
                    u"The platform redirected %1 to another site (%2); not followed."_s.arg(
                        job->what, target.host()),
                    status));
                return;
            }
            job->crossOrigin = true;
            qCInfo(lcPlatform).noquote() << job->what << "redirected to another origin"
                                         << originOf(target) << "- sent without credentials";
        }
        // 301, 302 and 303 turn a request into a GET: a change is not silently dropped that way.
        if (job->verb != "GET" && status != 307 && status != 308) {
            job->onFailure(makeError(
                PlatformErrorKind::Refused,
                u"The platform redirected %1 (HTTP %2); not followed."_s.arg(job->what).arg(status),
                status));
            return;
        }
        job->url = target;
        enqueue(job);
    }

    PlatformError errorFromStatus(int status, const QByteArray &body, const QString &what) const
    {
        QString detail;
        if (const auto apiError = PlatformWire::readError(body); apiError.ok())
            detail = apiError->description.isEmpty() ? apiError->title : apiError->description;
        const QString suffix = detail.isEmpty() ? QString() : QString(u": "_s + detail);
        switch (status) {
        case 418:
            return makeError(PlatformErrorKind::Maintenance,
                             u"The platform API is in maintenance mode. Please try again later."_s,
                             status);
        case 401:
            return makeError(PlatformErrorKind::Authentication,
                             u"The platform did not accept the credentials (401)%1. Please sign in "
                             "again."_s.arg(suffix),
                             status);
        case 403:
            return makeError(PlatformErrorKind::Forbidden,
                             u"Access denied by the platform for %1 (403)%2."_s.arg(what, suffix),
                             status);
        case 404:
            return makeError(PlatformErrorKind::NotFound,
                             u"Not found on the platform: %1 (404)%2."_s.arg(what, suffix), status);
        case 429:
            return makeError(PlatformErrorKind::RateLimited,
                             u"The platform is limiting requests (429)%1."_s.arg(suffix), status);
        case 400:
        case 405:
        case 409:
        case 415:
        case 422:
            return makeError(PlatformErrorKind::Refused,
                             u"The platform refused %1 (%2)%3."_s.arg(what).arg(status).arg(suffix),
                             status);
        default:
            break;
        }
        if (status >= 500)
            return makeError(
                PlatformErrorKind::Server,
                u"The platform failed to answer %1 (HTTP %2)%3."_s.arg(what).arg(status).arg(
                    suffix),
                status);
        return makeError(
            PlatformErrorKind::Server,
            u"Unexpected answer from the platform to %1 (HTTP %2)%3."_s.arg(what).arg(status).arg(
                suffix),
            status);
    }

    static PlatformError badData(const QString &what, const QString &problem)
    {
        return makeError(PlatformErrorKind::BadData,
                         u"Unreadable answer from the platform to %1: %2"_s.arg(what, problem));
    }

    JobPtr makeJob(const QString &path, QByteArray verb = "GET")
    {
        auto job = std::make_shared<PlatformJob>();
        job->verb = std::move(verb);
        job->url = apiUrl(path);
        job->idempotent = job->verb == "GET";
        job->what = QString::fromLatin1(job->verb) + u' ' + path;
        return job;
    }

    // --- tokens ------------------------------------------------------------------------------

    void onUnauthorized(const JobPtr &job, const QByteArray &body)
    {
        if (!job->sentToken.isEmpty() && job->sentToken != credentials.accessToken &&
            !credentials.accessToken.isEmpty()) {
            enqueue(job); // sent before a refresh finished: try again with the new token
            return;
        }
        if (refreshedThisOperation) {
            job->onFailure(errorFromStatus(401, body, job->what));
            return;
        }
        waitingForToken.append(job);
        if (grantRunning)
            return;
        grant([this] {
            refreshedThisOperation = true;
            const auto jobs = waitingForToken;
            waitingForToken.clear();
            for (const JobPtr &waiting : jobs)
                queue.enqueue(waiting);
            pump();
        });
    }

    // Obtains a new access token (refresh grant, or password grant when only a username and
    // password are known), then calls `then`. Failure fails the operation with Authentication.
    void grant(std::function<void()> then)
    {
        grantRunning = true;
        credentials.accessToken.clear();
        const auto withEndpoint = [this, then](const QUrl &endpoint) {
            requestToken(endpoint, then);
        };
        if (!tokenEndpoint.isEmpty()) {
            withEndpoint(apiUrl(QString()).resolved(QUrl(tokenEndpoint)));
            return;
        }
        auto job = makeJob(u"/auth/discovery"_s);
        job->authenticated = false;
        job->onSuccess = [this, withEndpoint](const QByteArray &answer, int) {
            const auto endpoint = PlatformWire::readTokenEndpoint(answer);
            if (endpoint.ok())
                tokenEndpoint = *endpoint;
            else
                qCWarning(lcPlatform).noquote() << "discovery unreadable:" << endpoint.error();
            withEndpoint(apiUrl(QString()).resolved(
                QUrl(tokenEndpoint.isEmpty() ? u"/oauth2/token"_s : tokenEndpoint)));
        };
        job->onFailure = [this, withEndpoint](const PlatformError &error) {
            if (isFatal(error.kind)) {
                fail(error);
                return;
            }
            qCInfo(lcPlatform).noquote()
                << "discovery failed, using /oauth2/token:" << error.message;
            withEndpoint(apiUrl(u"/oauth2/token"_s));
        };
        enqueue(job);
    }

    void requestToken(const QUrl &endpoint, const std::function<void()> &then)
    {
        const bool refresh = !credentials.refreshToken.isEmpty() &&
                             !(refreshedThisOperation && !credentials.password.isEmpty());
        QList<std::pair<QString, QString>> fields;
        if (refresh) {
            fields = {{u"grant_type"_s, u"refresh_token"_s},
                      {u"refresh_token"_s, credentials.refreshToken}};
        } else {
            fields = {{u"grant_type"_s, u"password"_s},
                      {u"username"_s, credentials.username},
                      {u"password"_s, credentials.password}};
        }
        auto job = std::make_shared<PlatformJob>();
        job->verb = "POST";
        job->url = endpoint;
        job->idempotent = false;
        job->authenticated = false;
        job->contentType = "application/x-www-form-urlencoded";
        job->body = formEncode(fields);
        job->what = u"POST "_s + endpoint.path();
        job->onSuccess = [this, then, refresh](const QByteArray &answer, int) {
            const auto token = PlatformWire::readTokenGrant(answer);
            if (!token.ok()) {
                fail(badData(u"the token request"_s, token.error()));
                return;
            }
            credentials.accessToken = token->accessToken;
            if (!token->refreshToken.isEmpty())
                credentials.refreshToken = token->refreshToken;
            grantRunning = false;
            qCInfo(lcPlatform) << (refresh ? "access token refreshed" : "signed in with password");
            emit q->credentialsChanged(credentials);
            if (!busy())
                return;
            then();
        };
        job->onFailure = [this, refresh](const PlatformError &error) {
            grantRunning = false;
            if (error.kind == PlatformErrorKind::Refused ||
                error.kind == PlatformErrorKind::Authentication ||
                error.kind == PlatformErrorKind::Forbidden) {
                // The platform said no: the saved token or the password is no longer good.
                if (refresh)
                    credentials.refreshToken.clear();
                fail(makeError(PlatformErrorKind::Authentication,
                               refresh ? u"The saved sign-in has expired. Please sign in again."_s
                                       : u"The platform did not accept the username or password. "
                                         "Please check them and sign in again."_s,
                               error.httpStatus));
                return;
            }
            fail(error);
        };
        enqueue(job);
    }

    // --- inventory details -------------------------------------------------------------------

    // Reads one service's detail into the inventory being built; a failure marks only that
    // service.
    void fetchDetail(int appIndex, int serviceIndex, const std::function<void()> &complete)
    {
        const Application &app = inventory.applications.at(appIndex);
        ++outstanding;
        auto job = makeJob(servicePath(app.name, app.services.at(serviceIndex).name));
        job->onSuccess = [this, appIndex, serviceIndex, complete,
                          what = job->what](const QByteArray &body, int) {
            const auto detail = PlatformWire::readService(body);
            if (detail.ok())
                inventory.applications[appIndex].services[serviceIndex] = *detail;
            else
                markFailed(appIndex, serviceIndex, badData(what, detail.error()).message);
            step();
            release(complete);
        };
        job->onFailure = [this, appIndex, serviceIndex, complete](const PlatformError &e) {
            if (isFatal(e.kind)) {
                fail(e);
                return;
            }
            markFailed(appIndex, serviceIndex, e.message);
            step();
            release(complete);
        };
        enqueue(job);
    }

    void markFailed(int appIndex, int serviceIndex, const QString &message)
    {
        Service &service = inventory.applications[appIndex].services[serviceIndex];
        service.detailLoaded = false;
        service.fetchError = message;
        qCInfo(lcPlatform).noquote() << "service not read:" << message;
    }
};

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PlatformClientPrivate>(this))
{}

PlatformClient::~PlatformClient()
{
    d->abortAll();
}

void PlatformClient::setOptions(const PlatformClientOptions &options)
{
    if (options.apiUrl != d->options.apiUrl)
        d->tokenEndpoint.clear();
    d->options = options;
    d->pool->setMaxConnectionsPerOrigin(options.maxParallel);
}

PlatformClientOptions PlatformClient::options() const
{
    return d->options;
}

void PlatformClient::setCredentials(const PlatformCredentials &credentials)
{
    d->credentials = credentials;
}

PlatformCredentials PlatformClient::credentials() const
{
    return d->credentials;
}

bool PlatformClient::isBusy() const
{
    return d->busy();
}

PlatformError PlatformClient::lastError() const
{
    return d->lastError;
}

void PlatformClient::cancel()
{
    if (!d->busy())
        return;
    d->fail(makeError(PlatformErrorKind::Cancelled, u"Cancelled."_s));
}

void PlatformClient::signIn()
{
    if (!d->begin(PlatformClientPrivate::Operation::SignIn,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->startAfterChecks([this] {
        d->total = 1;
        ++d->outstanding;
        auto job = d->makeJob(u"/v1/me"_s);
        job->onSuccess = [this, what = job->what](const QByteArray &body, int) {
            const auto user = PlatformWire::readUser(body);
            if (!user.ok()) {
                d->fail(PlatformClientPrivate::badData(what, user.error()));
                return;
            }
            d->step();
            d->finishOperation();
            emit signedIn(*user);
        };
        job->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->enqueue(job);
    });
}

void PlatformClient::fetchInventory()
{
    if (!d->begin(PlatformClientPrivate::Operation::Inventory,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->inventory = Inventory();
    d->meUsername.clear();
    d->startAfterChecks([this] {
        Inventory &inv = d->inventory;
        inv.source = d->options.apiUrl.toString(QUrl::RemoveUserInfo);
        const bool forCustomer = !d->options.customer.isEmpty();
        const auto complete = [this] {
            Inventory result = d->inventory;
            // Failed services in the platform's order, whatever order the answers came in.
            for (const Application &app : std::as_const(result.applications))
                for (const Service &svc : app.services)
                    if (!svc.fetchError.isEmpty())
                        result.errors.append({app.name, svc.name, svc.fetchError});
            if (!d->options.customer.isEmpty() && d->meUsername != result.user.username)
                result.viewer = d->meUsername;
            result.fetchedAt = QDateTime::currentDateTimeUtc();
            qCInfo(lcPlatform) << "inventory read:" << result.applications.size() << "applications,"
                               << result.serviceCount() << "services," << result.errors.size()
                               << "failed";
            d->inventory = Inventory();
            d->finishOperation();
            emit inventoryFetched(result);
        };
        const auto fatal = [this](const PlatformError &e) {
            d->fail(e);
        };

        d->total = forCustomer ? 4 : 3;

        // /v1/me: who is reading.
        ++d->outstanding;
        auto me = d->makeJob(u"/v1/me"_s);
        me->onSuccess = [this, complete, what = me->what](const QByteArray &body, int) {
            const auto user = PlatformWire::readUser(body);
            if (!user.ok()) {
                d->fail(PlatformClientPrivate::badData(what, user.error()));
                return;
            }
            d->meUsername = user->username;
            if (d->options.customer.isEmpty())
                d->inventory.user = *user;
            d->step();
            d->release(complete);
        };
        me->onFailure = fatal;
        d->enqueue(me);

        // The customer, for a support token.
        if (forCustomer) {
            ++d->outstanding;
            auto customer = d->makeJob(d->accountPath());
            customer->onSuccess = [this, complete, what = customer->what](const QByteArray &body,
                                                                          int) {
                const auto user = PlatformWire::readUser(body);
                if (!user.ok()) {
                    d->fail(PlatformClientPrivate::badData(what, user.error()));
                    return;
                }
                d->inventory.user = *user;
                d->step();
                d->release(complete);
            };
            customer->onFailure = fatal;
            d->enqueue(customer);
        }

        // The datacenters: an extension; without it charts derive zones from the instances.
        ++d->outstanding;
        auto dcs = d->makeJob(u"/v1/datacenters"_s);
        dcs->onSuccess = [this, complete, what = dcs->what](const QByteArray &body, int) {
            const auto list = PlatformWire::readDatacenters(body);
            if (list.ok())
                d->inventory.datacenters = *list;
            else
                qCWarning(lcPlatform).noquote() << what << "unreadable:" << list.error();
            d->step();
            d->release(complete);
        };
        dcs->onFailure = [this, complete](const PlatformError &e) {
            if (isFatal(e.kind)) {
                d->fail(e);
                return;
            }
            qCWarning(lcPlatform).noquote() << "datacenter list not read:" << e.message;
            d->step();
            d->release(complete);
        };
        d->enqueue(dcs);

        // The applications, then every service's detail.
        ++d->outstanding;
        auto apps = d->makeJob(d->accountPath() + u"/applications"_s);
        apps->onSuccess = [this, complete, what = apps->what](const QByteArray &body, int) {
            const auto list = PlatformWire::readApplications(body);
            if (!list.ok()) {
                d->fail(PlatformClientPrivate::badData(what, list.error()));
                return;
            }
            d->inventory.applications = *list;
            int services = 0;
            for (const Application &app : std::as_const(d->inventory.applications))
                services += int(app.services.size());
            d->total += services;
            for (int a = 0; a < d->inventory.applications.size() && d->busy(); ++a) {
                const Application &app = d->inventory.applications.at(a);
                for (int s = 0; s < app.services.size(); ++s)
                    d->fetchDetail(a, s, complete);
            }
            d->step();
            d->release(complete);
        };
        apps->onFailure = fatal;
        d->enqueue(apps);
    });
}

void PlatformClient::fetchService(const QString &application, const QString &service)
{
    if (!d->begin(PlatformClientPrivate::Operation::Service,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->startAfterChecks([this, application, service] {
        d->total = 1;
        ++d->outstanding;
        auto job = d->makeJob(d->servicePath(application, service));
        job->onSuccess = [this, application, what = job->what](const QByteArray &body, int) {
            const auto detail = PlatformWire::readService(body);
            if (!detail.ok()) {
                d->fail(PlatformClientPrivate::badData(what, detail.error()));
                return;
            }
            d->step();
            d->finishOperation();
            emit serviceFetched(application, *detail);
        };
        job->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->enqueue(job);
    });
}

void PlatformClient::scaleService(const QString &application, const QString &service,
                                  int instanceCount)
{
    // Every outcome but a cancel ends in scaleFinished, so that the platform's answer is shown.
    if (!d->begin(PlatformClientPrivate::Operation::Scale,
                  [this, application, service](const PlatformError &e) {
                      if (e.kind == PlatformErrorKind::Cancelled)
                          emit fetchFailed(e);
                      else
                          emit scaleFinished(application, service, false, e.message);
                  }))
        return;
    d->startAfterChecks([this, application, service, instanceCount] {
        d->total = 1;
        ++d->outstanding;
        auto job = d->makeJob(d->servicePath(application, service), "PATCH");
        job->contentType = "application/json";
        job->body = QJsonDocument(QJsonObject{{u"instance_count"_s, instanceCount}})
                        .toJson(QJsonDocument::Compact);
        job->onSuccess = [this, application, service, instanceCount](const QByteArray &body, int) {
            QString message;
            const auto detail = PlatformWire::readService(body);
            if (detail.ok())
                message = u"The platform accepted: %1 now has %2 instance(s)."_s.arg(
                    service, QString::number(detail->instanceCount));
            else
                message = u"The platform accepted: %1 scaled to %2 instance(s)."_s.arg(
                    service, QString::number(instanceCount));
            qCInfo(lcPlatform).noquote()
                << "scaled" << application << service << "to" << instanceCount;
            d->step();
            d->finishOperation();
            emit scaleFinished(application, service, true, message);
        };
        job->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->enqueue(job);
    });
}

Result<Inventory> PlatformClient::fetchInventoryAndWait()
{
    QEventLoop loop;
    std::optional<Result<Inventory>> result;
    const auto ok =
        connect(this, &PlatformClient::inventoryFetched, &loop, [&](const Inventory &inventory) {
            result = inventory;
            loop.quit();
        });
    const auto failed =
        connect(this, &PlatformClient::fetchFailed, &loop, [&](const PlatformError &error) {
            result = Result<Inventory>::failure(error.message);
            loop.quit();
        });
    fetchInventory();
    if (!result)
        loop.exec();
    disconnect(ok);
    disconnect(failed);
    return *result;
}

Result<User> PlatformClient::signInAndWait()
{
    QEventLoop loop;
    std::optional<Result<User>> result;
    const auto ok = connect(this, &PlatformClient::signedIn, &loop, [&](const User &user) {
        result = user;
        loop.quit();
    });
    const auto failed =
        connect(this, &PlatformClient::fetchFailed, &loop, [&](const PlatformError &error) {
            result = Result<User>::failure(error.message);
            loop.quit();
        });
    signIn();
    if (!result)
        loop.exec();
    disconnect(ok);
    disconnect(failed);
    return *result;
}
