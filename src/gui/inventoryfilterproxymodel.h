#pragma once

#include "inventorytreemodel.h"

#include <QSortFilterProxyModel>
#include <QStringList>

// Filters the inventory tree as the user types: every word must appear in a row's name, type,
// flavor or severity. A matching service keeps its application; a matching application keeps all
// of its services.
//
// Built for large accounts: the rows' texts are matched once per keystroke against the source's
// prebuilt lower-case texts (a character added re-tests only the rows that matched before), and
// the proxy is then laid out anew in one layoutChanged rather than row range by row range.
class InventoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InventoryFilterProxyModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *source) override;
    // Whether these words would show other rows than the ones shown (the tree's match of them
    // is worked out once, for this and for setFilterWords).
    bool wouldChangeRows(const QString &text) const;
    // The rows are filtered again only when the words show other rows: "sandb" → "sandbo"
    // keeps the tree as it is, its expanded rows and its layout.
    void setFilterWords(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }
    // An application row shown has services shown (its own match keeps them all, else one of
    // them matched): answered from the source, without mapping the children of every row.
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    // The words of a filter text, as every filtered view splits them.
    static QStringList wordsOf(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const InventoryTreeModel::Match &currentMatch() const;

    QStringList m_words;
    mutable InventoryTreeModel::Match m_match;
    mutable bool m_matchValid = false;
};
