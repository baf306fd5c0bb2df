#pragma once

#include "inventory.h"
#include "statusclient.h"
#include "statusimpact.h"
#include "statusnotifier.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

class QMenu;
class QSystemTrayIcon;
class StatusBanner;
class StatusFeedDialog;

// Runs the live platform status in the GUI: owns the status client, keeps the banner, the feed
// dialog and the tray icon up to date, posts notifications by the rules of StatusNotifier, and
// tells the rest of the window which of the user's services the current trouble touches.
//
// Settings (QSettings): status/url, status/kind (auto|native|statuspage),
// status/pollIntervalSeconds (absent: 60 s native, 5 min Statuspage), status/notifications,
// status/followedComponents, status/mutedUntil.
class StatusController : public QObject
{
    Q_OBJECT

public:
    explicit StatusController(QObject *parent = nullptr);
    ~StatusController() override;

    // The banner, for the top of the main window (the window takes ownership when it adds it).
    QWidget *banner() const;
    StatusBanner *statusBanner() const;
    StatusClient *client() const { return m_client; }
    const StatusNotifier &notifier() const { return m_notifier; }

    // Reads the settings and starts polling when a status URL is set.
    void start();
    // Changes the status URL (saved in the settings) and starts polling it.
    void setStatusUrl(const QUrl &url, StatusClient::Kind kind = StatusClient::Kind::Auto);
    void setInventory(const Inventory &inventory);
    void setPollInterval(std::chrono::seconds interval); // saved; 0 = the default for the kind
    void setNotificationsEnabled(bool enabled);          // saved
    void muteFor(std::chrono::hours hours);              // saved
    void unmute();
    void setFollowedComponents(const QStringList &components); // saved; empty = all
    // Uses QNetworkInformation (when the platform has a backend) to re-poll when the network
    // returns and to say "this computer is offline". On by default.
    void setUseNetworkInformation(bool use) { m_useNetworkInformation = use; }

    StatusImpact impact() const { return m_impact; }
    QSet<QString> affectedServiceKeys() const { return m_impact.serviceKeys; }

public slots:
    void showFeed();
    void pollNow();

signals:
    // The user's services ("app/service") that have instances where the trouble is.
    void impactChanged(QSet<QString> affectedServiceKeys);
    void snapshotChanged(const StatusSnapshot &snapshot);
    // Every notification shown (also emitted when no tray is available to show it).
    void notificationPosted(const QString &title, const QString &message);
    // The level, the outage flag or the set of open incidents changed: what the platform
    // serves may have changed with it (instances down or back), so the inventory is worth
    // reading again now.
    void platformStateChanged();
    // The user asked to see what the loss of this datacenter does to their applications.
    void whatIfRequested(const QString &datacenter);

private:
    void onSnapshotChanged(const StatusSnapshot &snapshot);
    void updateImpact();
    void updateTray();
    void rebuildFollowMenu();
    void post(const StatusNotification &notification);
    void setupNetworkInformation();
    void checkForWake();

    StatusClient *m_client = nullptr;
    QPointer<StatusBanner> m_banner;
    QPointer<StatusFeedDialog> m_feed;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QMenu *m_followMenu = nullptr;
    StatusNotifier m_notifier;
    Inventory m_inventory;
    StatusImpact m_impact;
    bool m_notificationsEnabled = true;
    bool m_useNetworkInformation = true;
    bool m_networkInformationSetUp = false;
    QTimer m_tick; // refreshes ages; notices the machine waking up
    QDateTime m_lastTick;
    QStringList m_knownComponents;
    // What platformStateChanged() compares: level, outage flag, open incident ids.
    StatusLevel m_lastLevel = StatusLevel::Unknown;
    bool m_lastOutage = false;
    QStringList m_lastOpenIncidents;
    bool m_stateKnown = false;
};
