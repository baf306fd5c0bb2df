#include "servicefilterproxymodel.h"

#include "inventorytreemodel.h"

using namespace Qt::StringLiterals;

ServiceFilterProxyModel::ServiceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ServiceFilterProxyModel::setRoles(int applicationRole, int serviceRole, int ownTextRole)
{
    m_applicationRole = applicationRole;
    m_serviceRole = serviceRole;
    m_ownTextRole = ownTextRole;
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::setTreeModel(InventoryTreeModel *tree)
{
    m_tree = tree;
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::setFilterWords(const QString &text)
{
    const QStringList words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ServiceFilterProxyModel::containsAll(const QString &haystack) const
{
    if (haystack.isEmpty())
        return false;
    for (const QString &w : m_words)
        if (!haystack.contains(w))
            return false;
    return true;
}

bool ServiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_ownTextRole >= 0 && containsAll(idx.data(m_ownTextRole).toString()))
        return true;
    if (!m_tree)
        return false;
    const QString app = m_applicationRole >= 0 ? idx.data(m_applicationRole).toString() : QString();
    const QString svc = m_serviceRole >= 0 ? idx.data(m_serviceRole).toString() : QString();
    if (containsAll(m_tree->filterText(app)))
        return true;
    return !svc.isEmpty() && containsAll(m_tree->filterText(app, svc));
}
