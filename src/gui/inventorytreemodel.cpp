#include "inventorytreemodel.h"

#include "severitypresentation.h"

#include <QFont>
#include <QHash>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// internalId: 0 for an application row, application row + 1 for its services.
constexpr quintptr applicationId = 0;
} // namespace

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void InventoryTreeModel::setInventory(const Inventory &inventory, const FindingList &findings)
{
    setPrepared(prepare(inventory, findings));
}

void InventoryTreeModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    forgetFilterMatch();
    m_apps = std::move(prepared.applications);
    m_appRows = std::move(prepared.rowOf);
    m_applicationTexts = std::move(prepared.applicationTexts);
    m_serviceTexts = std::move(prepared.serviceTexts);
    m_firstService = std::move(prepared.firstService);
    m_anyAffected = false;
    endResetModel();
}

InventoryTreeModel::Prepared InventoryTreeModel::prepare(const Inventory &inventory,
                                                         const FindingList &findings)
{
    Prepared prepared;
    const QList<Application> &inventoryApps = inventory.applications;
    prepared.rowOf.reserve(inventoryApps.size());
    for (int a = 0; a < inventoryApps.size(); ++a)
        prepared.rowOf.insert(inventoryApps.at(a).name, a);

    // Worst counting finding per application and per service, found by position: an
    // application has a handful of services, so no "app/service" key is made per finding.
    QList<int> appSeverity(inventoryApps.size(), -1);
    QList<QList<int>> serviceSeverity(inventoryApps.size());
    for (const Finding &f : findings) {
        if (f.exempt || f.application.isEmpty())
            continue;
        const int a = prepared.rowOf.value(f.application, -1);
        if (a < 0)
            continue;
        const int s = int(f.severity);
        if (f.service.isEmpty()) {
            appSeverity[a] = SeverityPresentation::worse(appSeverity[a], s);
            continue;
        }
        const QList<Service> &services = inventoryApps.at(a).services;
        for (int i = 0; i < services.size(); ++i) {
            if (services.at(i).name != f.service)
                continue;
            if (serviceSeverity[a].isEmpty())
                serviceSeverity[a].resize(services.size(), -1);
            serviceSeverity[a][i] = SeverityPresentation::worse(serviceSeverity[a][i], s);
            break;
        }
    }
    // What the filter matches of each severity, worded once (not once per row).
    QString severityWords[4];
    for (int s = -1; s < 3; ++s)
        severityWords[s + 1] =
            QString((s < 0 ? u"ok"_s : severityName(Severity(s))) + u' ' + severityText(s))
                .toLower();

    QList<ApplicationRow> &apps = prepared.applications;
    apps.reserve(inventoryApps.size());
    prepared.firstService.reserve(inventoryApps.size());
    for (int a = 0; a < inventoryApps.size(); ++a) {
        const Application &app = inventoryApps.at(a);
        ApplicationRow row;
        row.name = app.name;
        row.flavor = app.flavor;
        row.severity = appSeverity.at(a);
        row.services.reserve(app.services.size());
        prepared.firstService.append(int(prepared.serviceTexts.size()));
        for (int si = 0; si < app.services.size(); ++si) {
            const Service &svc = app.services.at(si);
            ServiceRow s;
            s.name = svc.name;
            s.type = svc.serviceType;
            s.fetchError = svc.fetchError;
            s.instances = svc.detailLoaded ? int(svc.instances.size()) : svc.instanceCount;
            for (const Instance &i : svc.instances)
                if (!i.isUp())
                    ++s.down;
            // An application-level finding (a sandbox flavor) concerns every service in it: a
            // service of a sandbox application never reads "OK".
            s.severity = SeverityPresentation::worse(
                serviceSeverity.at(a).isEmpty() ? -1 : serviceSeverity.at(a).at(si), row.severity);
            row.severity = SeverityPresentation::worse(row.severity, s.severity);
            prepared.serviceTexts.appendLowered(
                {s.name, s.type, app.flavor, severityWords[s.severity + 1]});
            row.services.append(s);
        }
        prepared.applicationTexts.appendLowered(
            {row.name, row.flavor, severityWords[row.severity + 1]});
        apps.append(std::move(row));
    }
    return prepared;
}

const InventoryTreeModel::ApplicationRow *
InventoryTreeModel::applicationRow(const QString &application) const
{
    const auto it = m_appRows.constFind(application);
    return it == m_appRows.cend() ? nullptr : &m_apps[*it];
}

QString InventoryTreeModel::filterText(const QString &application, const QString &service) const
{
    const int a = applicationRowOf(application);
    if (a < 0)
        return {};
    if (service.isEmpty())
        return m_applicationTexts.text(a);
    const int s = serviceRowOf(a, service);
    return s < 0 ? QString() : m_serviceTexts.text(m_firstService.at(a) + s);
}

int InventoryTreeModel::serviceRowOf(int applicationRow, const QString &service) const
{
    if (applicationRow < 0 || applicationRow >= m_apps.size())
        return -1;
    const QList<ServiceRow> &svcs = m_apps[applicationRow].services;
    for (int s = 0; s < svcs.size(); ++s)
        if (svcs[s].name == service)
            return s;
    return -1;
}

bool InventoryTreeModel::narrows(const QStringList &words, const QStringList &previous)
{
    if (previous.isEmpty())
        return false;
    for (const QString &old : previous) {
        bool kept = false;
        for (const QString &w : words)
            kept = kept || w.contains(old);
        if (!kept)
            return false;
    }
    return true;
}

InventoryTreeModel::Match InventoryTreeModel::match(const QStringList &words,
                                                    const Match *previous) const
{
    Match m;
    m.words = words;
    if (words.isEmpty())
        return m;
    const FilterTexts::Words appWords = m_applicationTexts.wordsOf(words);
    const FilterTexts::Words serviceWords = m_serviceTexts.wordsOf(words);
    // A row that missed an earlier word misses it still: only the earlier matches are tested.
    const bool narrowing = previous && previous->applications.size() == m_apps.size() &&
                           previous->services.size() == m_serviceTexts.size() &&
                           narrows(words, previous->words);
    const qsizetype apps = m_applicationTexts.size();
    m.applications.resize(apps);
    for (qsizetype a = 0; a < apps; ++a)
        m.applications[a] = (!narrowing || previous->applications.at(a)) &&
                            m_applicationTexts.containsAll(a, appWords);
    const qsizetype services = m_serviceTexts.size();
    m.services.resize(services);
    for (qsizetype s = 0; s < services; ++s)
        m.services[s] =
            (!narrowing || previous->services.at(s)) && m_serviceTexts.containsAll(s, serviceWords);
    m.firstService = m_firstService;
    return m;
}

const InventoryTreeModel::Match &InventoryTreeModel::filterMatch(const QStringList &words) const
{
    if (!m_filterMatchValid || m_filterMatch.words != words) {
        Match next = match(words, m_filterMatchValid ? &m_filterMatch : nullptr);
        m_filterMatch = std::move(next);
        m_filterMatchValid = true;
    }
    return m_filterMatch;
}

void InventoryTreeModel::forgetFilterMatch()
{
    m_filterMatch = {};
    m_filterMatchValid = false;
}

void InventoryTreeModel::setAffected(const QSet<QString> &appSlashService)
{
    if (appSlashService.isEmpty() && !m_anyAffected)
        return; // nothing to clear: no key built per service
    m_anyAffected = !appSlashService.isEmpty();
    for (int a = 0; a < m_apps.size(); ++a) {
        ApplicationRow &app = m_apps[a];
        bool any = false;
        for (int s = 0; s < app.services.size(); ++s) {
            ServiceRow &svc = app.services[s];
            const bool hit = appSlashService.contains(app.name + u'/' + svc.name);
            any = any || hit;
            if (hit != svc.affected) {
                svc.affected = hit;
                const QModelIndex first = createIndex(s, 0, quintptr(a + 1));
                emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
        }
        if (any != app.affected) {
            app.affected = any;
            emit dataChanged(createIndex(a, 0, applicationId),
                             createIndex(a, ColumnCount - 1, applicationId));
        }
    }
}

QModelIndex InventoryTreeModel::indexOf(const QString &application, const QString &service) const
{
    const auto it = m_appRows.constFind(application);
    if (it == m_appRows.cend())
        return {};
    const int a = *it;
    if (service.isEmpty())
        return createIndex(a, 0, applicationId);
    const QList<ServiceRow> &svcs = m_apps[a].services;
    for (int s = 0; s < svcs.size(); ++s)
        if (svcs[s].name == service)
            return createIndex(s, 0, quintptr(a + 1));
    return {};
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_apps.size() ? createIndex(row, column, applicationId) : QModelIndex();
    if (parent.internalId() != applicationId || parent.column() != 0)
        return {};
    if (row >= m_apps[parent.row()].services.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == applicationId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, applicationId);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_apps.size());
    if (parent.internalId() == applicationId && parent.column() == 0)
        return int(m_apps[parent.row()].services.size());
    return 0;
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString InventoryTreeModel::severityText(int severity)
{
    return severity < 0 ? SeverityPresentation::word(SeverityPresentation::Badge::Ok)
                        : SeverityPresentation::word(Severity(severity));
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == applicationId)
        return applicationData(m_apps[index.row()], index.column(), role);
    const ApplicationRow &app = m_apps[int(index.internalId() - 1)];
    return serviceData(app, app.services[index.row()], index.column(), role);
}

QVariant InventoryTreeModel::applicationData(const ApplicationRow &app, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return app.name;
        case KindColumn:
            return app.flavor;
        case InstancesColumn: {
            int n = 0;
            for (const ServiceRow &s : app.services)
                n += s.instances;
            return n;
        }
        case SeverityColumn:
            return severityText(app.severity);
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return SeverityPresentation::icon(app.affected
                                                  ? SeverityPresentation::Badge::Affected
                                                  : SeverityPresentation::Badge::Application);
        if (column == SeverityColumn)
            return app.severity < 0 ? SeverityPresentation::icon(SeverityPresentation::Badge::Ok)
                                    : SeverityPresentation::icon(Severity(app.severity));
        break;
    case Qt::ToolTipRole:
        if (app.affected)
            return Qt::convertFromPlainText(
                tr("Some services of %1 run where the platform reports an incident.")
                    .arg(app.name));
        break;
    case Qt::FontRole:
        if (app.affected) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case SeverityRole:
        return app.severity;
    case ApplicationRole:
        return app.name;
    case ServiceRole:
        return QString();
    case AffectedRole:
        return app.affected;
    }
    return {};
}

QVariant InventoryTreeModel::serviceData(const ApplicationRow &app, const ServiceRow &svc,
                                         int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return svc.name;
        case KindColumn:
            return svc.type;
        case InstancesColumn:
            if (!svc.fetchError.isEmpty())
                return tr("%1 (not read)").arg(svc.instances);
            if (svc.down > 0)
                return tr("%1 (%2 down)").arg(svc.instances).arg(svc.down);
            return svc.instances;
        case SeverityColumn:
            return severityText(svc.severity);
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return SeverityPresentation::icon(svc.affected ? SeverityPresentation::Badge::Affected
                                                           : SeverityPresentation::Badge::Service);
        if (column == SeverityColumn)
            return svc.severity < 0 ? SeverityPresentation::icon(SeverityPresentation::Badge::Ok)
                                    : SeverityPresentation::icon(Severity(svc.severity));
        break;
    case Qt::ToolTipRole:
        if (!svc.fetchError.isEmpty())
            return Qt::convertFromPlainText(
                tr("This service could not be read: %1").arg(svc.fetchError));
        if (svc.affected)
            return tr("This service has instances where the platform reports an incident.");
        break;
    case Qt::FontRole:
        if (svc.affected) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case SeverityRole:
        return svc.severity;
    case ApplicationRole:
        return app.name;
    case ServiceRole:
        return svc.name;
    case AffectedRole:
        return svc.affected;
    }
    return {};
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Flavor / type");
    case InstancesColumn:
        return tr("Instances");
    case SeverityColumn:
        return tr("Severity");
    }
    return {};
}
