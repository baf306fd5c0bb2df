#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

// The audit's findings as a table: severity (icon and word), application, service, rule, message.
// Exempt findings stay listed, marked "exempt" with their reason.
class FindingsModel : public QAbstractTableModel
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
        FilterTextRole,                  // the finding's own words the filter matches, lower-cased
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const FindingList &findings);
    // What setFindings works out for each row, made in any thread (InventoryLoader does it
    // beside the audit) so that the window only swaps it in.
    struct Prepared
    {
        FindingList findings;
        QStringList filterTexts;
        QHash<QString, QList<int>> rowsOf;
    };
    static Prepared prepare(const FindingList &findings);
    // The same, with the filter texts of the first rows made already (by filterTexts, in
    // another thread, say).
    static Prepared prepare(const FindingList &findings, QStringList firstTexts);
    // What the filter matches in rows [begin, end), lower-cased.
    static QStringList filterTexts(const FindingList &findings, qsizetype begin, qsizetype end);
    void setPrepared(Prepared prepared);
    const FindingList &findings() const { return m_findings; }
    const Finding *finding(int row) const;
    // The rows of this application's findings (service empty) or of this service's, in order.
    QList<int> rowsOf(const QString &application, const QString &service = QString()) const;
    void setAffected(const QSet<QString> &appSlashService);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FindingList m_findings;
    QStringList m_filterTexts; // per row, lower-cased once: the filter runs on every keystroke
    QSet<QString> m_affected;
    QHash<QString, QList<int>> m_rowsOf; // application → its rows: the linked selection's index
};
