#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsession.h"
#include "checkedfile.h"
#include "findingsdetailpanel.h"
#include "findingsmodel.h"
#include "guilogging.h"
#include "infobar.h"
#include "instancetablemodel.h"
#include "inventoryfilterproxymodel.h"
#include "inventorytreemodel.h"
#include "placementchartview.h"
#include "planview.h"
#include "reportdocument.h"
#include "reportwriter.h"
#include "scaledialog.h"
#include "servicecatalogue.h"
#include "servicefilterproxymodel.h"
#include "settingsdialog.h"
#include "snapshot.h"
#include "statuscontroller.h"
#include "ui_mainwindow.h"
#include "userguidedialog.h"
#include "whatifview.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStyledItemDelegate>

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

    // Tree of applications → services, filtered as the user types. Cut names end in "…", so
    // that a cut "www" never reads as "ww".
    m_treeModel = new InventoryTreeModel(this);
    m_treeModel->setObjectName(u"inventoryTreeModel"_s);
    m_filterModel = new InventoryFilterProxyModel(this);
    m_filterModel->setObjectName(u"inventoryFilterModel"_s);
    m_filterModel->setSourceModel(m_treeModel);
    ui->inventoryTree->setModel(m_filterModel);
    ui->inventoryTree->setTextElideMode(Qt::ElideRight);
    ui->inventoryTree->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *treeHeader = ui->inventoryTree->header();
    treeHeader->setStretchLastSection(false);
    treeHeader->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"mmm"_s));
    treeHeader->setSectionResizeMode(InventoryTreeModel::NameColumn, QHeaderView::Stretch);
    // Fixed, measured widths: columns sized to their contents would squeeze the names to nothing
    // on a narrow window.
    const QFontMetrics fm = fontMetrics();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const int padding = 2 * fm.averageCharWidth();
    const auto width = [&](const QString &sample, bool withIcon = false) {
        return fm.horizontalAdvance(sample) + padding + (withIcon ? icon + 4 : 0);
    };
    const int kindWidth = width(u"python-worker"_s);
    const int instancesWidth = std::max(width(tr("Instances")), width(u"12 (2 down)"_s));
    const int severityWidth = width(u"Warning"_s, true);
    treeHeader->setSectionResizeMode(InventoryTreeModel::KindColumn, QHeaderView::Interactive);
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::KindColumn, kindWidth);
    treeHeader->setSectionResizeMode(InventoryTreeModel::InstancesColumn, QHeaderView::Interactive);
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::InstancesColumn, instancesWidth);
    treeHeader->setSectionResizeMode(InventoryTreeModel::SeverityColumn, QHeaderView::Interactive);
    ui->inventoryTree->setColumnWidth(InventoryTreeModel::SeverityColumn, severityWidth);
    // The names need room too: a service row (two levels in) shows "analytics" whole, so the
    // pane is never narrower than that beside the other columns.
    const int nameWidth = 2 * ui->inventoryTree->indentation() + width(u"analytics"_s, true);
    ui->treePane->setMinimumWidth(nameWidth + kindWidth + instancesWidth + severityWidth +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                  2 * ui->inventoryTree->frameWidth());
    connect(ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(ui->inventoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);

    // Findings.
    m_findingsModel = new FindingsModel(this);
    m_findingsModel->setObjectName(u"findingsModel"_s);
    m_findingsSort = new ServiceFilterProxyModel(this);
    m_findingsSort->setObjectName(u"findingsFilterModel"_s);
    m_findingsSort->setSourceModel(m_findingsModel);
    m_findingsSort->setSortRole(FindingsModel::SortRole);
    m_findingsSort->setRoles(FindingsModel::ApplicationRole, FindingsModel::ServiceRole,
                             FindingsModel::FilterTextRole);
    m_findingsSort->setTreeModel(m_treeModel);
    ui->findingsView->setModel(m_findingsSort);
    ui->findingsView->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() + 8;
    ui->findingsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->findingsView->setTextElideMode(Qt::ElideRight);
    QHeaderView *findingsHeader = ui->findingsView->horizontalHeader();
    findingsHeader->setStretchLastSection(true);
    findingsHeader->setSectionResizeMode(QHeaderView::Interactive);
    ui->findingsView->setColumnWidth(FindingsModel::SeverityColumn, width(u"Warning"_s, true));
    ui->findingsView->setColumnWidth(
        FindingsModel::ApplicationColumn,
        std::max(width(u"analytics"_s),
                 width(m_findingsModel->headerData(FindingsModel::ApplicationColumn, Qt::Horizontal)
                           .toString()) +
                     icon));
    ui->findingsView->setColumnWidth(FindingsModel::ServiceColumn, width(u"gateway"_s, true));
    ui->findingsView->setColumnWidth(FindingsModel::RuleColumn, width(u"single-instance"_s));
    ui->findingsView->addAction(ui->actionExempt);
    ui->findingsView->addAction(ui->actionScale);
    connect(ui->findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onFindingCurrentChanged);

    m_details = new FindingsDetailPanel(this);
    ui->detailsScroll->setWidget(m_details);
    connect(m_details, &FindingsDetailPanel::scaleRequested, this, [this] {
        if (const Finding *f = currentFinding(); f && !f->service.isEmpty())
            openScaleDialog(f->application, f->service);
    });
    ui->findingsSplitter->setStretchFactor(0, 3);
    ui->findingsSplitter->setStretchFactor(1, 2);

    // Placement.
    m_placementChart = new PlacementChartView(this);
    m_placementChart->setObjectName(u"placementChart"_s);
    ui->placementChartLayout->addWidget(m_placementChart);
    m_instanceModel = new InstanceTableModel(this);
    m_instanceModel->setObjectName(u"instanceModel"_s);
    m_instanceSort = new ServiceFilterProxyModel(this);
    m_instanceSort->setObjectName(u"instanceFilterModel"_s);
    m_instanceSort->setSourceModel(m_instanceModel);
    m_instanceSort->setRoles(InstanceTableModel::ApplicationRole, InstanceTableModel::ServiceRole);
    m_instanceSort->setTreeModel(m_treeModel);
    ui->instancesView->setModel(m_instanceSort);
    ui->instancesView->verticalHeader()->hide();
    ui->instancesView->verticalHeader()->setDefaultSectionSize(rowHeight);
    ui->instancesView->setTextElideMode(Qt::ElideRight);
    QHeaderView *instancesHeader = ui->instancesView->horizontalHeader();
    instancesHeader->setSectionResizeMode(QHeaderView::Interactive);
    instancesHeader->setStretchLastSection(true);
    ui->instancesView->setColumnWidth(InstanceTableModel::InstanceColumn, width(u"worker.10"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::DatacenterColumn,
                                      width(u"Amazon-us-east-1a"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::HostColumn, width(u"node-a125"_s));
    ui->instancesView->setColumnWidth(InstanceTableModel::StatusColumn, width(u"unknown"_s, true));
    connect(ui->instancesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onInstanceCurrentChanged);
    ui->placementSplitter->setStretchFactor(0, 3);
    ui->placementSplitter->setStretchFactor(1, 2);

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
    connect(m_session, &AccountSession::refreshStarted, this, &MainWindow::onRefreshStarted);
    connect(m_session, &AccountSession::refreshEnded, this, &MainWindow::onRefreshEnded);
    connect(m_session, &AccountSession::refreshProgress, this, [this](int done, int total) {
        ui->refreshProgress->setRange(0, std::max(total, 1));
        ui->refreshProgress->setValue(done);
    });
    connect(m_session, &AccountSession::refreshFailed, this, [this](const PlatformError &error) {
        if (error.kind == PlatformErrorKind::Cancelled)
            statusBar()->showMessage(tr("Refresh cancelled."), 5000);
        emit refreshFailed(error);
    });
    connect(m_session, &AccountSession::noticeChanged, this, &MainWindow::showNotice);
    connect(m_session, &AccountSession::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_session, &AccountSession::secretNeeded, this,
            [this](const QString &message) { openAccountDialog(message); });
    connect(m_session, &AccountSession::accountNeeded, this, [this] { openAccountDialog(); });

    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MainWindow::updateDataAge);
    m_ageTimer.start();

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    ui->mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    ui->findingsSplitter->restoreState(settings.value(u"window/findingsSplitter"_s).toByteArray());
    ui->placementSplitter->restoreState(
        settings.value(u"window/placementSplitter"_s).toByteArray());

    showNotice();
    onInventoryChanged(DataAge::Origin::None);
    updateTitle();
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
        ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        ui->filterEdit->selectAll();
    });
    connect(ui->actionAccounts, &QAction::triggered, this, [this] { openAccountDialog(); });
    connect(ui->actionLogOut, &QAction::triggered, m_session, &AccountSession::logOut);
    connect(ui->actionScale, &QAction::triggered, this, &MainWindow::promptScale);
    connect(ui->actionExempt, &QAction::triggered, this, &MainWindow::promptExempt);
    connect(ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->actionUserGuide, &QAction::triggered, this, &MainWindow::openUserGuide);
    connect(ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
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

void MainWindow::showNotice()
{
    const AccountSession::Notice n = m_session->notice();
    if (n.kind == AccountSession::Notice::Kind::None) {
        m_refreshBar->hide();
        return;
    }
    InfoBar::Kind kind = InfoBar::Kind::Information;
    if (n.kind == AccountSession::Notice::Kind::Warning)
        kind = InfoBar::Kind::Warning;
    else if (n.kind == AccountSession::Notice::Kind::Error)
        kind = InfoBar::Kind::Error;
    m_refreshBar->showMessage(kind, n.text);
    switch (n.action) {
    case AccountSession::Notice::Action::None:
        m_refreshBar->setActions({});
        break;
    case AccountSession::Notice::Action::RetryNow:
        m_refreshBar->setActions({m_retryNowAction});
        break;
    case AccountSession::Notice::Action::OpenAccounts:
        m_refreshBar->setActions({m_openAccountsAction});
        break;
    case AccountSession::Notice::Action::OpenAccountsOrSnapshot:
        m_refreshBar->setActions({m_openAccountsAction, ui->actionOpenSnapshot});
        break;
    }
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

void MainWindow::onRefreshStarted()
{
    ui->refreshProgress->setRange(0, 0);
    ui->refreshProgress->show();
    ui->cancelRefreshButton->show();
    statusBar()->showMessage(tr("Reading %1…").arg(m_session->account().apiUrl.toDisplayString()));
}

void MainWindow::onRefreshEnded()
{
    ui->refreshProgress->hide();
    ui->cancelRefreshButton->hide();
    statusBar()->clearMessage();
}

void MainWindow::showPartialFailures()
{
    const Inventory &inv = m_session->inventory();
    if (inv.errors.isEmpty()) {
        m_partialBar->hide();
        return;
    }
    QStringList parts;
    for (const FetchError &e : inv.errors) {
        if (parts.size() == 5) {
            parts.append(tr("and %n more", nullptr, int(inv.errors.size() - 5)));
            break;
        }
        const QString what =
            e.service.isEmpty() ? e.application : QString(e.application + u'/' + e.service);
        parts.append(tr("%1 (%2)").arg(what, e.error));
    }
    m_partialBar->showMessage(
        InfoBar::Kind::Warning,
        tr("%n service(s) could not be read and are left out of the checks: %1", nullptr,
           int(inv.errors.size()))
            .arg(parts.join(u"; "_s)));
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
    const AuditReport &audit = m_session->audit();
    QString app = selectedApplication();
    QString svc = selectedService();
    if (!m_scaledApplication.isEmpty()) {
        app = m_scaledApplication;
        svc = m_scaledService;
    }
    const Finding *was = currentFinding();
    const QString wasKey =
        was ? QString(was->rule + u'|' + was->application + u'|' + was->service) : QString();

    m_linkingSelection = true;
    m_placementStale = true;
    m_treeModel->setInventory(inv, audit.findings);
    m_treeModel->setAffected(m_highlighted);
    m_findingsModel->setFindings(audit.findings);
    m_findingsModel->setAffected(m_highlighted);
    m_whatIf->setInventory(inv);
    m_planView->setAuditOptions(m_session->auditOptions());
    m_planView->setPlatformClient(m_session->isLive() ? m_session->client() : nullptr);
    m_planView->setReadOnly(inv.user.isSupport() || !inv.viewer.isEmpty());
    m_planView->setInventory(inv);
    if (!ui->filterEdit->text().trimmed().isEmpty() && m_filterModel->rowCount() <= 200)
        ui->inventoryTree->expandAll();

    // Keep the finding the user was reading; else one of the service they were on (the one
    // they scaled, say); else, with nothing chosen yet, the first (worst).
    int row = -1;
    int serviceRow = -1;
    for (int r = 0; r < m_findingsSort->rowCount(); ++r) {
        const Finding *f = m_findingsModel->finding(
            m_findingsSort->mapToSource(m_findingsSort->index(r, 0)).row());
        if (!wasKey.isEmpty() &&
            QString(f->rule + u'|' + f->application + u'|' + f->service) == wasKey) {
            row = r;
            break;
        }
        if (serviceRow < 0 && !app.isEmpty() && f->application == app &&
            (svc.isEmpty() || f->service == svc))
            serviceRow = r;
    }
    if (row < 0)
        row = serviceRow;
    if (row < 0 && wasKey.isEmpty() && app.isEmpty() && m_findingsSort->rowCount() > 0)
        row = 0;
    if (row >= 0)
        ui->findingsView->setCurrentIndex(m_findingsSort->index(row, 0));
    else
        ui->findingsView->setCurrentIndex({});
    const QModelIndex treeIdx = m_filterModel->mapFromSource(m_treeModel->indexOf(app, svc));
    if (!app.isEmpty() && treeIdx.isValid()) {
        ui->inventoryTree->setCurrentIndex(treeIdx);
        ui->inventoryTree->scrollTo(treeIdx);
    }
    m_linkingSelection = false;
    showPlacement(selectedApplication(), selectedService());

    updateSummary();
    updateDataAge();
    updateTitle();
    showPartialFailures();
    showFindingDetails();
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
    if (m_session->notice().action == AccountSession::Notice::Action::RetryNow)
        showNotice();
}

void MainWindow::updateActions()
{
    const bool hasData = m_session->origin() != DataAge::Origin::None;
    for (QAction *a : {ui->actionSaveSnapshot, ui->actionExportHtml, ui->actionExportPdf,
                       ui->actionExportCsv, ui->actionExportJson, ui->actionPrint})
        a->setEnabled(hasData);
    ui->actionLogOut->setEnabled(m_session->hasAccount());
    ui->actionRefresh->setEnabled(m_session->hasAccount());
    const Finding *f = currentFinding();
    ui->actionExempt->setEnabled(f && !f->exempt);
    QString app = selectedApplication(), svc = selectedService();
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
    m_highlighted = appSlashService;
    m_treeModel->setAffected(m_highlighted);
    m_findingsModel->setAffected(m_highlighted);
    m_placementChart->setAffected(m_highlighted);
}

void MainWindow::applyFilter(const QString &text)
{
    m_filterModel->setFilterWords(text);
    m_findingsSort->setFilterWords(text);
    m_instanceSort->setFilterWords(text);
    if (!text.trimmed().isEmpty() && m_filterModel->rowCount() <= 200)
        ui->inventoryTree->expandAll();
    // What stays selected must still be on screen.
    if (!ui->findingsView->currentIndex().isValid() && m_findingsSort->rowCount() > 0 &&
        !text.trimmed().isEmpty())
        ui->findingsView->setCurrentIndex(m_findingsSort->index(0, 0));
    showFindingDetails();
}

// ---------------------------------------------------------------------------------------------
// Linked selection: the tree, the findings and the placement show the same service.

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
    const QModelIndex idx =
        m_filterModel->mapFromSource(m_treeModel->indexOf(application, service));
    if (idx.isValid()) {
        ui->inventoryTree->setCurrentIndex(idx);
        ui->inventoryTree->scrollTo(idx);
    }
    onTreeCurrentChanged();
}

void MainWindow::onTreeCurrentChanged()
{
    const QString app = selectedApplication(), svc = selectedService();
    showPlacement(app, svc);
    if (!m_linkingSelection) {
        m_scaledApplication.clear();
        m_scaledService.clear();
        selectFindingOf(app, svc);
    }
    updateActions();
}

void MainWindow::selectFindingOf(const QString &application, const QString &service)
{
    if (application.isEmpty())
        return;
    const Finding *f = currentFinding();
    if (f && f->application == application && (service.isEmpty() || f->service == service))
        return; // already on one of its findings
    for (int r = 0; r < m_findingsSort->rowCount(); ++r) {
        const QModelIndex idx = m_findingsSort->index(r, 0);
        if (idx.data(FindingsModel::ApplicationRole).toString() == application &&
            (service.isEmpty() || idx.data(FindingsModel::ServiceRole).toString() == service)) {
            m_linkingSelection = true;
            ui->findingsView->setCurrentIndex(idx);
            ui->findingsView->scrollTo(idx);
            m_linkingSelection = false;
            showFindingDetails();
            return;
        }
    }
    // No finding for it: none is shown as if it were this service's.
    m_linkingSelection = true;
    ui->findingsView->setCurrentIndex({});
    ui->findingsView->clearSelection();
    m_linkingSelection = false;
    showFindingDetails();
}

void MainWindow::onFindingCurrentChanged()
{
    showFindingDetails();
    if (m_linkingSelection)
        return;
    m_scaledApplication.clear();
    m_scaledService.clear();
    const Finding *f = currentFinding();
    if (!f || f->application.isEmpty())
        return;
    const QModelIndex idx =
        m_filterModel->mapFromSource(m_treeModel->indexOf(f->application, f->service));
    if (!idx.isValid())
        return;
    m_linkingSelection = true;
    ui->inventoryTree->setCurrentIndex(idx);
    ui->inventoryTree->scrollTo(idx);
    m_linkingSelection = false;
    showPlacement(f->application, f->service);
}

void MainWindow::onInstanceCurrentChanged()
{
    if (m_linkingSelection)
        return;
    const QModelIndex idx = ui->instancesView->currentIndex();
    if (!idx.isValid())
        return;
    const QString app = idx.data(InstanceTableModel::ApplicationRole).toString();
    const QString svc = idx.data(InstanceTableModel::ServiceRole).toString();
    if (app == selectedApplication() && svc == selectedService())
        return;
    const QModelIndex treeIdx = m_filterModel->mapFromSource(m_treeModel->indexOf(app, svc));
    if (!treeIdx.isValid())
        return;
    m_linkingSelection = true;
    ui->inventoryTree->setCurrentIndex(treeIdx);
    m_linkingSelection = false;
    selectFindingOf(app, svc);
    updateActions();
}

void MainWindow::showPlacement(const QString &application, const QString &service)
{
    const Inventory &inv = m_session->inventory();
    if (application != m_currentApplication || m_placementStale) {
        m_currentApplication = application;
        m_placementStale = false;
        m_placementChart->setInventory(inv, application);
        m_placementChart->setAffected(m_highlighted);
        m_instanceModel->setInventory(inv, application);
    }
    // The service's instances are the selected rows of the table.
    m_linkingSelection = true;
    QItemSelection rows;
    for (int r = 0; r < m_instanceSort->rowCount() && !service.isEmpty(); ++r) {
        const QModelIndex idx = m_instanceSort->index(r, 0);
        if (idx.data(InstanceTableModel::ServiceRole).toString() == service)
            rows.select(idx, idx.siblingAtColumn(InstanceTableModel::ColumnCount - 1));
    }
    ui->instancesView->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        ui->instancesView->selectionModel()->setCurrentIndex(rows.first().topLeft(),
                                                             QItemSelectionModel::NoUpdate);
        ui->instancesView->scrollTo(rows.first().topLeft());
    }
    m_linkingSelection = false;
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
    QString placeholder;
    if (!f) {
        const QString app = selectedApplication(), svc = selectedService();
        if (m_session->audit().findings.isEmpty() && m_session->origin() != DataAge::Origin::None)
            placeholder = tr("Nothing to fix: every check passed.");
        else if (!svc.isEmpty())
            placeholder = tr("%1/%2 has no finding: nothing to fix there.").arg(app, svc);
        else if (!app.isEmpty())
            placeholder = tr("%1 has no finding: nothing to fix there.").arg(app);
        else if (m_findingsSort->isFiltering() && m_findingsSort->rowCount() == 0)
            placeholder = tr("No finding matches the filter.");
    }
    m_details->showFinding(f, m_session->inventory(), placeholder);
    updateActions();
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
    const Finding *f = currentFinding();
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
    m_scaledApplication = application;
    m_scaledService = service;
    selectApplication(application, service);
    m_scaledApplication = application;
    m_scaledService = service;
    connect(dialog, &QObject::destroyed, this, [this, application, service] {
        if (m_scaledApplication == application && m_scaledService == service) {
            m_scaledApplication.clear();
            m_scaledService.clear();
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::promptScale()
{
    QString app = selectedApplication(), svc = selectedService();
    const Finding *f = currentFinding();
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
    return Snapshot::write(m_session->inventory(), path);
}

Status MainWindow::exportReport(const QString &format, const QString &path) const
{
    if (format == u"pdf"_s)
        return ReportDocument::writePdf(m_session->inventory(), m_session->audit(), path);
    ReportFormat f;
    if (!reportFormatFromName(format, &f))
        return Status::failure(tr("Unknown report format: %1").arg(format));
    return CheckedFile::write(path,
                              ReportWriter::write(f, m_session->inventory(), m_session->audit()));
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
    const Inventory &inv = m_session->inventory();
    const QString base = inv.user.username.isEmpty() ? u"scaling-advisor"_s : inv.user.username;
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
    ReportDocument::print(m_session->inventory(), m_session->audit(), &printer);
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
// Help

void MainWindow::openUserGuide()
{
    // The guide shipped with the application, in a window beside the work.
    UserGuideDialog::showGuide(this);
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (QAction *a :
         {ui->actionFilter, ui->actionRefresh, ui->actionOpenSnapshot, ui->actionSaveSnapshot,
          ui->actionExportPdf, ui->actionPrint, ui->actionUserGuide, ui->actionQuit}) {
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            lines.append(tr("%1\t%2").arg(keys, QString(a->text()).remove(u'&')));
    }
    lines.append(tr("%1\t%2").arg(u"Tab / Shift+Tab"_s, tr("Next or previous control")));
    lines.append(tr("%1\t%2").arg(u"Alt+I / Alt+P / Alt+W"_s,
                                  tr("The Findings, Placement and What if tabs")));
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"), lines.join(u'\n'),
                    QMessageBox::Close, this);
    box.setObjectName(u"shortcutsBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
        if (m_refreshBar->isVisible())
            m_refreshBar->showMessage(m_refreshBar->kind(), m_refreshBar->text());
        if (m_partialBar->isVisible())
            m_partialBar->showMessage(m_partialBar->kind(), m_partialBar->text());
    }
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_retryNowAction->setText(tr("Retry now"));
        m_openAccountsAction->setText(tr("Accounts…"));
        m_session->reaudit();
        onInventoryChanged(DataAge::Origin::None);
        showNotice();
    }
}
