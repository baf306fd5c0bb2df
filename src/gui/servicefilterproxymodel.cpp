#include "servicefilterproxymodel.h"

#include "inventoryfilterproxymodel.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

ServiceFilterProxyModel::ServiceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ServiceFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    forgetRows();
    if (!source)
        return;
    // Before the proxy reads the rows again, what was computed for the old ones goes.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &ServiceFilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &ServiceFilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ServiceFilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &ServiceFilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::dataChanged, this, [this] { m_rankColumn = -1; });
}

void ServiceFilterProxyModel::setRoles(int applicationRole, int serviceRole, int ownTextRole)
{
    m_applicationRole = applicationRole;
    m_serviceRole = serviceRole;
    m_ownTextRole = ownTextRole;
    forgetRows();
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::setTreeModel(InventoryTreeModel *tree)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = tree;
    if (m_tree) {
        // The tree's rows are what each of ours points to.
        connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this,
                &ServiceFilterProxyModel::forgetRows);
        connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_words.isEmpty())
                invalidate();
        });
    }
    forgetRows();
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::forgetRows()
{
    m_rowsValid = false;
    m_rows.clear();
    forgetMatch();
    m_rankColumn = -1;
}

void ServiceFilterProxyModel::forgetMatch()
{
    m_match = {};
    m_ownMatch.clear();
    m_ownMatchWords.clear();
    m_acceptedValid = false;
}

void ServiceFilterProxyModel::setFilterWords(const QString &text)
{
    const QStringList words = InventoryFilterProxyModel::wordsOf(text);
    if (words == m_words)
        return;
    m_words = words;
    m_acceptedValid = false; // decided again from the previous match, see ensureAccepted
    // One layoutChanged: removing and inserting row ranges one at a time costs a table view time
    // in proportion to its rows for every range.
    invalidate();
}

void ServiceFilterProxyModel::ensureRows() const
{
    if (m_rowsValid)
        return;
    m_rowsValid = true;
    m_rows.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source || !m_tree)
        return;
    const int n = source->rowCount();
    m_rows.resize(n);
    QString lastApp;
    int lastAppRow = -1;
    for (int r = 0; r < n; ++r) {
        const QModelIndex idx = source->index(r, 0);
        RowKey &key = m_rows[r];
        const QString app =
            m_applicationRole >= 0 ? idx.data(m_applicationRole).toString() : QString();
        if (app != lastApp || lastAppRow < 0) {
            lastApp = app;
            lastAppRow = m_tree->applicationRowOf(app);
        }
        key.application = lastAppRow;
        if (m_serviceRole >= 0 && key.application >= 0) {
            const QString svc = idx.data(m_serviceRole).toString();
            if (!svc.isEmpty())
                key.service = m_tree->serviceRowOf(key.application, svc);
        }
    }
}

void ServiceFilterProxyModel::ensureAccepted() const
{
    if (m_acceptedValid)
        return;
    m_acceptedValid = true;
    ensureRows();
    const QAbstractItemModel *source = sourceModel();
    const int n = source ? source->rowCount() : 0;
    const InventoryTreeModel::Match before = m_match;
    m_match = m_tree ? m_tree->match(m_words, before.isEmpty() ? nullptr : &before)
                     : InventoryTreeModel::Match{};
    if (m_ownTextRole >= 0 && source) {
        // The rows' own texts: a character added re-tests only the rows that held the words.
        const bool narrowing =
            m_ownMatch.size() == n && InventoryTreeModel::narrows(m_words, m_ownMatchWords);
        m_ownMatch.resize(n);
        for (int r = 0; r < n; ++r)
            m_ownMatch[r] = (!narrowing || m_ownMatch[r]) &&
                            InventoryTreeModel::containsAll(
                                source->index(r, 0).data(m_ownTextRole).toString(), m_words);
        m_ownMatchWords = m_words;
    }
    m_accepted.resize(n);
    for (int r = 0; r < n; ++r) {
        bool ok = r < m_ownMatch.size() && m_ownMatch[r];
        const RowKey key = r < m_rows.size() ? m_rows[r] : RowKey{};
        if (!ok && key.application >= 0 && key.application < m_match.applications.size()) {
            ok = m_match.applications[key.application] ||
                 (key.service >= 0 && m_match.services[key.application].value(key.service));
        }
        m_accepted[r] = ok;
    }
}

bool ServiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (sourceParent.isValid())
        return false;
    ensureAccepted();
    return sourceRow < m_accepted.size() && m_accepted[sourceRow];
}

bool ServiceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || left.parent().isValid() || right.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_rankColumn != left.column() || m_rankRole != sortRole() ||
        m_rank.size() != source->rowCount()) {
        // Every row ranked once for this column: the sorts of each keystroke compare integers.
        const int column = left.column();
        const int n = source->rowCount();
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        QList<QVariant> keys(n);
        for (int r = 0; r < n; ++r)
            keys[r] = source->index(r, column).data(sortRole());
        const Qt::CaseSensitivity cs = sortCaseSensitivity();
        const bool localeAware = isSortLocaleAware();
        const auto less = [&](int a, int b) {
            const QVariant &l = keys[a], &r = keys[b];
            if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
                const QString ls = l.toString(), rs = r.toString();
                return localeAware ? ls.localeAwareCompare(rs) < 0 : ls.compare(rs, cs) < 0;
            }
            return QVariant::compare(l, r) == QPartialOrdering::Less;
        };
        std::stable_sort(order.begin(), order.end(), less);
        m_rank.resize(n);
        for (int i = 0; i < n; ++i)
            m_rank[order[i]] = (i > 0 && !less(order[i - 1], order[i])) ? m_rank[order[i - 1]] : i;
        m_rankColumn = column;
        m_rankRole = sortRole();
    }
    return m_rank.value(left.row()) < m_rank.value(right.row());
}
