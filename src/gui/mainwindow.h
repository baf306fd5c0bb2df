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
class FileActions;
class FindingsDetailPanel;
class NoticeBars;
class PlacementChartView;
class PlanView;
class SelectionLinker;
class StatusController;
class WhatIfView;

// The desktop application's window: the summary strip, the applications → services tree with its
// filter, and the Findings, Placement and What if tabs. It builds the widgets and wires them:
// the behaviour lives in its parts — AccountSession (sign-in, refresh, reading and auditing off
// the GUI thread, cache, exemptions), SelectionLinker (the models, the filter, the linked
// selection), FindingsDetailPanel, FileActions (snapshots, export, print), NoticeBars, HelpBoxes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window uses `store` for secrets (the system keychain in the application, a memory store
    // in tests); it never owns it.
    explicit MainWindow(CredentialStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For the callers that hold the window only (the security tests read what it shows).
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

    // Reads the snapshot in the background: the window says "Reading…" at once and shows the
    // account when it is read and audited (inventoryShown); an unreadable file is reported in a
    // message box then. Fails at once only when the file cannot be opened.
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
    void setUpViews();
    void sizeColumns(); // measured in the reader's language
    void setUpActions();
    void setUpTabOrder();
    void onInventoryChanged(DataAge::Origin origin);
    void onBusyChanged();
    void onAccountChanged();
    void updateSummary();
    void updateDataAge();
    void updateActions();
    void updateTitle();
    void promptExempt();
    void promptScale();
    void openSettings();

    Ui::MainWindow *ui;
    AccountSession *m_session = nullptr;
    SelectionLinker *m_linker = nullptr;
    FileActions *m_files = nullptr;
    NoticeBars *m_notices = nullptr;
    PlacementChartView *m_placementChart = nullptr;
    WhatIfView *m_whatIf = nullptr;
    PlanView *m_planView = nullptr;
    FindingsDetailPanel *m_details = nullptr;

    QString m_beforeAfter; // after a plan was applied: what it changed, before → after
    QString m_readingWhat; // what is being read in the background, for the status bar
    QTimer m_ageTimer;
};
