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
        AffectedRole,                    // bool: hit by the current platform incident
    };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    // The rows of an inventory, worked out away from the model: prepare() reads nothing of the
    // model and may run in any thread (InventoryLoader runs it beside the audit), so that the
    // window only swaps the rows in.
    struct Prepared;
    static Prepared prepare(const Inventory &inventory, const FindingList &findings);
    void setPrepared(Prepared prepared);
    void setInventory(const Inventory &inventory, const FindingList &findings);
    // "app/service" keys of services to highlight (the status feature's impact).
    void setAffected(const QSet<QString> &appSlashService);
    QModelIndex indexOf(const QString &application, const QString &service = QString()) const;
    // What the filter matches for this application (service empty) or service, lower-cased;
    // empty if unknown.
    QString filterText(const QString &application, const QString &service = QString()) const;

    // Which rows' own filter text holds every one of `words` (lower-case): one flag per
    // application row, and per service row of each. With the match of fewer or shorter words
    // (`previous`, the last keystroke's), only the rows that matched then are tested again.
    struct Match
    {
        QStringList words;
        QList<bool> applications;
        QList<QList<bool>> services;
        bool isEmpty() const { return words.isEmpty(); }
    };
    Match match(const QStringList &words, const Match *previous = nullptr) const;
    // The row of this application, or -1; the row of its service, or -1.
    int applicationRowOf(const QString &application) const
    {
        return m_appRows.value(application, -1);
    }
    int serviceRowOf(int applicationRow, const QString &service) const;
    // Whether every word of `words` appears in `haystack` (the filter's rule, for every view).
    static bool containsAll(const QString &haystack, const QStringList &words);
    // Whether a match of `previous` words can only shrink under `words`: every earlier word is
    // part of one of the new ones.
    static bool narrows(const QStringList &words, const QStringList &previous);

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

public:
    struct Prepared
    {
        QList<ApplicationRow> applications;
        QHash<QString, int> rowOf; // application name → row
    };

private:
    QVariant applicationData(const ApplicationRow &app, int column, int role) const;
    QVariant serviceData(const ApplicationRow &app, const ServiceRow &svc, int column,
                         int role) const;
    static QString severityText(int severity);

    const ApplicationRow *applicationRow(const QString &application) const;

    QList<ApplicationRow> m_apps;
    QHash<QString, int> m_appRows; // name → row: lookups run for every finding on each keystroke
    bool m_anyAffected = false;
};
