#include "mainwindow.h"

#include "accountdialog.h"
#include "appsettings.h"
#include "findingsmodel.h"
#include "guilogging.h"
#include "infobar.h"
#include "instancetablemodel.h"
#include "inventoryfilterproxymodel.h"
#include "inventorytreemodel.h"
#include "memorycredentialstore.h"
#include "placementchartview.h"
#include "reportdocument.h"
#include "scaledialog.h"
#include "servicecatalogue.h"
#include "settingsdialog.h"
#include "severitypresentation.h"
#include "snapshot.h"
#include "ui_mainwindow.h"
#include "whatifview.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRetryDelaySeconds = 15 * 60;
constexpr int firstRetryDelaySeconds = 30;
const auto docBaseUrl = "https://example.org/scaling-advisor/"_L1;
} // namespace

MainWindow::MainWindow(CredentialStore *store, QWidget *parent)
    : QMainWindow(parent)
    , ui(new Ui::MainWindow)
    , m_store(store)
{
    ui->setupUi(this);
    QIcon appIcon = QIcon::fromTheme(u"scaling-advisor"_s);
    if (appIcon.isNull()) {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            appIcon.addFile(u":/icons/%1x%1/scaling-advisor.png"_s.arg(size), QSize(size, size));
        appIcon.addFile(u":/icons/scaling-advisor.svg"_s);
    }
    setWindowIcon(appIcon);
    m_sessionStore = new MemoryCredentialStore(this);
    m_client = new PlatformClient(this);

    // Info bars sit above the summary: what went wrong, and what happens next.
    m_refreshBar = new InfoBar(this);
    m_refreshBar->setObjectName(u"refreshInfoBar"_s);
    m_partialBar = new InfoBar(this);
    m_partialBar->setObjectName(u"partialInfoBar"_s);
    ui->infoBarLayout->addWidget(m_refreshBar);
    ui->infoBarLayout->addWidget(m_partialBar);
    m_retryNowAction = new QAction(tr("Retry now"), this);
    connect(m_retryNowAction, &QAction::triggered, this, &MainWindow::refresh);
    m_openAccountsAction = new QAction(tr("Accounts…"), this);
    connect(m_openAccountsAction, &QAction::triggered, this, [this] { openAccountDialog(); });

    // Tree of applications → services, filtered as the user types.
    m_treeModel = new InventoryTreeModel(this);
    m_filterModel = new InventoryFilterProxyModel(this);
    m_filterModel->setSourceModel(m_treeModel);
    ui->inventoryTree->setModel(m_filterModel);
    ui->inventoryTree->sortByColumn(-1, Qt::AscendingOrder);
    ui->inventoryTree->header()->setStretchLastSection(false);
    ui->inventoryTree->header()->setSectionResizeMode(InventoryTreeModel::NameColumn,
                                                      QHeaderView::Stretch);
    for (int c : {int(InventoryTreeModel::KindColumn), int(InventoryTreeModel::InstancesColumn),
                  int(InventoryTreeModel::SeverityColumn)})
        ui->inventoryTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setFilterWords(text);
        if (!text.trimmed().isEmpty() && m_filterModel->rowCount() <= 200)
            ui->inventoryTree->expandAll();
    });
    connect(ui->inventoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelectionChanged);

    // Findings.
    m_findingsModel = new FindingsModel(this);
    m_findingsSort = new QSortFilterProxyModel(this);
    m_findingsSort->setSourceModel(m_findingsModel);
    m_findingsSort->setSortRole(FindingsModel::SortRole);
    ui->findingsView->setModel(m_findingsSort);
    ui->findingsView->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() + 8;
    ui->findingsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    ui->findingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->findingsView->setColumnWidth(FindingsModel::SeverityColumn, 150);
    ui->findingsView->setColumnWidth(FindingsModel::ApplicationColumn, 120);
    ui->findingsView->setColumnWidth(FindingsModel::ServiceColumn, 90);
    ui->findingsView->setColumnWidth(FindingsModel::RuleColumn, 150);
    ui->findingsView->addAction(ui->actionExempt);
    ui->findingsView->addAction(ui->actionScale);
    connect(ui->findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showFindingDetails);
    connect(ui->copyFixButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(ui->fixEdit->toPlainText()); });
    connect(ui->scaleButton, &QPushButton::clicked, this, &MainWindow::promptScale);
    ui->explanationLabel->hide();
    connect(ui->explanationToggle, &QToolButton::toggled, this, [this](bool open) {
        ui->explanationLabel->setVisible(open);
        ui->explanationToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    ui->fixEdit->setFont(mono);
    ui->findingsSplitter->setStretchFactor(0, 3);
    ui->findingsSplitter->setStretchFactor(1, 2);

    // Placement.
    m_placementChart = new PlacementChartView(this);
    ui->placementChartLayout->addWidget(m_placementChart);
    m_instanceModel = new InstanceTableModel(this);
    auto *instanceSort = new QSortFilterProxyModel(this);
    instanceSort->setSourceModel(m_instanceModel);
    ui->instancesView->setModel(instanceSort);
    ui->instancesView->verticalHeader()->hide();
    ui->instancesView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->instancesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->placementSplitter->setStretchFactor(0, 3);
    ui->placementSplitter->setStretchFactor(1, 2);

    // What if.
    m_whatIf = new WhatIfView(this);
    ui->whatIfLayout->addWidget(m_whatIf);

    ui->mainSplitter->setStretchFactor(0, 2);
    ui->mainSplitter->setStretchFactor(1, 3);
    ui->mainSplitter->setSizes({430, 770});
    ui->refreshProgress->hide();
    ui->cancelRefreshButton->hide();
    connect(ui->cancelRefreshButton, &QPushButton::clicked, this, &MainWindow::cancelRefresh);
    QFont gradeFont = ui->gradeLabel->font();
    gradeFont.setBold(true);
    gradeFont.setPointSizeF(gradeFont.pointSizeF() * 1.3);
    ui->gradeLabel->setFont(gradeFont);
    ui->scoreLabel->setFont(gradeFont);

    setUpActions();

    connect(m_client, &PlatformClient::inventoryFetched, this, &MainWindow::onInventoryFetched);
    connect(m_client, &PlatformClient::fetchFailed, this, &MainWindow::onFetchFailed);
    connect(m_client, &PlatformClient::serviceFetched, this, &MainWindow::onServiceFetched);
    connect(m_client, &PlatformClient::progress, this, &MainWindow::onProgress);
    if (m_store)
        connect(m_store, &CredentialStore::secretRead, this, &MainWindow::onSecretRead);
    connect(m_sessionStore, &CredentialStore::secretRead, this, &MainWindow::onSecretRead);

    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MainWindow::updateDataAge);
    m_ageTimer.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MainWindow::refresh);

    setExemptionsPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      u"/exemptions.json"_s);

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    ui->mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    ui->findingsSplitter->restoreState(settings.value(u"window/findingsSplitter"_s).toByteArray());
    ui->placementSplitter->restoreState(
        settings.value(u"window/placementSplitter"_s).toByteArray());

    showInventory(Inventory{}, DataAge::Origin::None);
    showFindingDetails();
}

MainWindow::~MainWindow()
{
    delete ui;
}

void MainWindow::setUpActions()
{
    connect(ui->actionOpenSnapshot, &QAction::triggered, this, &MainWindow::openSnapshotWithDialog);
    connect(ui->actionSaveSnapshot, &QAction::triggered, this, &MainWindow::saveSnapshotWithDialog);
    connect(ui->actionExportHtml, &QAction::triggered, this,
            [this] { exportWithDialog(u"html"_s); });
    connect(ui->actionExportPdf, &QAction::triggered, this, [this] { exportWithDialog(u"pdf"_s); });
    connect(ui->actionExportCsv, &QAction::triggered, this, [this] { exportWithDialog(u"csv"_s); });
    connect(ui->actionExportJson, &QAction::triggered, this,
            [this] { exportWithDialog(u"json"_s); });
    connect(ui->actionPrint, &QAction::triggered, this, &MainWindow::printReport);
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionFilter, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus();
        ui->filterEdit->selectAll();
    });
    connect(ui->actionAccounts, &QAction::triggered, this, [this] { openAccountDialog(); });
    connect(ui->actionLogOut, &QAction::triggered, this, &MainWindow::logOut);
    connect(ui->actionScale, &QAction::triggered, this, &MainWindow::promptScale);
    connect(ui->actionExempt, &QAction::triggered, this, &MainWindow::promptExempt);
    connect(ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    ui->actionOpenSnapshot->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui->actionSaveSnapshot->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
}

void MainWindow::setStatusBanner(QWidget *banner)
{
    while (QLayoutItem *item = ui->statusBannerLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->hide();
        delete item;
    }
    if (banner)
        ui->statusBannerLayout->addWidget(banner);
}

// ---------------------------------------------------------------------------------------------
// Accounts and secrets

void MainWindow::start()
{
    const QList<Account> accounts = AccountStore::load();
    const QString current = AccountStore::currentName();
    const Account *found = nullptr;
    for (const Account &a : accounts)
        if (a.name == current)
            found = &a;
    if (!found && !accounts.isEmpty())
        found = &accounts.first();
    if (!found) {
        m_refreshBar->showMessage(InfoBar::Kind::Information,
                                  tr("No account yet. Add one to read your applications, or open "
                                     "a snapshot file."));
        m_refreshBar->setActions({m_openAccountsAction, ui->actionOpenSnapshot});
        return;
    }
    m_account = *found;
    m_hasAccount = true;
    ui->accountLabel->setText(m_account.name);
    // The last good data, on screen at once; the refresh follows in the background.
    const QString cache = Snapshot::cachePath(m_account.apiUrl.toString(), m_account.cacheUser());
    if (QFileInfo::exists(cache)) {
        Result<Inventory> cached = Snapshot::read(cache);
        if (cached.ok())
            showInventory(cached.value(), DataAge::Origin::Cache);
        else
            qCWarning(lcGui) << "cached snapshot unreadable:" << cached.error();
    }
    m_pendingSecretKey = m_account.secretKey();
    m_sessionStore->readSecret(m_pendingSecretKey); // then the keychain, see onSecretRead
}

void MainWindow::onSecretRead(const QString &key, const QString &secret,
                              CredentialStore::Error error, const QString &message)
{
    if (key != m_pendingSecretKey || key.isEmpty())
        return;
    const bool fromSession = sender() == m_sessionStore;
    if (error == CredentialStore::Error::None) {
        m_pendingSecretKey.clear();
        useAccount(m_account, secret);
        return;
    }
    if (fromSession && m_store) {
        m_store->readSecret(key);
        return;
    }
    m_pendingSecretKey.clear();
    switch (error) {
    case CredentialStore::Error::EntryNotFound:
        openAccountDialog(
            tr("No secret is stored for %1: enter it to sign in.").arg(m_account.name));
        break;
    case CredentialStore::Error::NoBackend:
        m_refreshBar->showMessage(InfoBar::Kind::Warning,
                                  tr("No keychain is available on this system, so the secret of "
                                     "%1 cannot be stored. Enter it to use it for this session "
                                     "only.")
                                      .arg(m_account.name));
        m_refreshBar->setActions({m_openAccountsAction});
        break;
    default:
        m_refreshBar->showMessage(
            InfoBar::Kind::Error,
            tr("The keychain did not give the secret of %1: %2").arg(m_account.name, message));
        m_refreshBar->setActions({m_openAccountsAction});
        break;
    }
}

void MainWindow::useAccount(const Account &account, const QString &secret)
{
    m_account = account;
    m_hasAccount = true;
    PlatformClientOptions options = m_client->options();
    options.apiUrl = account.apiUrl;
    options.customer = account.support ? account.customer : QString();
    m_client->setOptions(options);
    PlatformCredentials credentials;
    if (account.auth == Account::Auth::ApiKey) {
        credentials.apiKey = secret;
    } else {
        credentials.username = account.username;
        credentials.password = secret;
    }
    m_client->setCredentials(credentials);
    ui->accountLabel->setText(account.name);
    setWindowTitle(tr("Scaling Advisor — %1").arg(account.name));
    m_failuresInARow = 0;
    refresh();
}

AccountDialog *MainWindow::openAccountDialog(const QString &message)
{
    auto *dialog = new AccountDialog(m_store, m_sessionStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_hasAccount)
        dialog->selectAccount(m_account.name);
    if (!message.isEmpty())
        dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->currentAccount();
        const QString secret = dialog->enteredSecret();
        if (!secret.isEmpty()) {
            useAccount(account, secret);
            return;
        }
        m_account = account;
        m_hasAccount = true;
        m_pendingSecretKey = account.secretKey();
        m_sessionStore->readSecret(m_pendingSecretKey);
    });
    dialog->open();
    return dialog;
}

void MainWindow::logOut()
{
    if (!m_hasAccount)
        return;
    const QString key = m_account.secretKey();
    if (m_store)
        m_store->deleteSecret(key);
    m_sessionStore->deleteSecret(key);
    cancelRefresh();
    m_retryTimer.stop();
    m_client->setCredentials(PlatformCredentials{});
    m_hasAccount = false;
    AccountStore::setCurrentName(QString());
    ui->accountLabel->clear();
    m_refreshBar->showMessage(InfoBar::Kind::Information,
                              tr("Logged out of %1: its secret was deleted. The data on screen "
                                 "stays until you close the window.")
                                  .arg(m_account.name));
    m_refreshBar->setActions({m_openAccountsAction});
    updateActions();
}

// ---------------------------------------------------------------------------------------------
// Refresh

void MainWindow::refresh()
{
    m_retryTimer.stop();
    if (!m_hasAccount) {
        openAccountDialog();
        return;
    }
    if (m_client->isBusy()) {
        if (!m_refreshing)
            m_retryTimer.start(5000); // a scale or a service read is running: refresh after it
        return;
    }
    m_refreshing = true;
    ui->refreshProgress->setRange(0, 0);
    ui->refreshProgress->show();
    ui->cancelRefreshButton->show();
    statusBar()->showMessage(tr("Reading %1…").arg(m_account.apiUrl.toDisplayString()));
    m_client->fetchInventory();
}

void MainWindow::cancelRefresh()
{
    if (m_refreshing)
        m_client->cancel();
}

void MainWindow::onProgress(int done, int total)
{
    if (!m_refreshing)
        return;
    ui->refreshProgress->setRange(0, std::max(total, 1));
    ui->refreshProgress->setValue(done);
}

void MainWindow::onInventoryFetched(const Inventory &fetched)
{
    if (!m_refreshing)
        return;
    // A service that could not be read keeps its last known placement (still listed as not
    // read), so that one bad answer does not erase it from the screen or from the cache.
    Inventory inventory = fetched;
    QSet<QString> failed;
    for (const FetchError &e : fetched.errors)
        failed.insert(e.application + u'/' + e.service);
    if (m_origin != DataAge::Origin::None && !failed.isEmpty()) {
        for (Application &app : inventory.applications) {
            const Application *before = m_inventory.application(app.name);
            for (Service &svc : app.services) {
                if (!before || !failed.contains(app.name + u'/' + svc.name))
                    continue;
                const Service *old = before->service(svc.name);
                if (old && old->detailLoaded) {
                    svc.instances = old->instances;
                    svc.domains = old->domains;
                    svc.detailLoaded = true; // the last known detail; fetchError says it is old
                }
            }
        }
    }
    m_refreshing = false;
    m_failuresInARow = 0;
    ui->refreshProgress->hide();
    ui->cancelRefreshButton->hide();
    m_refreshBar->hide();
    statusBar()->clearMessage();
    // Only a successful fetch replaces the cached snapshot.
    if (m_caching) {
        const QString cache =
            Snapshot::cachePath(m_account.apiUrl.toString(), m_account.cacheUser());
        QDir().mkpath(QFileInfo(cache).absolutePath());
        const Status written = Snapshot::write(inventory, cache);
        if (!written.ok())
            qCWarning(lcGui) << "could not cache the snapshot:" << written.error();
    }
    showInventory(inventory, DataAge::Origin::Live);
}

void MainWindow::onFetchFailed(const PlatformError &error)
{
    if (!m_refreshing)
        return; // a scale or a single-service read: its dialog reports it
    m_refreshing = false;
    ui->refreshProgress->hide();
    ui->cancelRefreshButton->hide();
    statusBar()->clearMessage();
    if (error.kind == PlatformErrorKind::Cancelled) {
        statusBar()->showMessage(tr("Refresh cancelled."), 5000);
        emit refreshFailed(error);
        return;
    }
    if (error.kind == PlatformErrorKind::Authentication ||
        error.kind == PlatformErrorKind::Forbidden) {
        m_refreshBar->showMessage(InfoBar::Kind::Error,
                                  tr("Could not sign in to %1: %2 Check the account's secret.")
                                      .arg(m_account.name, error.message));
        m_refreshBar->setActions({m_openAccountsAction});
        emit refreshFailed(error);
        return;
    }
    scheduleRetry(error);
    emit refreshFailed(error);
}

void MainWindow::scheduleRetry(const PlatformError &error)
{
    ++m_failuresInARow;
    int delay = error.retryAfterSeconds;
    if (delay <= 0) {
        delay = firstRetryDelaySeconds;
        for (int i = 1; i < m_failuresInARow && delay < maxRetryDelaySeconds; ++i)
            delay *= 2;
    }
    delay = std::min(delay, maxRetryDelaySeconds);
    m_retryTimer.start(delay * 1000);
    const QString next =
        QLocale().toString(QTime::currentTime().addSecs(delay), QLocale::ShortFormat);
    const QString shown = m_origin == DataAge::Origin::None
                              ? tr("There is no data to show yet.")
                              : tr("The data shown was %1.").arg(dataAgeText());
    m_refreshBar->showMessage(
        InfoBar::Kind::Warning,
        tr("Could not refresh: %1 %2 Next try at %3.").arg(error.message, shown, next));
    m_refreshBar->setActions({m_retryNowAction});
}

void MainWindow::showPartialFailures()
{
    if (m_inventory.errors.isEmpty()) {
        m_partialBar->hide();
        return;
    }
    QStringList parts;
    for (const FetchError &e : std::as_const(m_inventory.errors)) {
        if (parts.size() == 5) {
            parts.append(tr("and %n more", nullptr, int(m_inventory.errors.size() - 5)));
            break;
        }
        const QString what =
            e.service.isEmpty() ? e.application : QString(e.application + u'/' + e.service);
        parts.append(tr("%1 (%2)").arg(what, e.error));
    }
    m_partialBar->showMessage(
        InfoBar::Kind::Warning,
        tr("%n service(s) could not be read and are left out of the checks: %1", nullptr,
           int(m_inventory.errors.size()))
            .arg(parts.join(u"; "_s)));
}

void MainWindow::onServiceFetched(const QString &application, const Service &service)
{
    bool replaced = false;
    for (Application &app : m_inventory.applications) {
        if (app.name != application)
            continue;
        for (Service &svc : app.services)
            if (svc.name == service.name) {
                svc = service;
                replaced = true;
            }
    }
    if (!replaced)
        return;
    if (m_caching && m_hasAccount && m_origin == DataAge::Origin::Live) {
        const Status written = Snapshot::write(
            m_inventory, Snapshot::cachePath(m_account.apiUrl.toString(), m_account.cacheUser()));
        if (!written.ok())
            qCWarning(lcGui) << "could not cache the snapshot:" << written.error();
    }
    showInventory(m_inventory, m_origin);
}

// ---------------------------------------------------------------------------------------------
// Showing data

void MainWindow::showInventory(const Inventory &inventory, DataAge::Origin origin)
{
    const QString app = selectedApplication();
    const QString svc = selectedService();
    m_inventory = inventory;
    m_origin = origin;
    reaudit();
    m_whatIf->setInventory(m_inventory);
    if (!app.isEmpty() && m_inventory.application(app))
        selectApplication(app, svc);
    else
        onTreeSelectionChanged();
    if (!ui->filterEdit->text().trimmed().isEmpty() && m_filterModel->rowCount() <= 200)
        ui->inventoryTree->expandAll();
    QString who = m_inventory.user.username;
    if (!m_inventory.viewer.isEmpty())
        who = tr("%1 (read by %2)").arg(m_inventory.user.username, m_inventory.viewer);
    if (!who.isEmpty())
        ui->accountLabel->setText(who);
    updateDataAge();
    showPartialFailures();
    updateActions();
    if (origin != DataAge::Origin::None)
        emit inventoryShown(origin);
}

void MainWindow::reaudit()
{
    AuditOptions options;
    options.cliName = AppSettings::load().cliName;
    options.exemptions = m_exemptions;
    static const RulesEngine engine;
    m_audit = engine.audit(m_inventory, options);
    m_treeModel->setInventory(m_inventory, m_audit.findings);
    m_treeModel->setAffected(m_highlighted);
    const Finding *was = currentFinding();
    const QString wasKey =
        was ? QString(was->rule + u'|' + was->application + u'|' + was->service) : QString();
    m_findingsModel->setFindings(m_audit.findings);
    m_findingsModel->setAffected(m_highlighted);
    // Keep the finding the user was reading; otherwise show the first (worst) one.
    int row = m_findingsModel->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_findingsModel->rowCount() && !wasKey.isEmpty(); ++r) {
        const Finding *f = m_findingsModel->finding(r);
        if (QString(f->rule + u'|' + f->application + u'|' + f->service) == wasKey)
            row = r;
    }
    if (row >= 0)
        ui->findingsView->setCurrentIndex(
            m_findingsSort->mapFromSource(m_findingsModel->index(row, 0)));
    updateSummary();
    showFindingDetails();
}

void MainWindow::updateSummary()
{
    const AuditSummary &s = m_audit.summary;
    const bool any = m_origin != DataAge::Origin::None;
    ui->scoreLabel->setText(any ? tr("Score %1/100").arg(s.score) : tr("No data"));
    ui->gradeLabel->setText(any ? tr("Grade %1").arg(s.grade) : QString());
    ui->dangerLabel->setText(tr("%n danger", nullptr, s.danger));
    ui->warningLabel->setText(tr("%n warning(s)", nullptr, s.warning));
    ui->infoLabel->setText(tr("%n info", nullptr, s.info));
    ui->exemptLabel->setText(tr("%n exempt", nullptr, s.exempt));
    ui->exemptLabel->setVisible(s.exempt > 0);
    ui->summaryStrip->setAccessibleDescription(
        QStringList{ui->scoreLabel->text(), ui->gradeLabel->text(), ui->dangerLabel->text(),
                    ui->warningLabel->text(), ui->infoLabel->text()}
            .join(u", "_s));
}

QString MainWindow::dataAgeText() const
{
    return DataAge::describe(m_origin, m_inventory.fetchedAt, QDateTime::currentDateTimeUtc());
}

void MainWindow::updateDataAge()
{
    ui->dataAgeLabel->setText(dataAgeText());
    ui->dataAgeLabel->setToolTip(Qt::convertFromPlainText(m_inventory.source));
}

void MainWindow::updateActions()
{
    const bool hasData = m_origin != DataAge::Origin::None;
    for (QAction *a : {ui->actionSaveSnapshot, ui->actionExportHtml, ui->actionExportPdf,
                       ui->actionExportCsv, ui->actionExportJson, ui->actionPrint})
        a->setEnabled(hasData);
    ui->actionLogOut->setEnabled(m_hasAccount);
    ui->actionRefresh->setEnabled(m_hasAccount);
    const Finding *f = currentFinding();
    ui->actionExempt->setEnabled(f && !f->exempt);
    QString app = selectedApplication(), svc = selectedService();
    if (svc.isEmpty() && f) {
        app = f->application;
        svc = f->service;
    }
    const QString reason = ScaleDialog::unavailableReason(
        m_inventory, app, m_hasAccount && m_origin == DataAge::Origin::Live);
    const bool canScale = !svc.isEmpty() && reason.isEmpty();
    ui->actionScale->setEnabled(canScale);
    ui->actionScale->setToolTip(reason.isEmpty() ? QString() : Qt::convertFromPlainText(reason));
    const bool findingCanScale =
        f && !f->service.isEmpty() &&
        ScaleDialog::unavailableReason(m_inventory, f->application,
                                       m_hasAccount && m_origin == DataAge::Origin::Live)
            .isEmpty();
    ui->scaleButton->setEnabled(findingCanScale);
    const QString findingReason =
        f ? ScaleDialog::unavailableReason(m_inventory, f->application,
                                           m_hasAccount && m_origin == DataAge::Origin::Live)
          : QString();
    ui->scaleButton->setToolTip(findingReason.isEmpty() ? QString()
                                                        : Qt::convertFromPlainText(findingReason));
}

void MainWindow::highlightServices(const QSet<QString> &appSlashService)
{
    m_highlighted = appSlashService;
    m_treeModel->setAffected(m_highlighted);
    m_findingsModel->setAffected(m_highlighted);
    m_placementChart->setAffected(m_highlighted);
}

QString MainWindow::selectedApplication() const
{
    const QModelIndex idx = ui->inventoryTree->currentIndex();
    return idx.isValid() ? idx.data(InventoryTreeModel::ApplicationRole).toString() : QString();
}

QString MainWindow::selectedService() const
{
    const QModelIndex idx = ui->inventoryTree->currentIndex();
    return idx.isValid() ? idx.data(InventoryTreeModel::ServiceRole).toString() : QString();
}

void MainWindow::selectApplication(const QString &application, const QString &service)
{
    const QModelIndex src = m_treeModel->indexOf(application, service);
    const QModelIndex idx = m_filterModel->mapFromSource(src);
    if (idx.isValid()) {
        ui->inventoryTree->setCurrentIndex(idx);
        ui->inventoryTree->scrollTo(idx);
    }
    onTreeSelectionChanged();
}

void MainWindow::onTreeSelectionChanged()
{
    const QString app = selectedApplication();
    m_currentApplication = app;
    m_placementChart->setInventory(m_inventory, app);
    m_placementChart->setAffected(m_highlighted);
    m_instanceModel->setInventory(m_inventory, app);
    updateActions();
}

const Finding *MainWindow::currentFinding() const
{
    const QModelIndex idx = ui->findingsView->currentIndex();
    if (!idx.isValid())
        return nullptr;
    return m_findingsModel->finding(m_findingsSort->mapToSource(idx).row());
}

void MainWindow::showFindingDetails()
{
    const Finding *f = currentFinding();
    ui->copyFixButton->setEnabled(f && !f->fix.isEmpty());
    ui->explanationToggle->setEnabled(f != nullptr);
    if (!f) {
        ui->detailsTitle->setText(m_audit.findings.isEmpty() && m_origin != DataAge::Origin::None
                                      ? tr("Nothing to fix: every check passed.")
                                      : tr("Select a finding to see how to fix it."));
        ui->detailsMessage->clear();
        ui->fixEdit->clear();
        ui->explanationLabel->clear();
        ui->docLinkLabel->clear();
        updateActions();
        return;
    }
    QString where = f->application;
    if (!f->service.isEmpty())
        where += u'/' + f->service;
    if (where.isEmpty())
        where = tr("the whole account");
    ui->detailsTitle->setText(
        tr("%1 · %2 · %3")
            .arg(f->exempt ? tr("%1 (exempt)").arg(SeverityPresentation::word(f->severity))
                           : SeverityPresentation::word(f->severity),
                 f->rule, where));
    ui->detailsMessage->setText(f->message);
    ui->fixEdit->setPlainText(f->fix);

    QStringList explanation;
    if (f->exempt)
        explanation.append(tr("Exempt: %1").arg(f->exemptReason));
    if (const Application *app = m_inventory.application(f->application)) {
        if (const Service *svc = app->service(f->service)) {
            const ServiceTypeInfo info = ServiceCatalogue::builtIn().info(svc->serviceType);
            explanation.append(tr("%1 is a %2 service (%3).")
                                   .arg(svc->name, svc->serviceType,
                                        info.kind == ServiceTypeInfo::Kind::Stateful
                                            ? tr("it keeps state")
                                            : tr("it keeps no state")));
            if (!info.advice.isEmpty())
                explanation.append(info.advice);
            if (!info.migration.isEmpty())
                explanation.append(info.migration);
            if (!info.note.isEmpty())
                explanation.append(info.note);
        }
    }
    if (explanation.isEmpty())
        explanation.append(f->message);
    ui->explanationLabel->setText(explanation.join(u"\n\n"_s));
    if (!f->docLink.isEmpty()) {
        const QUrl url = QUrl(docBaseUrl).resolved(QUrl(f->docLink));
        // The link colour is fixed when the text is set: take the current palette's, and set the
        // text again when the palette changes (see changeEvent).
        ui->docLinkLabel->setText(u"<a href=\"%1\"><span style=\"color: %3\">%2</span></a>"_s.arg(
            url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
            tr("Read more about %1").arg(f->rule).toHtmlEscaped(),
            palette().color(QPalette::Link).name()));
    } else {
        ui->docLinkLabel->clear();
    }
    updateActions();
}

// ---------------------------------------------------------------------------------------------
// Exemptions and scaling

void MainWindow::setExemptionsPath(const QString &path)
{
    m_exemptionsPath = path;
    Result<ExemptionList> loaded = ExemptionList::load(path);
    if (loaded.ok()) {
        m_exemptions = loaded.value();
    } else {
        m_exemptions = ExemptionList();
        m_refreshBar->showMessage(
            InfoBar::Kind::Warning,
            tr("The exemptions file could not be read: %1").arg(loaded.error()));
    }
    if (m_origin != DataAge::Origin::None)
        reaudit();
}

Status MainWindow::exemptFinding(int findingRow, const QString &reason)
{
    const Finding *f = m_findingsModel->finding(findingRow);
    if (!f)
        return Status::failure(tr("No such finding."));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("An exemption needs a reason."));
    Exemption e;
    e.rule = f->rule;
    e.application = f->application;
    e.service = f->service;
    e.reason = reason.trimmed();
    m_exemptions.add(e);
    QDir().mkpath(QFileInfo(m_exemptionsPath).absolutePath());
    const Status saved = m_exemptions.save(m_exemptionsPath);
    reaudit();
    return saved;
}

void MainWindow::promptExempt()
{
    const QModelIndex idx = ui->findingsView->currentIndex();
    const Finding *f = currentFinding();
    if (!f || f->exempt)
        return;
    const int row = m_findingsSort->mapToSource(idx).row();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Exempt finding"),
        tr("Why is \"%1\" acceptable for %2? The reason is saved with the exemption.")
            .arg(f->rule, f->service.isEmpty() ? f->application
                                               : QString(f->application + u'/' + f->service)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = exemptFinding(row, reason);
    if (!s.ok())
        QMessageBox::warning(this, tr("Exempt finding"), s.error());
}

QDialog *MainWindow::openScaleDialog(const QString &application, const QString &service)
{
    int suggested = 0;
    if (const Application *app = m_inventory.application(application))
        if (const Service *svc = app->service(service))
            suggested = ServiceCatalogue::builtIn().info(svc->serviceType).recommendedInstances;
    const bool live = m_hasAccount && m_origin == DataAge::Origin::Live;
    auto *dialog = new ScaleDialog(live ? m_client : nullptr, AppSettings::load().cliName,
                                   m_inventory, application, service, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::promptScale()
{
    QString app = selectedApplication(), svc = selectedService();
    const Finding *f = currentFinding();
    if ((sender() == ui->scaleButton || svc.isEmpty()) && f) {
        app = f->application;
        svc = f->service;
    }
    if (svc.isEmpty())
        return;
    openScaleDialog(app, svc);
}

// ---------------------------------------------------------------------------------------------
// Files

Status MainWindow::openSnapshot(const QString &path)
{
    Result<Inventory> inv = Snapshot::read(path);
    if (!inv.ok())
        return Status::failure(inv.error());
    m_retryTimer.stop(); // a file the user chose stays until they refresh
    m_refreshBar->hide();
    showInventory(inv.value(), DataAge::Origin::Snapshot);
    return success();
}

Status MainWindow::saveSnapshot(const QString &path) const
{
    return Snapshot::write(m_inventory, path);
}

QString MainWindow::reportHtml() const
{
    return QString::fromUtf8(ReportWriter::write(ReportFormat::Html, m_inventory, m_audit));
}

Status MainWindow::exportReport(const QString &format, const QString &path) const
{
    if (format == u"pdf"_s)
        return ReportDocument::writePdf(m_inventory, m_audit, path);
    ReportFormat f;
    if (!reportFormatFromName(format, &f))
        return Status::failure(tr("Unknown report format: %1").arg(format));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(ReportWriter::write(f, m_inventory, m_audit));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

void MainWindow::exportWithDialog(const QString &format)
{
    QString filter;
    if (format == u"html"_s)
        filter = tr("HTML report (*.html)");
    else if (format == u"pdf"_s)
        filter = tr("PDF report (*.pdf)");
    else if (format == u"csv"_s)
        filter = tr("CSV table (*.csv)");
    else
        filter = tr("JSON (*.json)");
    const QString base =
        m_inventory.user.username.isEmpty() ? u"scaling-advisor"_s : m_inventory.user.username;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base +
            u"-report."_s + format,
        filter);
    if (path.isEmpty())
        return;
    const Status s = exportReport(format, path);
    if (s.ok())
        statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Export report"), s.error());
}

void MainWindow::printReport()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument::print(m_inventory, m_audit, &printer);
}

void MainWindow::openSnapshotWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open snapshot"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Snapshots (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status s = openSnapshot(path);
    if (!s.ok())
        QMessageBox::warning(this, tr("Open snapshot"),
                             tr("%1 is not a snapshot this application can read: %2")
                                 .arg(QDir::toNativeSeparators(path), s.error()));
}

void MainWindow::saveSnapshotWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save snapshot"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/snapshot.json"_s,
        tr("Snapshots (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = saveSnapshot(path);
    if (s.ok())
        statusBar()->showMessage(tr("Snapshot written to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Save snapshot"), s.error());
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::manageAccountsRequested, this,
            [this] { openAccountDialog(); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_origin != DataAge::Origin::None)
            reaudit(); // the CLI name appears in every fix command
        emit settingsChanged(dialog->settings());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Scaling Advisor"),
        tr("Scaling Advisor %1\n\nFinds the services that would not survive the loss of one host "
           "or one availability zone, shows where every instance runs, and answers \"what if "
           "this zone fails?\".")
            .arg(QStringLiteral(SA_VERSION)));
}

// ---------------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, ui->mainSplitter->saveState());
    settings.setValue(u"window/findingsSplitter"_s, ui->findingsSplitter->saveState());
    settings.setValue(u"window/placementSplitter"_s, ui->placementSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        showFindingDetails(); // the link colour of the rich-text label is fixed when it is set
        if (m_refreshBar->isVisible())
            m_refreshBar->showMessage(m_refreshBar->kind(), m_refreshBar->text());
        if (m_partialBar->isVisible())
            m_partialBar->showMessage(m_partialBar->kind(), m_partialBar->text());
    }
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_retryNowAction->setText(tr("Retry now"));
        m_openAccountsAction->setText(tr("Accounts…"));
        reaudit();
        onTreeSelectionChanged();
        updateDataAge();
    }
}
