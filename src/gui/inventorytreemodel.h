#pragma once

#include "finding.h"
#include "inventory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

// Applications → services, with each row's worst finding as a badge (icon and word) and the
// flavor or service type. Remote names are returned as plain display text, never as markup.
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn, // flavor for an application, service type for a service
        InstancesColumn,
        SeverityColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // int: -1 none, else Severity
        ApplicationRole,                 // QString
        ServiceRole,                     // QString, empty on application rows
        FilterTextRole,                  // everything the filter box matches, lower-cased
        AffectedRole,                    // bool: hit by the current platform incident
    };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    void setInventory(const Inventory &inventory, const FindingList &findings);
    // "app/service" keys of services to highlight (the status feature's impact).
    void setAffected(const QSet<QString> &appSlashService);
    QModelIndex indexOf(const QString &application, const QString &service = QString()) const;
    // What the filter matches for this application (service empty) or service, lower-cased;
    // empty if unknown.
    QString filterText(const QString &application, const QString &service = QString()) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct ServiceRow
    {
        QString name, type, fetchError;
        QString filterText; // lower-cased, computed once: the filter runs on every keystroke
        int instances = 0, down = 0;
        int severity = -1;
        bool affected = false;
    };
    struct ApplicationRow
    {
        QString name, flavor;
        QString filterText;
        int severity = -1;
        bool affected = false;
        QList<ServiceRow> services;
    };

    QVariant applicationData(const ApplicationRow &app, int column, int role) const;
    QVariant serviceData(const ApplicationRow &app, const ServiceRow &svc, int column,
                         int role) const;
    static QString severityText(int severity);

    const ApplicationRow *applicationRow(const QString &application) const;

    QList<ApplicationRow> m_apps;
    QHash<QString, int> m_appRows; // name → row: lookups run for every finding on each keystroke
};
