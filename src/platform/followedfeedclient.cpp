#include "followedfeedclient.h"

#include "platformlogging.h"
#include "statuswire.h"

using namespace Qt::StringLiterals;

QString FollowedFeed::kindName(Kind kind)
{
    return kind == Kind::Feed ? u"feed"_s : u"statuspage"_s;
}

bool FollowedFeed::kindFromName(const QString &name, Kind *out)
{
    if (name == "statuspage"_L1)
        *out = Kind::Statuspage;
    else if (name == "feed"_L1)
        *out = Kind::Feed;
    else
        return false;
    return true;
}

StatusLevel FollowedFeedState::level() const
{
    if (!isCurrent() || feed.kind == FollowedFeed::Kind::Feed)
        return StatusLevel::Unknown;
    return page.level();
}

FollowedFeedClient::FollowedFeedClient(const FollowedFeed &feed, QObject *parent)
    : QObject(parent)
    , m_layer(new RequestLayer(this))
{
    m_state.feed = feed;
    m_state.page.source = feed.url.toString();
    setNetworkOptions({});
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(std::chrono::milliseconds(defaultInterval));
    connect(&m_timer, &QTimer::timeout, this, &FollowedFeedClient::pollNow);
}

void FollowedFeedClient::setNetworkOptions(const RequestLayerOptions &options)
{
    RequestLayerOptions o = options;
    o.maxParallel = 1;
    o.maxResponseBytes = std::min(StatusWire::maxStatusBytes, FeedReader::maxFeedBytes);
    o.requestDeadlineMs = 20000;
    o.stallTimeoutMs = 15000;
    o.maxRetries = 1;
    m_layer->setOptions(o);
}

void FollowedFeedClient::setInterval(std::chrono::seconds interval)
{
    m_timer.setInterval(
        std::chrono::milliseconds(interval.count() > 0 ? interval : defaultInterval));
}

void FollowedFeedClient::start()
{
    m_timer.start();
    pollNow();
}

void FollowedFeedClient::stop()
{
    m_timer.stop();
    if (m_pending)
        m_layer->abort(m_pending);
    m_pending = 0;
}

QUrl FollowedFeedClient::readUrl() const
{
    QUrl url = m_state.feed.url;
    if (m_state.feed.kind == FollowedFeed::Kind::Statuspage && !url.path().endsWith(u".json"_s)) {
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + u"/api/v2/summary.json"_s);
    }
    return url;
}

void FollowedFeedClient::pollNow()
{
    if (m_pending)
        return;
    HttpRequest req;
    req.url = readUrl();
    req.headers.append(
        {QByteArray("User-Agent"), QByteArray("scaling-advisor/" SA_VERSION " (status)")});
    req.headers.append({QByteArray("Accept"),
                        m_state.feed.kind == FollowedFeed::Kind::Feed
                            ? QByteArray("application/rss+xml, application/atom+xml, text/xml")
                            : QByteArray("application/json")});
    m_pending = m_layer->send(req, [this](const HttpResponse &r) { onAnswer(r); });
}

void FollowedFeedClient::onAnswer(const HttpResponse &response)
{
    m_pending = 0;
    const QString where = response.url.toString();
    QString error;
    if (!response.ok())
        error = u"%1: %2"_s.arg(where, response.errorMessage);
    else if (response.status != 200)
        error = u"%1: HTTP %2"_s.arg(where).arg(response.status);
    else if (m_state.feed.kind == FollowedFeed::Kind::Statuspage) {
        auto page = StatusWire::readStatuspageSummary(response.body);
        if (page) {
            StatusSnapshot next = *page;
            next.source = m_state.feed.url.toString();
            next.lastSuccess = QDateTime::currentDateTimeUtc();
            m_state.page = next;
        } else {
            error = page.error();
        }
    } else {
        auto feed = FeedReader::read(response.body);
        if (feed)
            m_state.entries = *feed;
        else
            error = feed.error();
    }
    // A failed read keeps the last good data; the state reads unknown meanwhile.
    if (error.isEmpty()) {
        m_state.lastSuccess = QDateTime::currentDateTimeUtc();
        m_state.lastError.clear();
    } else {
        qCInfo(lcStatus).noquote() << "followed feed" << m_state.feed.name << ":" << error;
        m_state.lastError = error;
        m_state.page.lastError = error;
    }
    emit stateChanged(m_state);
}
