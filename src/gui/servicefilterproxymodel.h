#pragma once

#include "inventorytreemodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

// Narrows a table of rows that each belong to an application (and maybe a service) — findings,
// instances — to what the filter box shows in the tree: a row stays when every word appears in
// its application's or its service's filter text (as in the tree, a matching application keeps
// all of its services), or in the row's own text.
//
// Built for tables of hundreds of thousands of rows: each row's application and service are
// resolved to the tree's rows once per source reset; a keystroke matches the tree's texts once
// (narrowing the previous match when a character is added), decides every row with a lookup, and
// lays the proxy out anew in one layoutChanged. Sorting compares ranks computed once per column.
class ServiceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    // The source model's roles for the application, the service and the row's own text (-1:
    // none).
    void setRoles(int applicationRole, int serviceRole, int ownTextRole = -1);
    void setTreeModel(InventoryTreeModel *tree);
    void setFilterWords(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct RowKey
    {
        int application = -1, service = -1; // rows in the tree model
    };
    void forgetRows();
    void forgetMatch();
    void ensureRows() const;
    void ensureAccepted() const;

    QPointer<InventoryTreeModel> m_tree;
    QStringList m_words;
    int m_applicationRole = -1, m_serviceRole = -1, m_ownTextRole = -1;

    // Per source row, computed when first needed after the source (or the tree) changed.
    mutable QList<RowKey> m_rows;
    mutable bool m_rowsValid = false;
    mutable InventoryTreeModel::Match m_match; // the tree's rows under the current words
    mutable QList<bool> m_ownMatch;            // the row's own text under the current words
    mutable QStringList m_ownMatchWords;
    mutable QList<bool> m_accepted;
    mutable bool m_acceptedValid = false;
    // The sort: each source row's rank under the sort column and role (equal keys, equal ranks).
    mutable QList<int> m_rank;
    mutable int m_rankColumn = -1;
    mutable int m_rankRole = -1;
};
