#pragma once

#include "filterablerows.h"
#include "inventory.h"

#include <QAbstractTableModel>

// Where every instance runs: service.instance, datacenter, host, status, role — for one
// application, or for the whole account when no application is chosen.
class InstanceTableModel : public QAbstractTableModel, public FilterableRows
{
    Q_OBJECT

public:
    enum Column
    {
        InstanceColumn,
        DatacenterColumn,
        HostColumn,
        StatusColumn,
        RoleColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationRole = Qt::UserRole + 1, // QString
        ServiceRole,                        // QString
    };

    explicit InstanceTableModel(QObject *parent = nullptr);

    // application empty: every application's instances, named "app/service.N".
    void setInventory(const Inventory &inventory, const QString &application = QString());

    int inventoryApplicationOf(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).application : -1;
    }
    int inventoryServiceOf(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).service : -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Where the row's instance is in m_inventory: a whole account has hundreds of thousands of
    // rows, and an index costs nothing to make where a copy of each instance would.
    struct Row
    {
        int application, service, instance;
    };
    const Application &applicationOf(const Row &r) const
    {
        return m_inventory.applications.at(r.application);
    }
    const Service &serviceOf(const Row &r) const { return applicationOf(r).services.at(r.service); }
    const Instance &instanceOf(const Row &r) const { return serviceOf(r).instances.at(r.instance); }

    Inventory m_inventory; // shared with the caller's: never copied
    QList<Row> m_rows;
    bool m_wholeAccount = false; // names say their application (worded when shown)
};
