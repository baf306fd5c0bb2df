#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsession.h"
#include "cachedtextdelegate.h"
#include "fileactions.h"
#include "findingsdetailpanel.h"
#include "findingsmodel.h"
#include "guilogging.h"
#include "helpboxes.h"
#include "instancetablemodel.h"
#include "inventorytreemodel.h"
#include "longtextdelegate.h"
#include "noticebars.h"
#include "placementchartview.h"
#include "planview.h"
#include "scaledialog.h"
#include "selectionlinker.h"
#include "servicecatalogue.h"
#include "settingsdialog.h"
#include "severitypresentation.h"
#include "statuscontroller.h"
#include "ui_mainwindow.h"
#include "userguidedialog.h"
#include "whatifview.h"

#include <QCloseEvent>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(CredentialStore *store, QWidget *parent)
    : QMainWindow(parent)
    , ui(new Ui::MainWindow)
{
    ui->setupUi(this);
    QIcon appIcon = QIcon::fromTheme(u"scaling-advisor"_s);
    if (appIcon.isNull()) {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            appIcon.addFile(u":/icons/%1x%1/scaling-advisor.png"_s.arg(size), QSize(size, size));
        appIcon.addFile(u":/icons/scaling-advisor.svg"_s);
    }
    setWindowIcon(appIcon);
    m_session = new AccountSession(store, this);
    m_session->setObjectName(u"accountSession"_s);
    m_files = new FileActions(m_session, this, this);
    connect(m_files, &FileActions::written, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Info bars sit above the summary: what went wrong, and what happens next.
    m_notices = new NoticeBars(m_session, ui->infoBarLayout, ui->actionOpenSnapshot, this);
    connect(m_notices, &NoticeBars::retryRequested, this, &MainWindow::refresh);
    connect(m_notices, &NoticeBars::accountsRequested, this, [this] { openAccountDialog(); });

    setUpViews();

    // What if.
    m_whatIf = new WhatIfView(this);
    m_whatIf->setObjectName(u"whatIfView"_s);
    ui->whatIfLayout->addWidget(m_whatIf);

    // Plan: the scaling actions after which the applications survive a datacenter's loss.
    m_planView = new PlanView(this);
    m_planView->setObjectName(u"planView"_s);
    ui->planLayout->addWidget(m_planView);
    connect(m_planView, &PlanView::applied, this, [this] {
        // What the plan changed stays in the summary, and the whole window reads the account
        // again.
        m_beforeAfter = m_planView->beforeAfterText();
        updateSummary();
        m_session->refresh();
    });

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
    QFont headlineFont = ui->headlineLabel->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    ui->headlineLabel->setFont(headlineFont);

    setUpActions();
    setUpTabOrder();

    connect(m_session, &AccountSession::inventoryChanged, this, &MainWindow::onInventoryChanged);
    connect(m_session, &AccountSession::refreshStarted, this, &MainWindow::onBusyChanged);
    connect(m_session, &AccountSession::refreshEnded, this, &MainWindow::onBusyChanged);
    connect(m_session, &AccountSession::readingStarted, this, [this](const QString &what) {
        m_readingWhat = what;
        onBusyChanged();
    });
    connect(m_session, &AccountSession::readingEnded, this, &MainWindow::onBusyChanged);
    connect(m_session, &AccountSession::snapshotFailed, m_files, &FileActions::showSnapshotError);
    connect(m_session, &AccountSession::refreshProgress, this, [this](int done, int total) {
        ui->refreshProgress->setRange(0, std::max(total, 1));
        ui->refreshProgress->setValue(done);
    });
    connect(m_session, &AccountSession::refreshFailed, this, [this](const PlatformError &error) {
        if (error.kind == PlatformErrorKind::Cancelled)
            statusBar()->showMessage(tr("Refresh cancelled."), 5000);
        emit refreshFailed(error);
    });
    connect(m_session, &AccountSession::noticeChanged, m_notices, &NoticeBars::showNotice);
    connect(m_session, &AccountSession::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_session, &AccountSession::secretNeeded, this,
            [this](const QString &message) { openAccountDialog(message); });
    connect(m_session, &AccountSession::accountNeeded, this, [this] { openAccountDialog(); });

    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MainWindow::updateDataAge);
    m_ageTimer.start();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // The first start: the designed size, or the screen's where that is smaller (1024×700),
        // with room for the title bar the window manager adds above.
        if (const QScreen *where = screen())
            resize(size().boundedTo(where->availableGeometry().size() -
                                    QSize(0, style()->pixelMetric(QStyle::PM_TitleBarHeight))));
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    ui->mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    ui->findingsSplitter->restoreState(settings.value(u"window/findingsSplitter"_s).toByteArray());
    ui->placementSplitter->restoreState(
        settings.value(u"window/placementSplitter"_s).toByteArray());

    m_notices->showNotice();
    onInventoryChanged(DataAge::Origin::None);
    updateTitle();
}

void MainWindow::setUpViews()
{
    // Tree of applications → services, filtered as the user types. Cut names end in "…", so
    // that a cut "www" never reads as "ww".
    m_details = new FindingsDetailPanel(this);
    ui->detailsScroll->setWidget(m_details);
    m_placementChart = new PlacementChartView(this);
    m_placementChart->setObjectName(u"placementChart"_s);
    ui->placementChartLayout->addWidget(m_placementChart);
    // The models, the filter and the linked selection of the three views.
    m_linker = new SelectionLinker(
        {ui->inventoryTree, ui->findingsView, ui->instancesView, m_placementChart, m_details},
        this);
    m_linker->setObjectName(u"selectionLinker"_s);
    connect(m_linker, &SelectionLinker::selectionChanged, this, &MainWindow::updateActions);
    connect(ui->filterEdit, &QLineEdit::textChanged, m_linker, &SelectionLinker::applyFilter);
    ui->inventoryTree->setTextElideMode(Qt::ElideRight);
    ui->inventoryTree->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *treeHeader = ui->inventoryTree->header();
    treeHeader->setStretchLastSection(false);
    treeHeader->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"mmm"_s));
    treeHeader->setSectionResizeMode(InventoryTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column : {InventoryTreeModel::KindColumn, InventoryTreeModel::InstancesColumn,
                       InventoryTreeModel::SeverityColumn})
        treeHeader->setSectionResizeMode(column, QHeaderView::Interactive);
    sizeColumns();

    // Findings.
    ui->findingsView->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() + 8;
    ui->findingsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->findingsView->setTextElideMode(Qt::ElideRight);
    QHeaderView *findingsHeader = ui->findingsView->horizontalHeader();
    findingsHeader->setStretchLastSection(true);
    findingsHeader->setSectionResizeMode(QHeaderView::Interactive);
    // One line a row, cut with "…" at the cell's width (wrapped, the style cut the first of the
    // lines it laid out); painted from laid-out texts kept by the delegate.
    ui->findingsView->setWordWrap(false);
    ui->findingsView->setItemDelegate(new CachedTextDelegate(ui->findingsView));
    ui->findingsView->setItemDelegateForColumn(FindingsModel::MessageColumn,
                                               new LongTextDelegate(ui->findingsView));
    ui->inventoryTree->setItemDelegate(new CachedTextDelegate(ui->inventoryTree));
    ui->findingsView->addAction(ui->actionExempt);
    ui->findingsView->addAction(ui->actionScale);
    connect(m_details, &FindingsDetailPanel::scaleRequested, this, [this] {
        if (const Finding *f = m_linker->currentFinding(); f && !f->service.isEmpty())
            openScaleDialog(f->application, f->service);
    });
    ui->findingsSplitter->setStretchFactor(0, 3);
    ui->findingsSplitter->setStretchFactor(1, 2);

    // Placement.
    ui->instancesView->verticalHeader()->hide();
    ui->instancesView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->instancesView->setTextElideMode(Qt::ElideRight);
    // In the inventory's order (application, service, instance) until a header is clicked:
    // sorting a whole account's names costs a large account's open a tenth of a second.
    ui->instancesView->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *instancesHeader = ui->instancesView->horizontalHeader();
    instancesHeader->setSectionResizeMode(QHeaderView::Interactive);
    instancesHeader->setStretchLastSection(true);
    ui->placementSplitter->setStretchFactor(0, 3);
    ui->placementSplitter->setStretchFactor(1, 2);
}

MainWindow::~MainWindow()
{
    delete ui;
}

void MainWindow::setUpActions()
{
    connect(ui->actionOpenSnapshot, &QAction::triggered, m_files,
            &FileActions::openSnapshotWithDialog);
    connect(ui->actionSaveSnapshot, &QAction::triggered, m_files,
            &FileActions::saveSnapshotWithDialog);
    for (const auto &[action, format] :
         {std::pair{ui->actionExportHtml, u"html"_s}, std::pair{ui->actionExportPdf, u"pdf"_s},
          std::pair{ui->actionExportCsv, u"csv"_s}, std::pair{ui->actionExportJson, u"json"_s}})
        connect(action, &QAction::triggered, m_files,
                [this, format = format] { m_files->exportWithDialog(format); });
    connect(ui->actionPrint, &QAction::triggered, m_files, &FileActions::printReport);
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionFilter, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        ui->filterEdit->selectAll();
    });
    connect(ui->actionAccounts, &QAction::triggered, this, [this] { openAccountDialog(); });
    connect(ui->actionLogOut, &QAction::triggered, m_session, &AccountSession::logOut);
    connect(ui->actionScale, &QAction::triggered, this, &MainWindow::promptScale);
    connect(ui->actionExempt, &QAction::triggered, this, &MainWindow::promptExempt);
    connect(ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    // The guide shipped with the application, in a window beside the work.
    connect(ui->actionUserGuide, &QAction::triggered, this,
            [this] { UserGuideDialog::showGuide(this); });
    connect(ui->actionShortcuts, &QAction::triggered, this, [this] {
        HelpBoxes::showShortcuts(this, {ui->actionFilter, ui->actionRefresh, ui->actionOpenSnapshot,
                                        ui->actionSaveSnapshot, ui->actionExportPdf,
                                        ui->actionPrint, ui->actionUserGuide, ui->actionQuit});
    });
    connect(ui->actionAbout, &QAction::triggered, this, [this] { HelpBoxes::showAbout(this); });
    ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    ui->actionOpenSnapshot->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui->actionSaveSnapshot->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    ui->actionUserGuide->setIcon(style()->standardIcon(QStyle::SP_DialogHelpButton));
    // The standard keys where the platform has them; the .ui's as the fallback.
    ui->actionOpenSnapshot->setShortcuts(QKeySequence::Open);
    ui->actionSaveSnapshot->setShortcuts(QKeySequence::Save);
    ui->actionPrint->setShortcuts(QKeySequence::Print);
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionFilter->setShortcuts(QKeySequence::Find);
    ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    ui->actionUserGuide->setShortcuts(QKeySequence::HelpContents);
    ui->actionExportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
}

void MainWindow::setUpTabOrder()
{
    // filter → tree → tab bar → findings table → Fix → Copy → Scale → Why → link; the other tabs
    // after the findings (Qt skips the hidden ones).
    ui->filterEdit->setFocusPolicy(Qt::StrongFocus);
    ui->tabs->setFocusPolicy(Qt::StrongFocus);
    ui->findingsView->setFocusPolicy(Qt::StrongFocus);
    // Tab leaves a table; the arrow keys move inside it.
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             ui->inventoryTree, ui->findingsView, ui->instancesView})
        view->setTabKeyNavigation(false);
    // The detail pane's scroll area is a container, not a stop.
    ui->detailsScroll->setFocusPolicy(Qt::NoFocus);
    QList<QWidget *> chain{ui->filterEdit, ui->inventoryTree, ui->tabs, ui->findingsView};
    chain += m_details->focusChain();
    chain += {ui->instancesView, m_whatIf, m_planView};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
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
    // The banner says two lines when all is well and four during an outage: its area keeps the
    // height of four from the start, so that nothing below it jumps when the platform's state
    // changes.
    const int fourLines =
        fontMetrics().lineSpacing() * 4 + 2 * style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    ui->statusBannerArea->setMinimumHeight(banner ? std::max(fourLines, banner->sizeHint().height())
                                                  : 0);
}

void MainWindow::setStatusController(StatusController *status)
{
    setStatusBanner(status ? status->banner() : nullptr);
    if (!status)
        return;
    connect(status, &StatusController::impactChanged, this, &MainWindow::highlightServices);
    // Findings follow the outage: the inventory is read again as soon as the platform's state
    // changes, not at the next scheduled read.
    connect(status, &StatusController::platformStateChanged, m_session,
            &AccountSession::refreshSoon);
    connect(status, &StatusController::whatIfRequested, this, &MainWindow::showWhatIfOfDatacenter);
    // The status feed goes through the same proxy, with the same CAs, as the platform.
    status->client()->setNetworkOptions(m_session->networkOptions());
    connect(m_session, &AccountSession::networkOptionsChanged, status,
            [this, status] { status->client()->setNetworkOptions(m_session->networkOptions()); });
    // An account with its own status feed shows that one; the others the application's.
    const auto followAccountFeed = [this, status] {
        if (m_session->hasAccount() && !m_session->account().statusUrl.isEmpty())
            status->setStatusUrl(m_session->account().statusUrl);
    };
    connect(m_session, &AccountSession::accountChanged, status, followAccountFeed);
    followAccountFeed();
    connect(m_session, &AccountSession::inventoryChanged, status,
            [this, status] { status->setInventory(m_session->inventory()); });
    if (m_session->origin() != DataAge::Origin::None)
        status->setInventory(m_session->inventory());
}

// ---------------------------------------------------------------------------------------------
// Account

void MainWindow::start()
{
    m_session->start();
}

void MainWindow::useAccount(const Account &account, const QString &secret)
{
    m_session->useAccount(account, secret);
}

void MainWindow::setSnapshotCaching(bool on)
{
    m_session->setSnapshotCaching(on);
}

void MainWindow::onAccountChanged()
{
    ui->accountLabel->setText(m_session->hasAccount() ? m_session->account().name : QString());
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    // The desktop adds nothing to a title set this way: "alice — Scaling Advisor".
    const Inventory &inv = m_session->inventory();
    QString who = inv.user.username;
    if (who.isEmpty() && m_session->hasAccount())
        who = m_session->account().name;
    setWindowTitle(who.isEmpty() ? tr("Scaling Advisor") : tr("%1 — Scaling Advisor").arg(who));
}

AccountDialog *MainWindow::openAccountDialog(const QString &message)
{
    auto *dialog = new AccountDialog(m_session->store(), m_session->sessionStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->hasAccount())
        dialog->selectAccount(m_session->account().name);
    if (!message.isEmpty())
        dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->currentAccount();
        const QString secret = dialog->enteredSecret();
        if (!secret.isEmpty())
            m_session->useAccount(account, secret);
        else
            m_session->useAccountWithStoredSecret(account);
    });
    dialog->open();
    return dialog;
}

// ---------------------------------------------------------------------------------------------
// Refresh

void MainWindow::refresh()
{
    m_session->refresh();
}

void MainWindow::cancelRefresh()
{
    m_session->cancelRefresh();
}

void MainWindow::onBusyChanged()
{
    // A refresh over the network, or a read and audit in the background: the bar turns, the
    // status bar says what is read, and the summary says "Reading…" while there is nothing yet.
    const bool refreshing = m_session->isRefreshing();
    const bool reading = m_session->isReading();
    ui->refreshProgress->setVisible(refreshing || reading);
    if (refreshing || reading)
        ui->refreshProgress->setRange(0, 0);
    ui->cancelRefreshButton->setVisible(refreshing);
    if (refreshing)
        statusBar()->showMessage(
            tr("Reading %1…").arg(m_session->account().apiUrl.toDisplayString()));
    else if (reading)
        statusBar()->showMessage(m_readingWhat);
    else
        statusBar()->clearMessage();
    if (m_session->origin() == DataAge::Origin::None)
        ui->headlineLabel->setText(reading ? tr("Reading…") : tr("No data yet"));
}

// ---------------------------------------------------------------------------------------------
// Showing data

void MainWindow::showInventory(const Inventory &inventory, DataAge::Origin origin)
{
    m_session->showInventory(inventory, origin);
}

void MainWindow::onInventoryChanged(DataAge::Origin origin)
{
    const Inventory &inv = m_session->inventory();
    QElapsedTimer shown;
    shown.start();
    m_linker->setInventory(inv, m_session->audit(), m_session->origin() != DataAge::Origin::None,
                           m_session->takePreparedViews());
    m_whatIf->setInventory(inv, m_linker->datacenters());
    m_planView->setAuditOptions(m_session->auditOptions());
    m_planView->setPlatformClient(m_session->isLive() ? m_session->client() : nullptr);
    m_planView->setReadOnly(inv.user.isSupport() || !inv.viewer.isEmpty());
    m_planView->setInventory(inv);

    updateSummary();
    updateDataAge();
    updateTitle();
    m_notices->showPartialFailures(inv);
    updateActions();
    qCDebug(lcGuiTiming) << "inventory shown in" << shown.elapsed() << "ms";
    if (origin != DataAge::Origin::None)
        emit inventoryShown(origin);
}

void MainWindow::updateSummary()
{
    const AuditReport &audit = m_session->audit();
    const AuditSummary &s = audit.summary;
    const bool any = m_session->origin() != DataAge::Origin::None;
    // The one question first: would the applications survive the loss of one datacenter?
    ui->headlineLabel->setText(any ? audit.resilience.headline() : tr("No data yet"));
    ui->changeLabel->setText(m_beforeAfter);
    ui->changeLabel->setVisible(!m_beforeAfter.isEmpty());
    ui->gradeLabel->setText(any ? tr("Grade %1").arg(s.grade) : QString());
    const QString why = any ? RulesEngine::gradeReason(s) : QString();
    ui->gradeLabel->setToolTip(why.isEmpty() ? QString() : Qt::convertFromPlainText(why));
    ui->scoreLabel->setText(any ? tr("Score %1/100").arg(s.score) : QString());
    ui->dangerLabel->setText(tr("%n danger", nullptr, s.danger));
    ui->warningLabel->setText(tr("%n warning(s)", nullptr, s.warning));
    ui->infoLabel->setText(tr("%n info", nullptr, s.info));
    ui->exemptLabel->setText(tr("%n exempt", nullptr, s.exempt));
    ui->exemptLabel->setVisible(s.exempt > 0);
    QStringList description{ui->headlineLabel->text(), m_beforeAfter,
                            ui->gradeLabel->text(),    ui->scoreLabel->text(),
                            ui->dangerLabel->text(),   ui->warningLabel->text(),
                            ui->infoLabel->text()};
    description.removeAll(QString());
    ui->summaryStrip->setAccessibleDescription(description.join(u" "_s));
}

void MainWindow::updateDataAge()
{
    ui->dataAgeLabel->setText(m_session->dataAgeText());
    ui->dataAgeLabel->setToolTip(Qt::convertFromPlainText(m_session->inventory().source));
    // The API-down bar says how old the data is: it ages with the label.
    if (m_notices->noticeShowsAge())
        m_notices->showNotice();
}

void MainWindow::updateActions()
{
    const bool hasData = m_session->origin() != DataAge::Origin::None;
    for (QAction *a : {ui->actionSaveSnapshot, ui->actionExportHtml, ui->actionExportPdf,
                       ui->actionExportCsv, ui->actionExportJson, ui->actionPrint})
        a->setEnabled(hasData);
    ui->actionLogOut->setEnabled(m_session->hasAccount());
    ui->actionRefresh->setEnabled(m_session->hasAccount());
    const Finding *f = m_linker->currentFinding();
    ui->actionExempt->setEnabled(f && !f->exempt);
    QString app = m_linker->selectedApplication(), svc = m_linker->selectedService();
    if (svc.isEmpty() && f) {
        app = f->application;
        svc = f->service;
    }
    const Inventory &inv = m_session->inventory();
    const QString reason = ScaleDialog::unavailableReason(inv, app, m_session->isLive());
    ui->actionScale->setEnabled(!svc.isEmpty() && reason.isEmpty());
    ui->actionScale->setToolTip(reason.isEmpty() ? QString() : Qt::convertFromPlainText(reason));
    const QString findingReason =
        f ? ScaleDialog::unavailableReason(inv, f->application, m_session->isLive()) : QString();
    m_details->setScaleAvailable(f && !f->service.isEmpty() && findingReason.isEmpty(),
                                 findingReason);
}

void MainWindow::highlightServices(const QSet<QString> &appSlashService)
{
    m_linker->setHighlighted(appSlashService);
}

void MainWindow::selectApplication(const QString &application, const QString &service)
{
    m_linker->selectApplication(application, service);
}

void MainWindow::showWhatIfOfDatacenter(const QString &datacenter)
{
    ui->tabs->setCurrentWidget(ui->whatIfTab);
    m_whatIf->simulate(FailureKind::Datacenter, datacenter);
}

// ---------------------------------------------------------------------------------------------
// Exemptions and scaling

void MainWindow::promptExempt()
{
    const Finding *f = m_linker->currentFinding();
    if (!f || f->exempt)
        return;
    const Finding finding = *f;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Exempt finding"),
        tr("Why is \"%1\" acceptable for %2? The reason is saved with the exemption.")
            .arg(finding.rule, finding.service.isEmpty()
                                   ? finding.application
                                   : QString(finding.application + u'/' + finding.service)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = m_session->exempt(finding, reason);
    if (!s.ok())
        QMessageBox::warning(this, tr("Exempt finding"), s.error());
}

QDialog *MainWindow::openScaleDialog(const QString &application, const QString &service)
{
    const Inventory &inv = m_session->inventory();
    int suggested = 0;
    if (const Application *app = inv.application(application))
        if (const Service *svc = app->service(service))
            suggested = ServiceCatalogue::builtIn().info(svc->serviceType).recommendedInstances;
    auto *dialog =
        new ScaleDialog(m_session->isLive() ? m_session->client() : nullptr,
                        AppSettings::load().cliName, inv, application, service, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // While the dialog is open, the window stays on the service it names.
    m_linker->selectApplication(application, service);
    m_linker->keepOnService(application, service);
    connect(dialog, &QObject::destroyed, m_linker,
            [this, application, service] { m_linker->stopKeeping(application, service); });
    dialog->open();
    return dialog;
}

void MainWindow::promptScale()
{
    QString app = m_linker->selectedApplication(), svc = m_linker->selectedService();
    const Finding *f = m_linker->currentFinding();
    if (svc.isEmpty() && f) {
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
    return m_session->openSnapshot(path);
}

Status MainWindow::saveSnapshot(const QString &path) const
{
    return m_files->saveSnapshot(path);
}

Status MainWindow::exportReport(const QString &format, const QString &path) const
{
    return m_files->exportReport(format, path);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCredentialStore(m_session->store());
    connect(dialog, &SettingsDialog::manageAccountsRequested, this,
            [this] { openAccountDialog(); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session->origin() != DataAge::Origin::None) {
            // The CLI name appears in every fix command.
            m_session->reaudit();
            onInventoryChanged(DataAge::Origin::None);
        }
        m_session->reloadSchedule();
        m_session->reloadNetworkSettings();
        emit settingsChanged(dialog->settings());
    });
    dialog->open();
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

void MainWindow::sizeColumns()
{
    // Fixed widths, measured in the reader's language (again when it changes): columns sized to
    // their contents would squeeze the names to nothing on a narrow window.
    const QFontMetrics fm = fontMetrics();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const int padding = 2 * fm.averageCharWidth();
    const auto width = [&](const QString &sample, bool withIcon = false) {
        return fm.horizontalAdvance(sample) + padding + (withIcon ? icon + 4 : 0);
    };
    const int kindWidth = width(u"python-worker"_s);
    const int instancesWidth = std::max(width(tr("Instances")), width(u"12 (2 down)"_s));
    // The longest severity word of the reader's language ("Warnung", "À améliorer"…).
    int severityWordWidth = 0;
    using SeverityPresentation::Badge;
    for (const Badge badge : {Badge::Ok, Badge::Info, Badge::Warning, Badge::Danger, Badge::Exempt})
        severityWordWidth =
            std::max(severityWordWidth, width(SeverityPresentation::word(badge), true));
    const int severityWidth = std::max(
        severityWordWidth, width(QCoreApplication::translate("InventoryTreeModel", "Severity")));
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::KindColumn, kindWidth);
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::InstancesColumn, instancesWidth);
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::SeverityColumn, severityWidth);
    // The names need room too: a service row (two levels in) shows "analytics" whole, so the
    // pane is never narrower than that beside the other columns.
    const int nameWidth = 2 * ui->inventoryTree->indentation() + width(u"analytics"_s, true);
    ui->treePane->setMinimumWidth(nameWidth + kindWidth + instancesWidth + severityWidth +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                  2 * ui->inventoryTree->frameWidth());

    // The header shows the sort arrow beside its word.
    ui->findingsView->setColumnWidth(
        FindingsModel::SeverityColumn,
        std::max(severityWordWidth,
                 width(m_linker->findingsModel()
                           ->headerData(FindingsModel::SeverityColumn, Qt::Horizontal)
                           .toString()) +
                     icon));
    ui->findingsView->setColumnWidth(
        FindingsModel::ApplicationColumn,
        std::max(width(u"analytics"_s),
                 width(m_linker->findingsModel()
                           ->headerData(FindingsModel::ApplicationColumn, Qt::Horizontal)
                           .toString()) +
                     icon));
    ui->findingsView->setColumnWidth(FindingsModel::ServiceColumn, width(u"gateway"_s, true));
    ui->findingsView->setColumnWidth(FindingsModel::RuleColumn, width(u"single-instance"_s));

    // The whole account shows "application/service.N"; one application only "service.N".
    ui->instancesView->setColumnWidth(InstanceTableModel::InstanceColumn,
                                      width(u"analytics/worker.10"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::DatacenterColumn,
                                      width(u"Amazon-us-east-1a"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::HostColumn, width(u"node-a125"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::StatusColumn, width(u"unknown"_s, true));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_notices->restyle();
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        sizeColumns();
        m_notices->retranslate();
        m_session->reaudit();
        onInventoryChanged(DataAge::Origin::None);
        m_notices->showNotice();
    }
}
