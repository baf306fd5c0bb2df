#pragma once

#include "account.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "dataage.h"
#include "exemption.h"
#include "inventory.h"
#include "platformclient.h"
#include "reportwriter.h"
#include "rulesengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Ui {
class MainWindow;
}
class FindingsModel;
class InfoBar;
class InstanceTableModel;
class InventoryFilterProxyModel;
class InventoryTreeModel;
class PlacementChartView;
class QSortFilterProxyModel;
class WhatIfView;
class AccountDialog;

// The desktop application's window: the summary strip, the applications → services tree with its
// filter, and the Findings, Placement and What if tabs. It shows the account's cached snapshot at
// once, refreshes in the background and keeps the old data, with its age, when the API fails.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window uses `store` for secrets (the system keychain in the application, a memory store
    // in tests); it never owns it.
    explicit MainWindow(CredentialStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The status feature puts its banner in the empty area at the very top.
    void setStatusBanner(QWidget *banner);

    // Starts on the saved current account: shows its cached snapshot, reads its secret, refreshes.
    void start();
    // Signs in with this account and secret (not saved anywhere) and refreshes.
    void useAccount(const Account &account, const QString &secret);
    void showInventory(const Inventory &inventory, DataAge::Origin origin);

    Status openSnapshot(const QString &path);
    Status saveSnapshot(const QString &path) const;
    // format: "html", "pdf", "csv", "json".
    Status exportReport(const QString &format, const QString &path) const;
    // Exempts the finding shown in this row of the findings model, persists it, re-audits.
    Status exemptFinding(int findingRow, const QString &reason);
    void setExemptionsPath(const QString &path);
    // Off for the demo: its platform lives only as long as the process.
    void setSnapshotCaching(bool on) { m_caching = on; }
    QString exemptionsPath() const { return m_exemptionsPath; }
    // Opens the scale dialog for this service (non-modal); nullptr when scaling is unavailable.
    QDialog *openScaleDialog(const QString &application, const QString &service);
    AccountDialog *openAccountDialog(const QString &message = QString());
    void selectApplication(const QString &application, const QString &service = QString());

    const Inventory &inventory() const { return m_inventory; }
    const AuditReport &audit() const { return m_audit; }
    DataAge::Origin dataOrigin() const { return m_origin; }
    QString dataAgeText() const;
    bool isRefreshing() const { return m_refreshing; }
    PlatformClient *platformClient() const { return m_client; }
    CredentialStore *sessionStore() const { return m_sessionStore; }
    InventoryTreeModel *treeModel() const { return m_treeModel; }
    InventoryFilterProxyModel *filterModel() const { return m_filterModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QSortFilterProxyModel *findingsSortModel() const { return m_findingsSort; }
    InstanceTableModel *instanceModel() const { return m_instanceModel; }
    PlacementChartView *placementChart() const { return m_placementChart; }
    WhatIfView *whatIfView() const { return m_whatIf; }
    InfoBar *refreshInfoBar() const { return m_refreshBar; }
    InfoBar *partialInfoBar() const { return m_partialBar; }
    QSet<QString> highlightedServices() const { return m_highlighted; }

public slots:
    // "app/service" keys of the services hit by the current platform incident.
    void highlightServices(const QSet<QString> &appSlashService);
    void refresh();
    void cancelRefresh();

signals:
    void inventoryShown(DataAge::Origin origin);
    void refreshFailed(const PlatformError &error);
    // The user changed the settings (status URL, poll interval, notifications, CLI name).
    void settingsChanged(const AppSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void reaudit();
    void updateSummary();
    void updateDataAge();
    void updateActions();
    void showFindingDetails();
    void onTreeSelectionChanged();
    void onInventoryFetched(const Inventory &inventory);
    void onFetchFailed(const PlatformError &error);
    void onServiceFetched(const QString &application, const Service &service);
    void onProgress(int done, int total);
    void onSecretRead(const QString &key, const QString &secret, CredentialStore::Error error,
                      const QString &message);
    void scheduleRetry(const PlatformError &error);
    void showPartialFailures();
    void promptExempt();
    void promptScale();
    void exportWithDialog(const QString &format);
    void printReport();
    void openSnapshotWithDialog();
    void saveSnapshotWithDialog();
    void logOut();
    void openSettings();
    void showAbout();
    QString selectedApplication() const;
    QString selectedService() const;
    const Finding *currentFinding() const;
    QString reportHtml() const;

    Ui::MainWindow *ui;
    QPointer<CredentialStore> m_store;
    CredentialStore *m_sessionStore = nullptr; // "this session only" secrets, never written
    PlatformClient *m_client = nullptr;
    InventoryTreeModel *m_treeModel = nullptr;
    InventoryFilterProxyModel *m_filterModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QSortFilterProxyModel *m_findingsSort = nullptr;
    InstanceTableModel *m_instanceModel = nullptr;
    PlacementChartView *m_placementChart = nullptr;
    WhatIfView *m_whatIf = nullptr;
    InfoBar *m_refreshBar = nullptr;
    InfoBar *m_partialBar = nullptr;
    QAction *m_retryNowAction = nullptr;
    QAction *m_openAccountsAction = nullptr;

    Account m_account;
    bool m_hasAccount = false;
    bool m_refreshing = false;
    bool m_caching = true;
    QString m_pendingSecretKey;
    Inventory m_inventory;
    AuditReport m_audit;
    DataAge::Origin m_origin = DataAge::Origin::None;
    ExemptionList m_exemptions;
    QString m_exemptionsPath;
    QSet<QString> m_highlighted;
    QTimer m_ageTimer;
    QTimer m_retryTimer;
    int m_failuresInARow = 0;
    QString m_currentApplication; // the application the placement tab shows
};
