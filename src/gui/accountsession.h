#pragma once

#include "account.h"
#include "credentialstore.h"
#include "dataage.h"
#include "exemption.h"
#include "inventory.h"
#include "inventoryloader.h"
#include "platformclient.h"
#include "preparedviews.h"
#include "requestlayer.h"
#include "rulesengine.h"

#include <QObject>
#include <QPointer>
#include <QTime>
#include <QTimer>

#include <chrono>
#include <optional>
#include <utility>

// The account behind the main window, without any widget: which account is signed in and with
// which secret (session store first, then the keychain), the inventory on screen and its audit,
// the background re-read schedule and the retry backoff after a failure, the merge of services
// that could not be read with their last known detail, the cached snapshot, and the exemptions.
// The window shows what this object says; the object never shows anything itself.
//
// Settings (AppSettings): inventoryRefreshMinutes (never more often than the platform's rate limit
// allows for an account of this size), the proxy (its password from the store) and the CA file.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // What the window should tell the user about the account, beside the data.
    struct Notice
    {
        enum class Kind
        {
            None, // nothing to say: hide the bar
            Information,
            Warning,
            Error
        };
        enum class Action
        {
            None,
            RetryNow,
            OpenAccounts,
            OpenAccountsOrSnapshot
        };
        Kind kind = Kind::None;
        QString text;
        Action action = Action::None;
    };

    // `store` keeps secrets (the keychain in the application, a memory store in tests); the
    // session never owns it.
    explicit AccountSession(CredentialStore *store, QObject *parent = nullptr);
    ~AccountSession() override;

    PlatformClient *client() const { return m_client; }
    CredentialStore *store() const { return m_store; }
    CredentialStore *sessionStore() const { return m_sessionStore; } // never written to disk

    // Starts on the saved current account: its cached snapshot at once, then its secret, then a
    // refresh.
    void start();
    // Signs in with this account and secret (not saved anywhere) and refreshes.
    void useAccount(const Account &account, const QString &secret);
    // Switches to this account and looks up its secret (session store, then the keychain).
    void useAccountWithStoredSecret(const Account &account);
    void logOut();
    bool hasAccount() const { return m_hasAccount; }
    const Account &account() const { return m_account; }

    // Shows this inventory now, audited in this thread (a small one, or one already in memory);
    // a read still running is superseded.
    void showInventory(const Inventory &inventory, DataAge::Origin origin);
    // Reads and audits the snapshot on the loader's thread: readingStarted at once, then
    // inventoryChanged (or snapshotFailed) when it is done. Fails at once only if the file cannot
    // be opened. A later read, refresh or showInventory supersedes it.
    Status openSnapshot(const QString &path);
    // A snapshot, the cache or a fetched inventory is being read or audited off this thread.
    bool isReading() const { return m_loader->isBusy(); }
    const Inventory &inventory() const { return m_inventory; }
    const AuditReport &audit() const { return m_audit; }
    // While inventoryChanged is emitted for a result of the loader: the window's models of this
    // inventory and audit, made in the loader's thread (empty otherwise, and once taken).
    std::optional<PreparedViews> takePreparedViews() { return std::exchange(m_prepared, {}); }
    DataAge::Origin origin() const { return m_origin; }
    QString dataAgeText() const;
    bool isRefreshing() const { return m_refreshing; }
    bool isLive() const { return m_hasAccount && m_origin == DataAge::Origin::Live; }
    // Off for the demo: its platform lives only as long as the process.
    void setSnapshotCaching(bool on) { m_caching = on; }

    // Persists an exemption of this finding and audits again.
    Status exempt(const Finding &finding, const QString &reason);
    void setExemptionsPath(const QString &path);
    QString exemptionsPath() const { return m_exemptionsPath; }
    // Audits the inventory again (the exemptions or the CLI name changed).
    void reaudit();
    // What the audit honours: the platform CLI named in fixes, the exemptions.
    AuditOptions auditOptions() const;

    // The current notice; its text is worded afresh on each call, so the ages in it stay true.
    Notice notice() const;

    // The background re-read: the interval the user chose (inventory/refreshMinutes), raised to
    // what the rate limit allows for this inventory. 0 minutes in the setting turns it off.
    std::chrono::seconds refreshInterval() const;
    static std::chrono::seconds minimumRefreshInterval(const Inventory &inventory);
    // Applies a changed inventory/refreshMinutes setting.
    void reloadSchedule();
    bool isRefreshScheduled() const { return m_scheduleTimer.isActive(); }

    // Services scaled in this session: a read of one service replaces it in the inventory.
    void applyServiceRead(const QString &application, const Service &service);

    // Applies the proxy and CA settings (the proxy password read from the store) to the client.
    void reloadNetworkSettings();
    // The proxy and CA the client uses, for the other clients of the window (the status feed).
    RequestLayerOptions networkOptions() const;

public slots:
    void refresh();
    void cancelRefresh();
    // The platform's state changed (status level, outage, incidents): read the inventory again
    // now, or right after the read that is running.
    void refreshSoon();

signals:
    void inventoryChanged(DataAge::Origin origin);
    void refreshStarted();
    void refreshProgress(int done, int total);
    void refreshEnded(); // success, failure or cancel
    void refreshFailed(const PlatformError &error);
    void noticeChanged();
    void accountChanged();
    // No secret could be found: the window asks the user for it.
    void secretNeeded(const QString &message);
    // A refresh without an account: the window opens the account dialog.
    void accountNeeded();
    // The proxy or CA settings changed: networkOptions() says the new ones.
    void networkOptionsChanged();
    // A read (snapshot, cache, fetched inventory) started on the loader's thread, and ended
    // (shown, failed or superseded by showInventory).
    void readingStarted(const QString &what);
    void readingEnded();
    // The snapshot the user chose could not be read.
    void snapshotFailed(const QString &path, const QString &error);

private:
    void onInventoryFetched(const Inventory &inventory);
    void onFetchFailed(const PlatformError &error);
    void onServiceFetched(const QString &application, const Service &service);
    void onSecretRead(const QString &key, const QString &secret, CredentialStore::Error error,
                      const QString &message);
    void onCredentialsChanged(const PlatformCredentials &credentials);
    void applyClientOptions();
    void scheduleRetry(const PlatformError &error);
    void writeCache(const Inventory &inventory);
    void setNotice(Notice::Kind kind, const QString &text, Notice::Action action);
    void clearNotice();
    void restartSchedule();
    void startLoad(InventoryLoadJob job, const QString &what);
    void onLoaded(const InventoryLoadResult &result);

    QPointer<CredentialStore> m_store;
    CredentialStore *m_sessionStore = nullptr;
    PlatformClient *m_client = nullptr;
    InventoryLoader *m_loader = nullptr;
    bool m_scheduleAfterLoad = false; // a live read: restart the schedule once it is shown

    Account m_account;
    bool m_hasAccount = false;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
    bool m_caching = true;
    QString m_pendingSecretKey;
    QString m_proxyPassword;
    bool m_proxyPasswordPending = false;
    bool m_refreshAfterProxyPassword = false;
    Inventory m_inventory;
    AuditReport m_audit;
    std::optional<PreparedViews> m_prepared;
    DataAge::Origin m_origin = DataAge::Origin::None;
    ExemptionList m_exemptions;
    QString m_exemptionsPath;
    QTimer m_retryTimer;
    QTimer m_scheduleTimer;
    int m_failuresInARow = 0;

    // The notice, kept as its parts: the retry notice is worded anew with the current data age.
    Notice m_notice;
    bool m_noticeIsRetry = false;
    QString m_retryError;
    QTime m_nextTry;
};
