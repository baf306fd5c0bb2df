#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

class InventoryTreeModel;

// Narrows a table of rows that each belong to an application (and maybe a service) — findings,
// instances — to what the filter box shows in the tree: a row stays when every word appears in
// its application's or its service's filter text (as in the tree, a matching application keeps
// all of its services), or in the row's own text.
class ServiceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterProxyModel(QObject *parent = nullptr);

    // The source model's roles for the application, the service and the row's own text (-1:
    // none).
    void setRoles(int applicationRole, int serviceRole, int ownTextRole = -1);
    void setTreeModel(InventoryTreeModel *tree);
    void setFilterWords(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool containsAll(const QString &haystack) const;

    QPointer<InventoryTreeModel> m_tree;
    QStringList m_words;
    int m_applicationRole = -1, m_serviceRole = -1, m_ownTextRole = -1;
};
