#pragma once

#include "filtertexts.h"
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
    // The rows of the tree are the inventory's: application a is inventory.applications[a].
    struct Match
    {
        QStringList words;
        QList<bool> applications;
        QList<bool> services;    // every service row, application after application
        QList<int> firstService; // where each application's services start in `services`
        bool isEmpty() const { return words.isEmpty(); }
        bool application(int a) const
        {
            return a >= 0 && a < applications.size() && applications.at(a);
        }
        bool service(int a, int s) const
        {
            if (a < 0 || a >= firstService.size() || s < 0)
                return false;
            const int end =
                a + 1 < firstService.size() ? firstService.at(a + 1) : int(services.size());
            const int i = firstService.at(a) + s;
            return i < end && services.at(i);
        }
    };
    Match match(const QStringList &words, const Match *previous = nullptr) const;
    // The match of the filter box's words, worked out once per keystroke for every view the
    // filter narrows (the tree, the findings, the instances): narrowed from the last one asked
    // for while the rows stay the same.
    const Match &filterMatch(const QStringList &words) const;
    // The row of this application, or -1; the row of its service, or -1.
    int applicationRowOf(const QString &application) const
    {
        return m_appRows.value(application, -1);
    }
    int serviceRowOf(int applicationRow, const QString &service) const;
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
        int instances = 0, down = 0;
        int severity = -1;
        bool affected = false;
    };
    struct ApplicationRow
    {
        QString name, flavor;
        int severity = -1;
        bool affected = false;
        QList<ServiceRow> services;
    };

public:
    struct Prepared
    {
        QList<ApplicationRow> applications;
        QHash<QString, int> rowOf; // application name → row
        // What the filter matches of each row, lower-cased once: it runs on every keystroke.
        FilterTexts applicationTexts, serviceTexts;
        QList<int> firstService; // each application's first row in serviceTexts
    };

private:
    void forgetFilterMatch();
    QVariant applicationData(const ApplicationRow &app, int column, int role) const;
    QVariant serviceData(const ApplicationRow &app, const ServiceRow &svc, int column,
                         int role) const;
    static QString severityText(int severity);

    const ApplicationRow *applicationRow(const QString &application) const;

    QList<ApplicationRow> m_apps;
    QHash<QString, int> m_appRows; // name → row: lookups run for every finding on each keystroke
    FilterTexts m_applicationTexts, m_serviceTexts;
    QList<int> m_firstService;
    bool m_anyAffected = false;
    mutable Match m_filterMatch;
    mutable bool m_filterMatchValid = false;
};
