#pragma once

#include "filterablerows.h"
#include "inventorytreemodel.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <QStringList>

// Narrows a table of rows that each belong to an application (and maybe a service) — findings,
// instances — to what the filter box shows in the tree: a row stays when every word appears in
// its application's or its service's filter text (as in the tree, a matching application keeps
// all of its services), or in the row's own text. Sorts by a column, equal keys in the source's
// order either way.
//
// Built for tables of hundreds of thousands of rows, where a QSortFilterProxyModel sorts every
// row left again on every keystroke. Here the rows are put in order once per sort (their keys
// ranked once per column), and a keystroke only picks the rows that stay from that order: the
// tree's match is shared with the other views (InventoryTreeModel::filterMatch), the rows' keys
// and own texts come straight from the source (FilterableRows), and a character added re-tests
// only the rows that held the words before. The proxy is then laid out anew in one layoutChanged
// that keeps the views' current row and selection.
class ServiceFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterProxyModel(QObject *parent = nullptr);

    // A source that is not FilterableRows has no row the filter keeps.
    void setSourceModel(QAbstractItemModel *source) override;
    void setTreeModel(InventoryTreeModel *tree);
    void setFilterWords(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }

    void setSortRole(int role);
    int sortRole() const { return m_sortRole; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    struct RowKey
    {
        int application = -1, service = -1; // rows in the tree model
    };
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    // The source's rows taken anew: put in order, filtered, shown.
    void takeSourceRows();
    void readRowKeys();
    void orderRows();
    template<typename Less>
    void orderBy(const Less &less);
    void acceptRows();
    void pickVisibleRows();
    // Lays the proxy out anew, keeping the persistent indexes on their source rows: from the
    // current order and filter, or from the source's rows read again.
    enum class RelayoutFrom
    {
        OrderAndFilter,
        SourceRows
    };
    void relayout(RelayoutFrom from = RelayoutFrom::OrderAndFilter);

    QPointer<InventoryTreeModel> m_tree;
    QStringList m_words;
    const FilterableRows *m_sourceRows = nullptr;
    int m_sortRole = Qt::DisplayRole;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;

    // Per source row, read when first filtered after a source reset.
    bool m_rowsRead = false;
    QList<RowKey> m_rows;
    // Under the current words: the row's own text may hold them (it does, or was not looked at
    // because the tree's match kept the row; kept to narrow the next keystroke's test), and the
    // row stays.
    QList<bool> m_ownMatch;
    QStringList m_ownMatchWords;
    QList<bool> m_accepted;
    // Source rows in sort order; the proxy's rows (source rows) and each source row's proxy row.
    QList<int> m_order;
    QList<int> m_visible;
    QList<int> m_proxyRowOf;
};
