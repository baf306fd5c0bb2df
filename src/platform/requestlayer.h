#pragma once

#include "proxyconfiguration.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

// How the request layer behaves; one set per client.
struct RequestLayerOptions
{
    int maxParallel = 6;          // requests in flight at once (the rest wait in a queue)
    int connectTimeoutMs = 10000; // until the request is on the wire
    int stallTimeoutMs = 30000;   // then: no byte of the answer for this long → timeout
    // The whole answer must be in within this time, however steadily a server trickles it;
    // 0 = no deadline. A request may set its own (streams set none).
    int requestDeadlineMs = 60000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 3; // connection errors and 5xx (idempotent requests only), and 429
    int retryBaseDelayMs = 500;
    int maxRetryAfterSeconds = 120; // a longer Retry-After is not waited for: the caller decides
    bool allowInsecureHttp = false; // plain http:// only to loopback unless this is set
    // An extra CA bundle (PEM) trusted beside the system's; empty: $SCALING_ADVISOR_CA_FILE.
    QString caFile;
    ProxyConfiguration proxy;
};

// One request for the layer.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // sent wherever the request goes
    // Sent only to the origin of `url`: dropped when a redirect leads to another origin.
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
    // Idempotent requests are retried on connection errors and 5xx; others only when their bytes
    // never left (the connection was refused). Default: GET and HEAD.
    std::optional<bool> idempotent;
    bool followRedirects = true; // up to 5; a change (not GET/HEAD) is never followed elsewhere
    int deadlineMs = -1;         // -1: the layer's requestDeadlineMs; 0: none
    QString what;                // "GET /v1/me" for messages; default: method and path
    // A stream: every piece of the answer goes here as it arrives (the body is not kept and the
    // size cap does not apply); set deadlineMs 0 and rely on the stall timeout.
    std::function<void(const QByteArray &piece)> onData;
};

// The outcome of one request, after any retries and redirects.
struct HttpResponse
{
    enum class Error
    {
        None,
        Network,             // could not connect, connection lost
        Timeout,             // stalled, or no connection within the connect timeout
        Deadline,            // the whole answer did not arrive within the deadline
        Tls,                 // certificate or handshake failure
        Proxy,               // the proxy refused, is down, or failed
        ProxyAuthentication, // the proxy asked for credentials (407)
        TooLarge,
        Truncated, // the connection closed before the announced length arrived
        Insecure,  // plain http:// to a host that is not loopback
        Redirect,  // a redirect that is not followed (bad Location, loop, change elsewhere)
        InvalidUrl,
        Cancelled,
    };

    Error error = Error::None;
    QString errorMessage; // for a user; names the host (and the proxy) when it is about them
    QString errorReason;  // Network: the bare reason ("Connection refused"), for a caller's words
    int status = 0;       // the HTTP status of the last answer (0: none)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl url;                   // where the last answer came from (after redirects)
    bool crossOrigin = false;   // redirected to another origin: sent without authorization
    int retries = 0;            // how many times it was sent again
    int retryAfterSeconds = -1; // Retry-After of the last answer (seconds; -1: none)

    bool ok() const { return error == Error::None; }
    bool isSuccess() const { return ok() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; first match
};

class RequestLayerPrivate;

// The one HTTP stack of the project, over QNetworkAccessManager (HTTP/1.1 keep-alive and HTTP/2,
// compression, proxies). Both the platform client and the status client send through it.
//
// What it adds to QNetworkAccessManager: at most maxParallel requests on the wire at once (over
// HTTP/1 up to six more wait in Qt Network's own queue, ready for the next free connection); a
// connect timeout, a stall timeout and a total deadline per request; a cap on the answer's size;
// retries with exponential backoff for idempotent requests only (a POST or PATCH is never sent
// again once its bytes went out), Retry-After on 429 and 503; redirects followed by hand so that
// the authorization never crosses to another origin; plain http:// only to loopback unless allowed;
// the system's CA certificates plus an extra bundle; the proxy configuration; and politeness:
// never more requests in flight than X-RateLimit-Remaining says remain.
//
// Status codes other than 3xx, 429 and retried 5xx are the caller's to interpret: `finished`
// gets the answer as it came.
class RequestLayer : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;
    using Finished = std::function<void(const HttpResponse &response)>;

    explicit RequestLayer(QObject *parent = nullptr);
    ~RequestLayer() override;

    void setOptions(const RequestLayerOptions &options);
    RequestLayerOptions options() const;

    // Queues a request; `finished` is called exactly once, from the event loop (never from
    // inside send), unless the request is aborted first. Returns an id for abort().
    Id send(const HttpRequest &request, Finished finished);
    // Stops a request; its `finished` is not called.
    void abort(Id id);
    void abortAll();
    int pendingCount()
        const; // queued, in flight, waiting to be retried, or answered and not yet handed on

    // The certificates trusted beside the system's (from caFile), or the reason they could not be
    // read (then every https request fails with that reason).
    QString caFileError() const;

    // Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);
    static bool isLoopbackHost(const QString &host);
    // "1 s", "300 ms", "2 min" — how the layer writes durations in its messages.
    static QString formatDuration(int ms);
    static QString formatBytes(qint64 bytes);

    QNetworkAccessManager *networkAccessManager() const;

private:
    std::unique_ptr<RequestLayerPrivate> d;
};
