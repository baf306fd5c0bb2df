#include "findingsmodel.h"

#include "severitypresentation.h"

#include <QFont>
#include <QTextDocument>

using namespace Qt::StringLiterals;

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(const FindingList &findings, const Inventory &inventory)
{
    setPrepared(prepare(findings, inventory));
}

FindingsModel::Prepared FindingsModel::prepare(const FindingList &findings,
                                               const Inventory &inventory)
{
    return prepare(findings, inventory, {});
}

FilterTexts FindingsModel::filterTexts(const FindingList &findings, qsizetype begin, qsizetype end)
{
    FilterTexts texts;
    texts.reserve(end - begin);
    for (qsizetype r = begin; r < end; ++r) {
        const Finding &f = findings.at(r);
        texts.appendLowered({f.rule, severityName(f.severity), f.message});
    }
    return texts;
}

FindingsModel::Prepared FindingsModel::prepare(const FindingList &findings,
                                               const Inventory &inventory, FilterTexts firstTexts)
{
    Prepared prepared;
    prepared.findings = findings;
    const qsizetype n = findings.size();
    prepared.filterTexts = std::move(firstTexts);
    prepared.filterTexts.append(filterTexts(findings, prepared.filterTexts.size(), n));
    for (int r = 0; r < n; ++r)
        prepared.rowsOf[findings.at(r).application].append(r);
    // Each finding's place in the inventory, looked up once per application.
    prepared.positions.resize(n);
    const ApplicationList &apps = inventory.applications;
    for (int a = 0; a < apps.size(); ++a) {
        const auto rows = prepared.rowsOf.constFind(apps.at(a).name);
        if (rows == prepared.rowsOf.cend())
            continue;
        const QList<Service> &services = apps.at(a).services;
        for (int r : *rows) {
            Position &place = prepared.positions[r];
            place.application = a;
            const QString &service = findings.at(r).service;
            for (int s = 0; s < services.size() && !service.isEmpty(); ++s) {
                if (services.at(s).name == service) {
                    place.service = s;
                    break;
                }
            }
        }
    }
    return prepared;
}

void FindingsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_findings = std::move(prepared.findings);
    m_filterTexts = std::move(prepared.filterTexts);
    m_positions = std::move(prepared.positions);
    m_rowsOf = std::move(prepared.rowsOf);
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QList<int> FindingsModel::rowsOf(const QString &application, const QString &service) const
{
    const QList<int> all = m_rowsOf.value(application);
    if (service.isEmpty())
        return all;
    QList<int> rows;
    for (int r : all)
        if (m_findings.at(r).service == service)
            rows.append(r);
    return rows;
}

void FindingsModel::setAffected(const QSet<QString> &appSlashService)
{
    if (appSlashService == m_affected)
        return; // unchanged: every row would be sorted and filtered again for nothing
    m_affected = appSlashService;
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::FontRole});
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    // Asked only by the roles that show it: the filter and the sort ask for others, row by row.
    const auto isAffected = [&] {
        return !f.service.isEmpty() && !m_affected.isEmpty() &&
               m_affected.contains(f.application + u'/' + f.service);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            if (f.exempt)
                return tr("%1 (exempt)").arg(SeverityPresentation::word(f.severity));
            return SeverityPresentation::word(f.severity);
        case ApplicationColumn:
            return f.application.isEmpty() ? tr("(account)") : f.application;
        case ServiceColumn:
            return f.service;
        case RuleColumn:
            return f.rule;
        case MessageColumn:
            return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return f.exempt ? SeverityPresentation::icon(SeverityPresentation::Badge::Exempt)
                            : SeverityPresentation::icon(f.severity);
        if (index.column() == ServiceColumn && isAffected())
            return SeverityPresentation::icon(SeverityPresentation::Badge::Affected);
        break;
    case Qt::ToolTipRole:
        // Tooltips may be read as rich text: remote text goes in escaped.
        if (f.exempt)
            return Qt::convertFromPlainText(tr("Exempt: %1").arg(f.exemptReason));
        if (isAffected())
            return tr("This service has instances where the platform reports an incident.");
        if (index.column() == MessageColumn)
            return Qt::convertFromPlainText(f.message);
        break;
    case Qt::FontRole:
        if (const bool affected = isAffected(); f.exempt || affected) {
            QFont font;
            font.setItalic(f.exempt);
            font.setBold(affected);
            return font;
        }
        break;
    case SeverityRole:
        return int(f.severity);
    case ExemptRole:
        return f.exempt;
    case ApplicationRole:
        return f.application;
    case ServiceRole:
        return f.service;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            // Counting findings first, worst first; then the original (impact) order.
            return (f.exempt ? 0 : 10) + int(f.severity);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ApplicationColumn:
        return tr("Application");
    case ServiceColumn:
        return tr("Service");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
