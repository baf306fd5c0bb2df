#pragma once

#include "feedreader.h"
#include "requestlayer.h"
#include "statussnapshot.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

// A feed followed beside the platform's own status: another service's Statuspage page or an
// RSS / Atom feed (most status pages and cloud providers publish one). Each has its own state
// and never changes the platform's level. An RSS or Atom feed tells no level: its level stays
// unknown, whatever its entries say.
struct FollowedFeed
{
    enum class Kind
    {
        Statuspage,
        Feed // RSS 2.0 or Atom
    };
    QString name;
    QUrl url;
    Kind kind = Kind::Statuspage;

    static QString kindName(Kind kind); // "statuspage" / "feed"
    static bool kindFromName(const QString &name, Kind *out);
    friend bool operator==(const FollowedFeed &a, const FollowedFeed &b)
    {
        return a.name == b.name && a.url == b.url && a.kind == b.kind;
    }
};

struct FollowedFeedState
{
    FollowedFeed feed;
    StatusSnapshot page;  // for a Statuspage page (its lastError / lastSuccess are kept there)
    FeedDocument entries; // for an RSS / Atom feed
    QDateTime lastSuccess;
    QString lastError;

    bool isCurrent() const { return lastSuccess.isValid() && lastError.isEmpty(); }
    // The page's level; Unknown for RSS / Atom and whenever the latest read failed.
    StatusLevel level() const;
};

class FollowedFeedClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultInterval{300};

    explicit FollowedFeedClient(const FollowedFeed &feed, QObject *parent = nullptr);

    const FollowedFeedState &state() const { return m_state; }
    void setNetworkOptions(const RequestLayerOptions &options);
    void setInterval(std::chrono::seconds interval);
    void start();
    void stop();
    void pollNow();
    // The URL read: a Statuspage page's summary.json (added to a page's root), or the feed.
    QUrl readUrl() const;

signals:
    void stateChanged(const FollowedFeedState &state);

private:
    void onAnswer(const HttpResponse &response);

    RequestLayer *m_layer = nullptr;
    FollowedFeedState m_state;
    QTimer m_timer;
    RequestLayer::Id m_pending = 0;
};
