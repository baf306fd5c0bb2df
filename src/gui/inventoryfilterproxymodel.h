#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Filters the inventory tree as the user types: every word must appear in a row's name, type,
// flavor or severity. A matching service keeps its application; a matching application keeps all
// of its services.
class InventoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InventoryFilterProxyModel(QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
