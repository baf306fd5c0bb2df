#pragma once

#include "requestlayer.h"
#include "result.h"
#include "statussnapshot.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

// Keeps a StatusSnapshot of the platform's status service up to date (docs/design.md §3).
//
// Native Status API: polls /v1/status and /v1/status/updates?since= with If-None-Match (an
// unchanged poll is two 304s), and listens to /v1/status/updates?stream for updates as they are
// posted, reconnecting with backoff; polling goes on meanwhile, so a dead stream only costs
// latency. Statuspage v2 pages: polls summary.json. Auto detection probes /v1/status, then
// /api/v2/summary.json; a URL ending in /api/v2/summary.json is a Statuspage page.
//
// When the service cannot be reached or answers nonsense the snapshot keeps its last good data
// and its level reads Unknown (never green). The client shares nothing with the platform API
// client, so either works while the other is down.
class StatusClient : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Auto,
        Native,
        Statuspage
    };
    static Result<Kind> kindFromName(const QString &name); // "auto", "native", "statuspage"
    static QString kindName(Kind kind);

    static constexpr std::chrono::seconds defaultNativeInterval{60};
    static constexpr std::chrono::seconds defaultStatuspageInterval{300};
    static constexpr int maxUpdatesKept = 50;

    // Traffic figures, for the banner's diagnostics and the benchmarks.
    struct Stats
    {
        qint64 polls = 0;
        qint64 requests = 0;
        qint64 notModified = 0;   // 304 answers
        qint64 bytesReceived = 0; // bodies and headers, as counted by the client
        qint64 streamConnects = 0;
        qint64 streamUpdates = 0;
    };

    explicit StatusClient(QObject *parent = nullptr);
    ~StatusClient() override;

    // Takes effect at the next poll; forgets what was known about another URL.
    void setUrl(const QUrl &url, Kind kind = Kind::Auto);
    QUrl url() const { return m_url; }
    Kind configuredKind() const { return m_configuredKind; }
    // The kind in use: the configured one, or the detected one (Auto until detected).
    Kind kind() const { return m_kind; }

    // Zero picks the default for the kind (60 s native, 5 min Statuspage).
    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const;
    void setStreamingEnabled(bool enabled);
    // Plain http:// is accepted for loopback addresses only unless this is set.
    void setAllowPlainHttp(bool allow)
    {
        m_allowPlainHttp = allow;
        applyNetworkOptions();
    }
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // Proxy, extra CA bundle and the like, as for the platform client (the request layer's
    // options); the status client keeps its own size cap, timeouts and retry schedule.
    void setNetworkOptions(const RequestLayerOptions &options);
    // Stream reconnect backoff: starts at `first`, doubles up to `max`.
    void setStreamBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // After a failed poll the next one comes sooner: after `first`, doubling up to the interval.
    void setRetryDelay(std::chrono::milliseconds first) { m_retryFirst = m_retry = first; }

    void start(); // polls now, then every interval; opens the stream for native feeds
    void stop();
    bool isRunning() const { return m_running; }
    // A poll is on the wire or queued behind the one that is.
    bool isPolling() const { return m_step != Step::Idle || m_pollAgain; }
    // Polls at once (a poll already running is not doubled; one more follows it).
    void pollNow();
    // The user asked, the network came back or the machine woke: polls now and, for a native
    // feed whose stream is waiting to reconnect, reconnects now with the backoff reset.
    void checkNow();

    const StatusSnapshot &snapshot() const { return m_snapshot; }
    Stats stats() const { return m_stats; }
    bool isStreamConnected() const { return m_streamConnected; }

    // One poll, waiting for it in a local event loop: for the command line.
    static Result<StatusSnapshot>
    fetchOnceAndWait(const QUrl &url, Kind kind,
                     std::chrono::milliseconds timeout = std::chrono::seconds(20));

signals:
    // The snapshot changed in a way a user could see (data, level, error).
    void snapshotChanged(const StatusSnapshot &snapshot);
    // After every poll, successful or not.
    void pollFinished(bool ok);
    void streamConnectedChanged(bool connected);

private:
    enum class Step
    {
        Idle,
        ProbeNative,
        ProbeStatuspage,
        NativeStatus,
        NativeUpdates,
        Summary
    };

    QUrl endpoint(const QString &path, const QString &query = {}) const;
    HttpRequest request(const QUrl &url, const QByteArray &etag) const;
    void applyNetworkOptions();
    void countReply(const HttpResponse &response);
    // The body of a finished answer, or an error; 304 gives an empty body and sets notModified.
    Result<QByteArray> takeBody(const HttpResponse &response, bool *notModified);
    QString checkUrl() const;

    void runStep(Step step);
    void onReply(const HttpResponse &response, Step step);
    void finishPoll(const QString &error);
    void publish(StatusSnapshot next);
    void applyUpdates(const QList<IncidentUpdate> &fresh);
    QString lastUpdateId() const;

    void openStream();
    void onStreamData(const QByteArray &chunk);
    void onStreamFinished();
    void dropStream();
    void setStreamConnected(bool connected);

    RequestLayer *m_layer = nullptr;       // polls
    RequestLayer *m_streamLayer = nullptr; // the long-lived stream: its own stall timeout
    RequestLayerOptions m_networkOptions;
    QUrl m_url;     // as given
    QUrl m_baseUrl; // the API base or the page root
    Kind m_configuredKind = Kind::Auto;
    Kind m_kind = Kind::Auto;
    std::chrono::seconds m_interval{0};
    std::chrono::milliseconds m_requestTimeout{15000};
    std::chrono::milliseconds m_backoffFirst{1000};
    std::chrono::milliseconds m_backoffMax{30000}; // a restored service is seen within 30 s
    std::chrono::milliseconds m_backoff{1000};
    std::chrono::milliseconds m_retryFirst{5000};
    std::chrono::milliseconds m_retry{5000};
    bool m_streamingEnabled = true;
    bool m_allowPlainHttp = false;
    bool m_running = false;

    QTimer m_pollTimer;
    QTimer m_reconnectTimer;
    RequestLayer::Id m_reply = 0; // the poll step in flight (0: none)
    Step m_step = Step::Idle;
    bool m_pollAgain = false;
    QString m_probeError;

    RequestLayer::Id m_stream = 0;  // 0: no stream
    quint64 m_streamGeneration = 0; // callbacks of an older stream are ignored
    QByteArray m_streamBuffer;
    bool m_streamConnected = false;

    QByteArray m_statusEtag;
    QUrl m_updatesEtagUrl;
    QByteArray m_updatesEtag;
    StatusSnapshot m_pending; // the poll being assembled
    StatusSnapshot m_snapshot;
    Stats m_stats;
};
