#include "statuscontroller.h"

#include "guilogging.h"
#include "settingskeys.h"
#include "statusbanner.h"
#include "statusfeeddialog.h"
#include "statuspresentation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QNetworkInformation>
#include <QSettings>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kUrl = SettingsKeys::statusUrl;
constexpr QLatin1StringView kKind = SettingsKeys::statusKind;
constexpr QLatin1StringView kInterval = SettingsKeys::statusPollIntervalSeconds;
constexpr QLatin1StringView kNotifications = SettingsKeys::statusNotifications;
constexpr QLatin1StringView kFollowed = SettingsKeys::statusFollowedComponents;
constexpr QLatin1StringView kMutedUntil = SettingsKeys::statusMutedUntil;
constexpr int kTickMs = 30000;

QString key(QLatin1StringView k)
{
    return QString(k);
}
} // namespace

StatusController::StatusController(QObject *parent)
    : QObject(parent)
    , m_client(new StatusClient(this))
    , m_banner(new StatusBanner)
{
    connect(m_client, &StatusClient::snapshotChanged, this, &StatusController::onSnapshotChanged);
    connect(m_client, &StatusClient::pollFinished, this, [this] {
        if (m_banner)
            m_banner->refresh();
    });
    connect(m_banner, &StatusBanner::detailsRequested, this, &StatusController::showFeed);
    m_tick.setInterval(kTickMs);
    m_tick.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &StatusController::checkForWake);
}

StatusController::~StatusController()
{
    m_client->stop();
    if (m_banner && !m_banner->parent())
        delete m_banner;
    if (m_feed && !m_feed->parent())
        delete m_feed;
    delete m_trayMenu;
}

QWidget *StatusController::banner() const
{
    return m_banner;
}

StatusBanner *StatusController::statusBanner() const
{
    return m_banner;
}

void StatusController::start()
{
    QSettings settings;
    m_notificationsEnabled = settings.value(key(kNotifications), true).toBool();
    m_notifier.setFollowedComponents(settings.value(key(kFollowed)).toStringList());
    const QDateTime muted = settings.value(key(kMutedUntil)).toDateTime();
    if (muted.isValid() && muted > QDateTime::currentDateTimeUtc())
        m_notifier.muteUntil(muted);
    if (settings.contains(key(kInterval)))
        m_client->setInterval(std::chrono::seconds(settings.value(key(kInterval)).toInt()));

    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_trayMenu = new QMenu;
        m_trayMenu->addAction(tr("Status details…"), this, &StatusController::showFeed);
        m_trayMenu->addAction(tr("Check now"), this, &StatusController::pollNow);
        QMenu *mute = m_trayMenu->addMenu(tr("Mute notifications"));
        for (int h : {1, 4, 8})
            mute->addAction(tr("For %n hour(s)", nullptr, h), this,
                            [this, h] { muteFor(std::chrono::hours(h)); });
        mute->addAction(tr("Unmute"), this, &StatusController::unmute);
        m_followMenu = m_trayMenu->addMenu(tr("Follow components"));
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        showFeed();
                });
        rebuildFollowMenu();
        updateTray();
        m_tray->show();
    }
    if (m_useNetworkInformation)
        setupNetworkInformation();

    const QUrl url(settings.value(key(kUrl)).toString());
    const auto kind = StatusClient::kindFromName(settings.value(key(kKind), u"auto"_s).toString());
    if (url.isValid() && !url.isEmpty()) {
        m_client->setUrl(url, kind ? *kind : StatusClient::Kind::Auto);
        m_client->start();
    }
    m_lastTick = QDateTime::currentDateTimeUtc();
    m_tick.start();
}

void StatusController::setStatusUrl(const QUrl &url, StatusClient::Kind kind)
{
    // The settings dialog hands the URL back on every change: the same feed keeps its state.
    if (url == m_client->url() && kind == m_client->configuredKind() && m_client->isRunning())
        return;
    m_notifier.resetBaseline(); // a new feed: its first state is shown, not announced
    QSettings settings;
    settings.setValue(key(kUrl), url.toString());
    settings.setValue(key(kKind), StatusClient::kindName(kind));
    m_client->setUrl(url, kind);
    m_client->start();
    onSnapshotChanged(m_client->snapshot());
}

void StatusController::setInventory(const Inventory &inventory)
{
    m_inventory = inventory;
    updateImpact();
}

void StatusController::setPollInterval(std::chrono::seconds interval)
{
    QSettings settings;
    if (interval.count() > 0)
        settings.setValue(key(kInterval), qint64(interval.count()));
    else
        settings.remove(key(kInterval));
    m_client->setInterval(interval);
}

void StatusController::setNotificationsEnabled(bool enabled)
{
    m_notificationsEnabled = enabled;
    QSettings().setValue(key(kNotifications), enabled);
}

void StatusController::muteFor(std::chrono::hours hours)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(hours.count() * 3600);
    m_notifier.muteUntil(until);
    QSettings().setValue(key(kMutedUntil), until);
    qCInfo(lcGui) << "status notifications muted until" << until;
}

void StatusController::unmute()
{
    m_notifier.muteUntil({});
    QSettings().remove(key(kMutedUntil));
}

void StatusController::setFollowedComponents(const QStringList &components)
{
    m_notifier.setFollowedComponents(components);
    QSettings settings;
    if (components.isEmpty())
        settings.remove(key(kFollowed));
    else
        settings.setValue(key(kFollowed), components);
    rebuildFollowMenu();
}

void StatusController::showFeed()
{
    if (!m_feed) {
        QWidget *parent = m_banner ? m_banner->window() : nullptr;
        m_feed = new StatusFeedDialog(parent);
        m_feed->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_feed->setSnapshot(m_client->snapshot());
    m_feed->show();
    m_feed->raise();
    m_feed->activateWindow();
}

void StatusController::pollNow()
{
    m_client->pollNow();
}

void StatusController::onSnapshotChanged(const StatusSnapshot &snapshot)
{
    if (m_banner)
        m_banner->setSnapshot(snapshot);
    if (m_feed)
        m_feed->setSnapshot(snapshot);
    updateImpact();
    updateTray();
    QStringList components;
    for (const StatusComponent &c : snapshot.components)
        components.append(c.name);
    if (components != m_knownComponents) {
        m_knownComponents = components;
        rebuildFollowMenu();
    }
    if (const auto n = m_notifier.consider(snapshot, QDateTime::currentDateTimeUtc()))
        post(*n);
    emit snapshotChanged(snapshot);
}

void StatusController::updateImpact()
{
    const StatusImpact impact = StatusImpact::compute(m_client->snapshot(), m_inventory);
    const bool changed = impact.serviceKeys != m_impact.serviceKeys;
    m_impact = impact;
    if (m_banner)
        m_banner->setImpact(m_impact);
    if (changed)
        emit impactChanged(m_impact.serviceKeys);
}

void StatusController::updateTray()
{
    if (!m_tray)
        return;
    const StatusSnapshot &s = m_client->snapshot();
    const auto look = StatusPresentation::lookFor(s);
    m_tray->setIcon(StatusPresentation::icon(look));
    QString tip = StatusPresentation::title(look);
    if (!s.description.isEmpty() && look != StatusPresentation::Look::Unknown)
        tip += u"\n"_s + s.description;
    m_tray->setToolTip(tip);
}

void StatusController::rebuildFollowMenu()
{
    if (!m_followMenu)
        return;
    m_followMenu->clear();
    const QStringList followed = m_notifier.followedComponents();
    QAction *all = m_followMenu->addAction(tr("All components"));
    all->setCheckable(true);
    all->setChecked(followed.isEmpty());
    connect(all, &QAction::triggered, this, [this] { setFollowedComponents({}); });
    m_followMenu->addSeparator();
    for (const QString &name : std::as_const(m_knownComponents)) {
        QAction *a = m_followMenu->addAction(name); // menu text is plain
        a->setCheckable(true);
        a->setChecked(followed.contains(name));
        connect(a, &QAction::toggled, this, [this, name](bool on) {
            QStringList list = m_notifier.followedComponents();
            list.removeAll(name);
            if (on)
                list.append(name);
            setFollowedComponents(list);
        });
    }
}

void StatusController::post(const StatusNotification &notification)
{
    if (!m_notificationsEnabled)
        return;
    qCInfo(lcGui).noquote() << "status notification:" << notification.title;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        const auto icon = notification.outage || notification.level == StatusLevel::Major ||
                                  notification.level == StatusLevel::Critical
                              ? QSystemTrayIcon::Critical
                          : notification.level == StatusLevel::None ? QSystemTrayIcon::Information
                                                                    : QSystemTrayIcon::Warning;
        m_tray->showMessage(notification.title, notification.message, icon, 15000);
    }
    emit notificationPosted(notification.title, notification.message);
}

void StatusController::setupNetworkInformation()
{
    if (m_networkInformationSetUp)
        return;
    m_networkInformationSetUp = true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                const bool offline = r == QNetworkInformation::Reachability::Disconnected;
                if (m_banner)
                    m_banner->setOffline(offline);
                if (r == QNetworkInformation::Reachability::Online) {
                    qCInfo(lcGui) << "network is back: checking the platform status";
                    m_client->pollNow();
                }
            });
    if (m_banner)
        m_banner->setOffline(info->reachability() ==
                             QNetworkInformation::Reachability::Disconnected);
}

void StatusController::checkForWake()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A tick that comes much later than planned means the machine slept: look again now.
    if (m_lastTick.isValid() && m_lastTick.msecsTo(now) > 3 * kTickMs && m_client->isRunning()) {
        qCInfo(lcGui) << "woke up: checking the platform status";
        m_client->pollNow();
    }
    m_lastTick = now;
    if (m_banner)
        m_banner->refresh(now);
}
