#include "servicefilterproxymodel.h"

#include "inventoryfilterproxymodel.h"

#include <algorithm>
#include <numeric>

ServiceFilterProxyModel::ServiceFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void ServiceFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_sourceRows = dynamic_cast<const FilterableRows *>(source);
    if (source) {
        using M = QAbstractItemModel;
        using P = ServiceFilterProxyModel;
        connect(source, &M::modelAboutToBeReset, this, &P::sourceAboutToBeReset);
        connect(source, &M::modelReset, this, &P::sourceReset);
        // The tables shown here only ever reset; any other change of their rows is taken as one.
        connect(source, &M::rowsAboutToBeInserted, this, &P::sourceAboutToBeReset);
        connect(source, &M::rowsInserted, this, &P::sourceReset);
        connect(source, &M::rowsAboutToBeRemoved, this, &P::sourceAboutToBeReset);
        connect(source, &M::rowsRemoved, this, &P::sourceReset);
        connect(source, &M::rowsAboutToBeMoved, this, &P::sourceAboutToBeReset);
        connect(source, &M::rowsMoved, this, &P::sourceReset);
        connect(source, &M::columnsAboutToBeInserted, this, &P::sourceAboutToBeReset);
        connect(source, &M::columnsInserted, this, &P::sourceReset);
        connect(source, &M::columnsAboutToBeRemoved, this, &P::sourceAboutToBeReset);
        connect(source, &M::columnsRemoved, this, &P::sourceReset);
        connect(source, &M::layoutAboutToBeChanged, this, &P::sourceAboutToBeReset);
        connect(source, &M::layoutChanged, this, &P::sourceReset);
        connect(source, &M::dataChanged, this, &P::sourceDataChanged);
        connect(source, &M::headerDataChanged, this, &M::headerDataChanged);
    }
    m_resetting = false;
    takeSourceRows();
    endResetModel();
}

void ServiceFilterProxyModel::setTreeModel(InventoryTreeModel *tree)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = tree;
    if (m_tree) {
        // Another tree, another match of the same words.
        connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
            if (isFiltering()) {
                m_ownMatch.clear();
                acceptRows();
                relayout();
            }
        });
    }
    if (isFiltering()) {
        acceptRows();
        relayout();
    }
}

void ServiceFilterProxyModel::setFilterWords(const QString &text)
{
    const QStringList words = InventoryFilterProxyModel::wordsOf(text);
    if (words == m_words)
        return;
    const bool wasFiltering = isFiltering() && m_accepted.size() == m_order.size();
    const QList<bool> accepted = m_accepted;
    m_words = words;
    acceptRows();
    // The same rows accepted ("sandb" → "sandbo", say): the views keep their layout.
    if (wasFiltering && isFiltering() && m_accepted == accepted)
        return;
    relayout();
}

void ServiceFilterProxyModel::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    if (m_sortColumn >= 0) {
        orderRows();
        relayout();
    }
}

void ServiceFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    orderRows();
    relayout();
}

void ServiceFilterProxyModel::sourceAboutToBeReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void ServiceFilterProxyModel::sourceReset()
{
    if (!m_resetting)
        return;
    takeSourceRows();
    m_resetting = false;
    endResetModel();
}

void ServiceFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                                const QModelIndex &bottomRight,
                                                const QList<int> &roles)
{
    // The keys and texts the filter reads change only with a reset; the sort's may change here.
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column() &&
        (roles.isEmpty() || roles.contains(m_sortRole)))
        relayout(RelayoutFrom::SourceRows);
    // A range of source rows is scattered over the proxy: every row shown is told.
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, topLeft.column()),
                         index(int(m_visible.size()) - 1, bottomRight.column()), roles);
}

void ServiceFilterProxyModel::takeSourceRows()
{
    // What a filter needs of each row is read when it first filters: opening a large account
    // only puts its rows in order.
    m_rowsRead = false;
    m_rows.clear();
    m_ownMatch.clear();
    m_ownMatchWords.clear();
    orderRows();
    acceptRows();
    pickVisibleRows();
}

void ServiceFilterProxyModel::readRowKeys()
{
    if (m_rowsRead)
        return;
    m_rowsRead = true;
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rows.resize(n);
    for (int r = 0; r < n && m_sourceRows; ++r)
        m_rows[r] = {m_sourceRows->inventoryApplicationOf(r), m_sourceRows->inventoryServiceOf(r)};
}

void ServiceFilterProxyModel::orderRows()
{
    const QAbstractItemModel *source = sourceModel();
    const int n = source ? source->rowCount() : 0;
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (n == 0 || m_sortColumn < 0 || m_sortColumn >= source->columnCount())
        return;
    // Each row's key read once, compared as what it is (the findings' severities are numbers,
    // the names strings); equal keys stay in the source's order either way.
    QList<QVariant> keys(n);
    bool numbers = true, strings = true;
    for (int r = 0; r < n; ++r) {
        keys[r] = source->index(r, m_sortColumn).data(m_sortRole);
        numbers = numbers && keys.at(r).userType() == QMetaType::Int;
        strings = strings && keys.at(r).userType() == QMetaType::QString;
    }
    if (numbers) {
        QList<int> values(n);
        for (int r = 0; r < n; ++r)
            values[r] = keys.at(r).toInt();
        orderBy([&](int a, int b) { return values.at(a) < values.at(b); });
    } else if (strings) {
        QStringList values(n);
        for (int r = 0; r < n; ++r)
            values[r] = keys.at(r).toString();
        orderBy([&](int a, int b) {
            return values.at(a).compare(values.at(b), Qt::CaseInsensitive) < 0;
        });
    } else {
        orderBy([&](int a, int b) {
            return QVariant::compare(keys.at(a), keys.at(b)) == QPartialOrdering::Less;
        });
    }
}

template<typename Less>
void ServiceFilterProxyModel::orderBy(const Less &less)
{
    // Stable either way: equal keys stay in the source's order, descending too.
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&less](int a, int b) { return less(b, a); });
}

void ServiceFilterProxyModel::acceptRows()
{
    if (!isFiltering())
        return;
    readRowKeys();
    const int n = int(m_rows.size());
    static const InventoryTreeModel::Match noMatch;
    // The tree's match of these words, worked out once for every filtered view.
    const InventoryTreeModel::Match &match = m_tree ? m_tree->filterMatch(m_words) : noMatch;
    const FilterTexts *texts = m_sourceRows ? m_sourceRows->ownFilterTexts() : nullptr;
    if (!texts)
        m_ownMatch.clear();
    // The rows' own texts: a character added re-tests only the rows that may hold the words.
    // A row the tree's match accepts is not looked at: its own texts "may hold" them, which the
    // next narrowing tests.
    const FilterTexts::Words utf8 = texts ? texts->wordsOf(m_words) : FilterTexts::Words();
    const bool narrowing =
        texts && m_ownMatch.size() == n && InventoryTreeModel::narrows(m_words, m_ownMatchWords);
    if (texts) {
        m_ownMatch.resize(n);
        m_ownMatchWords = m_words;
    }
    m_accepted.resize(n);
    for (int r = 0; r < n; ++r) {
        const RowKey key = m_rows.at(r);
        const bool byTree =
            match.application(key.application) || match.service(key.application, key.service);
        bool own = false;
        if (texts) {
            const bool candidate = !narrowing || m_ownMatch.at(r);
            m_ownMatch[r] = candidate && (byTree || texts->containsAll(r, utf8));
            own = m_ownMatch.at(r);
        }
        m_accepted[r] = byTree || own;
    }
}

void ServiceFilterProxyModel::pickVisibleRows()
{
    const int n = int(m_order.size());
    const bool filtering = isFiltering() && m_accepted.size() == n;
    m_visible.clear();
    m_visible.reserve(filtering ? 0 : n);
    m_proxyRowOf.fill(-1, n);
    for (int r : std::as_const(m_order)) {
        if (filtering && !m_accepted.at(r))
            continue;
        m_proxyRowOf[r] = int(m_visible.size());
        m_visible.append(r);
    }
}

void ServiceFilterProxyModel::relayout(RelayoutFrom from)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The views' current rows and selections are persistent indexes: each follows its source
    // row, or goes when its row is filtered out.
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &idx : before)
        sourceRows.append(m_visible.value(idx.row(), -1));
    if (from == RelayoutFrom::SourceRows)
        takeSourceRows();
    else
        pickVisibleRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = m_proxyRowOf.value(sourceRows.at(i), -1);
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ServiceFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_visible.size())
        return {};
    return sourceModel()->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ServiceFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex ServiceFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ServiceFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ServiceFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ServiceFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ServiceFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ServiceFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}
