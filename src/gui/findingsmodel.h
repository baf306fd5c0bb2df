#pragma once

#include "filterablerows.h"
#include "filtertexts.h"
#include "finding.h"
#include "inventory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

// The audit's findings as a table: severity (icon and word), application, service, rule, message.
// Exempt findings stay listed, marked "exempt" with their reason.
class FindingsModel : public QAbstractTableModel, public FilterableRows
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        ApplicationColumn,
        ServiceColumn,
        RuleColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // int (Severity)
        ExemptRole,                      // bool
        SortRole,                        // a key that sorts by impact
        ApplicationRole,                 // QString
        ServiceRole,                     // QString, empty for application-level findings
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // The inventory the findings are of: where each finding's service is in it.
    void setFindings(const FindingList &findings, const Inventory &inventory);
    // What setFindings works out for each row, made in any thread (InventoryLoader does it
    // beside the audit) so that the window only swaps it in.
    struct Position
    {
        int application = -1, service = -1; // rows in the inventory (and so in its tree)
    };
    struct Prepared
    {
        FindingList findings;
        FilterTexts filterTexts;
        QList<Position> positions;
        QHash<QString, QList<int>> rowsOf;
    };
    static Prepared prepare(const FindingList &findings, const Inventory &inventory);
    // The same, with the filter texts of the first rows made already (by filterTexts, in
    // another thread, say).
    static Prepared prepare(const FindingList &findings, const Inventory &inventory,
                            FilterTexts firstTexts);
    // What the filter matches in rows [begin, end), lower-cased.
    static FilterTexts filterTexts(const FindingList &findings, qsizetype begin, qsizetype end);
    void setPrepared(Prepared prepared);
    const FindingList &findings() const { return m_findings; }
    const Finding *finding(int row) const;
    // The rows of this application's findings (service empty) or of this service's, in order.
    QList<int> rowsOf(const QString &application, const QString &service = QString()) const;
    void setAffected(const QSet<QString> &appSlashService);

    int inventoryApplicationOf(int row) const override
    {
        return m_positions.value(row).application;
    }
    int inventoryServiceOf(int row) const override { return m_positions.value(row).service; }
    const FilterTexts *ownFilterTexts() const override { return &m_filterTexts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FindingList m_findings;
    FilterTexts m_filterTexts; // per row, lower-cased once: the filter runs on every keystroke
    QList<Position> m_positions;
    QSet<QString> m_affected;
    QHash<QString, QList<int>> m_rowsOf; // application → its rows: the linked selection's index
};
