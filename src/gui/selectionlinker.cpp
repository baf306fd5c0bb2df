#include "selectionlinker.h"

#include "findingsdetailpanel.h"
#include "findingsmodel.h"
#include "guilogging.h"
#include "instancetablemodel.h"
#include "inventoryfilterproxymodel.h"
#include "inventorytreemodel.h"
#include "placementchartview.h"
#include "servicefilterproxymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Above this many applications left by the filter, the tree is not expanded: expanding lays out
// every row, and a user cannot read thousands anyway.
constexpr int expandAtMost = 200;
} // namespace

SelectionLinker::SelectionLinker(const Views &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
{
    m_treeModel = new InventoryTreeModel(this);
    m_treeModel->setObjectName(u"inventoryTreeModel"_s);
    m_treeFilter = new InventoryFilterProxyModel(this);
    m_treeFilter->setObjectName(u"inventoryFilterModel"_s);
    m_treeFilter->setSourceModel(m_treeModel);
    m_views.tree->setModel(m_treeFilter);

    m_findingsModel = new FindingsModel(this);
    m_findingsModel->setObjectName(u"findingsModel"_s);
    m_findingsFilter = new ServiceFilterProxyModel(this);
    m_findingsFilter->setObjectName(u"findingsFilterModel"_s);
    m_findingsFilter->setSourceModel(m_findingsModel);
    m_findingsFilter->setSortRole(FindingsModel::SortRole);
    m_findingsFilter->setTreeModel(m_treeModel);
    m_views.findings->setModel(m_findingsFilter);

    m_instanceModel = new InstanceTableModel(this);
    m_instanceModel->setObjectName(u"instanceModel"_s);
    m_instanceFilter = new ServiceFilterProxyModel(this);
    m_instanceFilter->setObjectName(u"instanceFilterModel"_s);
    m_instanceFilter->setSourceModel(m_instanceModel);
    m_instanceFilter->setTreeModel(m_treeModel);
    m_views.instances->setModel(m_instanceFilter);

    connect(m_views.tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionLinker::onTreeCurrentChanged);
    connect(m_views.findings->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionLinker::onFindingCurrentChanged);
    connect(m_views.instances->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionLinker::onInstanceCurrentChanged);
    m_views.instances->installEventFilter(this);
}

bool SelectionLinker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_views.instances && event->type() == QEvent::Show && m_instanceFilterStale) {
        m_instanceFilterStale = false;
        m_instanceFilter->setFilterWords(m_instanceFilterText);
        showPlacement(selectedApplication(), selectedService()); // the service's rows selected
    }
    return QObject::eventFilter(watched, event);
}

QString SelectionLinker::selectedApplication() const
{
    const QModelIndex idx = m_views.tree->currentIndex();
    return idx.isValid() ? idx.data(InventoryTreeModel::ApplicationRole).toString() : QString();
}

QString SelectionLinker::selectedService() const
{
    const QModelIndex idx = m_views.tree->currentIndex();
    return idx.isValid() ? idx.data(InventoryTreeModel::ServiceRole).toString() : QString();
}

const Finding *SelectionLinker::currentFinding() const
{
    const QModelIndex idx = m_views.findings->currentIndex();
    if (!idx.isValid())
        return nullptr;
    return m_findingsModel->finding(m_findingsFilter->mapToSource(idx).row());
}

void SelectionLinker::keepOnService(const QString &application, const QString &service)
{
    m_keptApplication = application;
    m_keptService = service;
}

void SelectionLinker::stopKeeping(const QString &application, const QString &service)
{
    if (m_keptApplication == application && m_keptService == service) {
        m_keptApplication.clear();
        m_keptService.clear();
    }
}

int SelectionLinker::findingRowOf(const QString &application, const QString &service) const
{
    // The source rows of the service come from the model's index; the first on screen is the
    // lowest proxy row (the table may be sorted and filtered).
    int best = std::numeric_limits<int>::max();
    for (int sourceRow : m_findingsModel->rowsOf(application, service)) {
        const QModelIndex idx =
            m_findingsFilter->mapFromSource(m_findingsModel->index(sourceRow, 0));
        if (idx.isValid())
            best = std::min(best, idx.row());
    }
    return best == std::numeric_limits<int>::max() ? -1 : best;
}

void SelectionLinker::setInventory(const Inventory &inventory, const AuditReport &audit,
                                   bool hasData, std::optional<PreparedViews> prepared)
{
    QString app = selectedApplication();
    QString svc = selectedService();
    if (!m_keptApplication.isEmpty()) {
        app = m_keptApplication;
        svc = m_keptService;
    }
    const Finding *was = currentFinding();
    const Finding wasFinding = was ? *was : Finding{};

    m_inventory = inventory;
    m_datacenters = prepared ? prepared->datacenters : inventory.allDatacenters();
    m_hasData = hasData;
    m_noFindings = audit.findings.isEmpty();
    m_linking = true;
    m_placementStale = true;
    if (prepared)
        m_treeModel->setPrepared(std::move(prepared->tree));
    else
        m_treeModel->setInventory(inventory, audit.findings);
    m_treeModel->setAffected(m_highlighted);
    if (prepared)
        m_findingsModel->setPrepared(std::move(prepared->findings));
    else
        m_findingsModel->setFindings(audit.findings, inventory);
    m_findingsModel->setAffected(m_highlighted);
    m_expandedByFilter = false; // a new tree: nothing is expanded
    expandIfFew();

    // Keep the finding the user was reading; else one of the service they were on (the one
    // they scaled, say); else, with nothing chosen yet, the first (worst).
    int row = -1;
    if (was) {
        for (int sourceRow : m_findingsModel->rowsOf(wasFinding.application, wasFinding.service)) {
            const Finding *f = m_findingsModel->finding(sourceRow);
            if (f->rule == wasFinding.rule && f->service == wasFinding.service) {
                row = m_findingsFilter->mapFromSource(m_findingsModel->index(sourceRow, 0)).row();
                break;
            }
        }
    }
    if (row < 0 && !app.isEmpty())
        row = findingRowOf(app, svc);
    if (row < 0 && !was && app.isEmpty() && m_findingsFilter->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_views.findings->setCurrentIndex(m_findingsFilter->index(row, 0));
    else
        m_views.findings->setCurrentIndex({});
    const QModelIndex treeIdx = m_treeFilter->mapFromSource(m_treeModel->indexOf(app, svc));
    if (!app.isEmpty() && treeIdx.isValid()) {
        m_views.tree->setCurrentIndex(treeIdx);
        m_views.tree->scrollTo(treeIdx);
    }
    m_linking = false;
    showPlacement(selectedApplication(), selectedService());
    showFindingDetails();
}

void SelectionLinker::setHighlighted(const QSet<QString> &appSlashService)
{
    m_highlighted = appSlashService;
    m_treeModel->setAffected(m_highlighted);
    m_findingsModel->setAffected(m_highlighted);
    m_views.chart->setAffected(m_highlighted);
}

void SelectionLinker::applyFilter(const QString &text)
{
    QElapsedTimer step;
    step.start();
    qint64 tree = 0, findings = 0, instances = 0;
    // What the last filter expanded is folded first: rows it expanded that this filter hides
    // would stay behind as invalid persistent indexes, which every later filter of the tree's
    // proxy walks again (35 ms a keystroke on an account of 20,000 applications).
    const bool treeChanges = m_treeFilter->wouldChangeRows(text);
    if (treeChanges && m_expandedByFilter) {
        m_views.tree->collapseAll();
        m_expandedByFilter = false;
    }
    m_treeFilter->setFilterWords(text);
    tree = step.restart();
    m_findingsFilter->setFilterWords(text);
    findings = step.restart();
    m_instanceFilterText = text;
    m_instanceFilterStale = !m_views.instances->isVisible();
    if (!m_instanceFilterStale)
        m_instanceFilter->setFilterWords(text);
    instances = step.restart();
    if (treeChanges)
        expandIfFew();
    // What stays selected must still be on screen.
    if (!m_views.findings->currentIndex().isValid() && m_findingsFilter->rowCount() > 0 &&
        m_findingsFilter->isFiltering())
        m_views.findings->setCurrentIndex(m_findingsFilter->index(0, 0));
    showFindingDetails();
    qCDebug(lcGuiTiming).nospace()
        << "filter " << text << ": tree " << tree << " ms, findings " << findings
        << " ms, instances " << instances << " ms, selection " << step.elapsed() << " ms";
}

void SelectionLinker::expandIfFew()
{
    // Expanded only when few applications are left: the user sees the matching services.
    if (m_treeFilter->isFiltering() && m_treeFilter->rowCount() <= expandAtMost) {
        m_views.tree->expandAll();
        m_expandedByFilter = true;
    }
}

void SelectionLinker::selectApplication(const QString &application, const QString &service)
{
    const QModelIndex idx = m_treeFilter->mapFromSource(m_treeModel->indexOf(application, service));
    if (idx.isValid()) {
        m_views.tree->setCurrentIndex(idx);
        m_views.tree->scrollTo(idx);
    }
    onTreeCurrentChanged();
}

void SelectionLinker::onTreeCurrentChanged()
{
    const QString app = selectedApplication(), svc = selectedService();
    showPlacement(app, svc);
    if (!m_linking) {
        m_keptApplication.clear();
        m_keptService.clear();
        selectFindingOf(app, svc);
    }
    emit selectionChanged();
}

void SelectionLinker::selectFindingOf(const QString &application, const QString &service)
{
    if (application.isEmpty())
        return;
    const Finding *f = currentFinding();
    if (f && f->application == application && (service.isEmpty() || f->service == service))
        return; // already on one of its findings
    const int row = findingRowOf(application, service);
    m_linking = true;
    if (row >= 0) {
        const QModelIndex idx = m_findingsFilter->index(row, 0);
        m_views.findings->setCurrentIndex(idx);
        m_views.findings->scrollTo(idx);
    } else {
        // No finding for it: none is shown as if it were this service's.
        m_views.findings->setCurrentIndex({});
        m_views.findings->clearSelection();
    }
    m_linking = false;
    showFindingDetails();
}

void SelectionLinker::onFindingCurrentChanged()
{
    showFindingDetails();
    if (m_linking)
        return;
    m_keptApplication.clear();
    m_keptService.clear();
    const Finding *f = currentFinding();
    if (!f || f->application.isEmpty())
        return;
    const QModelIndex idx =
        m_treeFilter->mapFromSource(m_treeModel->indexOf(f->application, f->service));
    if (!idx.isValid())
        return;
    m_linking = true;
    m_views.tree->setCurrentIndex(idx);
    m_views.tree->scrollTo(idx);
    m_linking = false;
    showPlacement(f->application, f->service);
    emit selectionChanged();
}

void SelectionLinker::onInstanceCurrentChanged()
{
    if (m_linking)
        return;
    const QModelIndex idx = m_views.instances->currentIndex();
    if (!idx.isValid())
        return;
    const QString app = idx.data(InstanceTableModel::ApplicationRole).toString();
    const QString svc = idx.data(InstanceTableModel::ServiceRole).toString();
    if (app == selectedApplication() && svc == selectedService())
        return;
    const QModelIndex treeIdx = m_treeFilter->mapFromSource(m_treeModel->indexOf(app, svc));
    if (!treeIdx.isValid())
        return;
    m_linking = true;
    m_views.tree->setCurrentIndex(treeIdx);
    m_linking = false;
    selectFindingOf(app, svc);
    emit selectionChanged();
}

void SelectionLinker::showPlacement(const QString &application, const QString &service)
{
    if (application != m_currentApplication || m_placementStale) {
        m_currentApplication = application;
        m_placementStale = false;
        m_views.chart->setInventory(m_inventory, application, m_datacenters);
        m_views.chart->setAffected(m_highlighted);
        m_instanceModel->setInventory(m_inventory, application);
    }
    // The service's instances are the selected rows of the table (one application's: a short
    // table).
    m_linking = true;
    QItemSelection rows;
    for (int r = 0; r < m_instanceFilter->rowCount() && !service.isEmpty(); ++r) {
        const QModelIndex idx = m_instanceFilter->index(r, 0);
        if (idx.data(InstanceTableModel::ServiceRole).toString() == service)
            rows.select(idx, idx.siblingAtColumn(InstanceTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *selection = m_views.instances->selectionModel();
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        selection->setCurrentIndex(rows.first().topLeft(), QItemSelectionModel::NoUpdate);
        m_views.instances->scrollTo(rows.first().topLeft());
    }
    m_linking = false;
}

void SelectionLinker::showFindingDetails()
{
    // The window's translation context, where these strings were first translated.
    const Finding *f = currentFinding();
    QString placeholder;
    if (!f) {
        const QString app = selectedApplication(), svc = selectedService();
        if (m_noFindings && m_hasData)
            placeholder =
                QCoreApplication::translate("MainWindow", "Nothing to fix: every check passed.");
        else if (!svc.isEmpty())
            placeholder = QCoreApplication::translate("MainWindow",
                                                      "%1/%2 has no finding: nothing to fix there.")
                              .arg(app, svc);
        else if (!app.isEmpty())
            placeholder = QCoreApplication::translate("MainWindow",
                                                      "%1 has no finding: nothing to fix there.")
                              .arg(app);
        else if (m_findingsFilter->isFiltering() && m_findingsFilter->rowCount() == 0)
            placeholder =
                QCoreApplication::translate("MainWindow", "No finding matches the filter.");
    }
    m_views.details->showFinding(f, m_inventory, placeholder);
    emit selectionChanged();
}
