#pragma once

#include "account.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "dataage.h"
#include "inventory.h"
#include "platformclient.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

namespace Ui {
class MainWindow;
}
class AccountDialog;
class AccountSession;
class FindingsDetailPanel;
class FindingsModel;
class InfoBar;
class InstanceTableModel;
class InventoryFilterProxyModel;
class InventoryTreeModel;
class PlacementChartView;
class ServiceFilterProxyModel;
class StatusController;
class WhatIfView;
struct Finding;

// The desktop application's window: the summary strip, the applications → services tree with its
// filter, and the Findings, Placement and What if tabs. It shows what its AccountSession holds and
// turns the user's actions into calls on it; the behaviour (sign-in, refresh, cache, exemptions)
// lives in the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window uses `store` for secrets (the system keychain in the application, a memory store
    // in tests); it never owns it.
    explicit MainWindow(CredentialStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    AccountSession *session() const { return m_session; }

    // The status feature puts its banner at the very top; its state changes re-read the
    // inventory, its impact is highlighted, its What-if button opens the What-if tab.
    void setStatusBanner(QWidget *banner);
    void setStatusController(StatusController *status);

    // Starts on the saved current account (see AccountSession::start).
    void start();
    // Signs in with this account and secret (not saved anywhere) and refreshes.
    void useAccount(const Account &account, const QString &secret);
    void showInventory(const Inventory &inventory, DataAge::Origin origin);
    // Off for the demo: its platform lives only as long as the process.
    void setSnapshotCaching(bool on);

    Status openSnapshot(const QString &path);
    Status saveSnapshot(const QString &path) const;
    // format: "html", "pdf", "csv", "json".
    Status exportReport(const QString &format, const QString &path) const;
    // Opens the scale dialog for this service (non-modal).
    QDialog *openScaleDialog(const QString &application, const QString &service);
    AccountDialog *openAccountDialog(const QString &message = QString());
    // Selects this application (or service) in the tree, its finding and its placement.
    void selectApplication(const QString &application, const QString &service = QString());
    // Opens the What-if tab on the loss of this datacenter.
    void showWhatIfOfDatacenter(const QString &datacenter);

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
    void setUpTabOrder();
    void onInventoryChanged(DataAge::Origin origin);
    void onRefreshStarted();
    void onRefreshEnded();
    void onAccountChanged();
    void showNotice();
    void showPartialFailures();
    void updateSummary();
    void updateDataAge();
    void updateActions();
    void updateTitle();
    void showFindingDetails();
    void onTreeCurrentChanged();
    void onFindingCurrentChanged();
    void onInstanceCurrentChanged();
    void selectFindingOf(const QString &application, const QString &service);
    void showPlacement(const QString &application, const QString &service);
    void applyFilter(const QString &text);
    void promptExempt();
    void promptScale();
    void exportWithDialog(const QString &format);
    void printReport();
    void openSnapshotWithDialog();
    void saveSnapshotWithDialog();
    void openSettings();
    void openUserGuide();
    void showShortcuts();
    void showAbout();
    QString selectedApplication() const;
    QString selectedService() const;
    const Finding *currentFinding() const;
    QString reportHtml() const;

    Ui::MainWindow *ui;
    AccountSession *m_session = nullptr;
    InventoryTreeModel *m_treeModel = nullptr;
    InventoryFilterProxyModel *m_filterModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    ServiceFilterProxyModel *m_findingsSort = nullptr;
    InstanceTableModel *m_instanceModel = nullptr;
    ServiceFilterProxyModel *m_instanceSort = nullptr;
    PlacementChartView *m_placementChart = nullptr;
    WhatIfView *m_whatIf = nullptr;
    FindingsDetailPanel *m_details = nullptr;
    InfoBar *m_refreshBar = nullptr;
    InfoBar *m_partialBar = nullptr;
    QAction *m_retryNowAction = nullptr;
    QAction *m_openAccountsAction = nullptr;

    QSet<QString> m_highlighted;
    QTimer m_ageTimer;
    QString m_currentApplication; // the application the placement tab shows
    // The finding the user scaled: kept selected when the service is read again.
    QString m_scaledApplication, m_scaledService;
    bool m_placementStale = true;
    bool m_linkingSelection = false; // a selection set by another view: do not echo it back
};
