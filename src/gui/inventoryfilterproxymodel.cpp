#include "inventoryfilterproxymodel.h"

#include "inventorytreemodel.h"

InventoryFilterProxyModel::InventoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterProxyModel::setFilterWords(const QString &text)
{
    const QStringList words =
        text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool InventoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = idx.data(InventoryTreeModel::FilterTextRole).toString();
    for (const QString &w : m_words)
        if (!haystack.contains(w))
            return false;
    return true;
}
