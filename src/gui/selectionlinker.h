#pragma once

#include "inventory.h"
#include "preparedviews.h"
#include "rulesengine.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class FindingsDetailPanel;
class FindingsModel;
class InstanceTableModel;
class InventoryFilterProxyModel;
class InventoryTreeModel;
class PlacementChartView;
class QTableView;
class QTreeView;
class ServiceFilterProxyModel;
struct Finding;

// The three views of one account kept on the same service: the applications → services tree,
// the findings table (with the finding's detail panel) and the placement (chart and instances).
// Selecting in one selects in the others; the filter box narrows all three; a new inventory
// keeps what the user was reading. It fills the views' models; the window only wires it.
class SelectionLinker : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        QTreeView *tree = nullptr;
        QTableView *findings = nullptr;
        QTableView *instances = nullptr;
        PlacementChartView *chart = nullptr;
        FindingsDetailPanel *details = nullptr;
    };
    // Creates the models and proxies and sets them on the views.
    SelectionLinker(const Views &views, QObject *parent = nullptr);

    InventoryTreeModel *treeModel() const { return m_treeModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    InstanceTableModel *instanceModel() const { return m_instanceModel; }

    // Shows this inventory and its audit in every view, keeping the finding the user was reading
    // (else one of the service they were on, else the first). `hasData`: false before any.
    // `prepared`, if given, holds the models of this inventory and audit, made elsewhere.
    void setInventory(const Inventory &inventory, const AuditReport &audit, bool hasData,
                      std::optional<PreparedViews> prepared = {});
    // "app/service" keys of the services hit by the current platform incident.
    void setHighlighted(const QSet<QString> &appSlashService);
    void applyFilter(const QString &text);
    // Selects this application (or service) in the tree, its finding and its placement.
    void selectApplication(const QString &application, const QString &service = QString());
    // While a scale dialog is open: a new inventory stays on this service.
    void keepOnService(const QString &application, const QString &service);
    void stopKeeping(const QString &application, const QString &service);

    // The inventory's datacenters (Inventory::allDatacenters), prepared with it or worked out.
    const DatacenterList &datacenters() const { return m_datacenters; }
    QString selectedApplication() const;
    QString selectedService() const;
    const Finding *currentFinding() const;

signals:
    // The selection or the finding shown changed: the window's actions follow.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTreeCurrentChanged();
    void onFindingCurrentChanged();
    void onInstanceCurrentChanged();
    void selectFindingOf(const QString &application, const QString &service);
    // The first row of the findings table on this application (or service), or -1.
    int findingRowOf(const QString &application, const QString &service) const;
    void showPlacement(const QString &application, const QString &service);
    void showFindingDetails();
    void expandIfFew();

    Views m_views;
    InventoryTreeModel *m_treeModel = nullptr;
    InventoryFilterProxyModel *m_treeFilter = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    ServiceFilterProxyModel *m_findingsFilter = nullptr;
    InstanceTableModel *m_instanceModel = nullptr;
    ServiceFilterProxyModel *m_instanceFilter = nullptr;

    Inventory m_inventory;
    DatacenterList m_datacenters; // m_inventory's (Inventory::allDatacenters)
    bool m_hasData = false;
    bool m_noFindings = true;
    QSet<QString> m_highlighted;
    QString m_currentApplication; // the application the placement shows
    QString m_keptApplication, m_keptService;
    bool m_placementStale = true;
    bool m_linking = false; // a selection set by another view: do not echo it back
    bool m_expandedByFilter = false;
    // The instance table is filtered when it is shown: behind another tab, the whole account's
    // instances (220,000 of a large one) would be filtered on every keystroke for nobody.
    QString m_instanceFilterText;
    bool m_instanceFilterStale = false;
};
