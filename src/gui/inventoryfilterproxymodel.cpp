#include "inventoryfilterproxymodel.h"

InventoryFilterProxyModel::InventoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // New rows: the last match says nothing about them. (The "about to" signals: before the
    // proxy reads the rows again.)
    const auto forget = [this] {
        m_matchValid = false;
        m_match = {};
    };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
}

QStringList InventoryFilterProxyModel::wordsOf(const QString &text)
{
    return text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool InventoryFilterProxyModel::wouldChangeRows(const QString &text) const
{
    const QStringList words = wordsOf(text);
    if (words == m_words)
        return false;
    auto *tree = qobject_cast<const InventoryTreeModel *>(sourceModel());
    if (!tree || !m_matchValid || words.isEmpty() != m_words.isEmpty())
        return true;
    // The same rows matched (the rows the filter shows follow from these alone).
    const InventoryTreeModel::Match &next = tree->filterMatch(words);
    return next.applications != m_match.applications || next.services != m_match.services;
}

void InventoryFilterProxyModel::setFilterWords(const QString &text)
{
    const QStringList words = wordsOf(text);
    if (words == m_words)
        return;
    const bool changes = wouldChangeRows(text);
    m_words = words;
    // The tree's match of these words, shared with the other filtered views.
    if (auto *tree = qobject_cast<const InventoryTreeModel *>(sourceModel())) {
        m_match = tree->filterMatch(m_words);
        m_matchValid = true;
    }
    // One layoutChanged for the whole tree: removing and inserting row ranges one at a time
    // costs the views time in proportion to the rows for every range.
    if (changes)
        invalidate();
}

const InventoryTreeModel::Match &InventoryFilterProxyModel::currentMatch() const
{
    if (!m_matchValid) {
        if (auto *tree = qobject_cast<const InventoryTreeModel *>(sourceModel()))
            m_match = tree->filterMatch(m_words);
        m_matchValid = true;
    }
    return m_match;
}

bool InventoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const InventoryTreeModel::Match &m = currentMatch();
    if (!sourceParent.isValid())
        return m.application(sourceRow);
    if (sourceParent.parent().isValid())
        return false;
    return m.service(sourceParent.row(), sourceRow);
}

bool InventoryFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.parent().isValid())
        return QSortFilterProxyModel::hasChildren(parent);
    if (parent.column() != 0)
        return false;
    return sourceModel() && sourceModel()->hasChildren(mapToSource(parent));
}
