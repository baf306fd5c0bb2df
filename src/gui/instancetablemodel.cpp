#include "instancetablemodel.h"

#include "rulesengine.h"
#include "severitypresentation.h"

using namespace Qt::StringLiterals;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InstanceTableModel::setInventory(const Inventory &inventory, const QString &application)
{
    beginResetModel();
    m_inventory = inventory;
    m_rows.clear();
    m_wholeAccount = application.isEmpty();
    const auto appendRowsOf = [this](int a) {
        const QList<Service> &services = m_inventory.applications.at(a).services;
        for (int s = 0; s < services.size(); ++s)
            for (int i = 0; i < services.at(s).instances.size(); ++i)
                m_rows.append({a, s, i});
    };
    if (m_wholeAccount) {
        for (int a = 0; a < m_inventory.applications.size(); ++a)
            appendRowsOf(a);
    } else if (const qsizetype a = m_inventory.indexOfApplication(application); a >= 0) {
        appendRowsOf(int(a));
    }
    endResetModel();
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == ApplicationRole)
        return applicationOf(r).name;
    if (role == ServiceRole)
        return serviceOf(r).name;
    const Instance &instance = instanceOf(r);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InstanceColumn: {
            // Worded here, for the rows on screen: a whole account has hundreds of thousands.
            const QString name = serviceOf(r).name + u'.' + QString::number(instance.instanceId);
            return m_wholeAccount ? QString(applicationOf(r).name + u'/' + name) : name;
        }
        case DatacenterColumn:
            return instance.datacenter;
        case HostColumn:
            return instance.host;
        case StatusColumn:
            return RulesEngine::statusWord(instance.status);
        case RoleColumn:
            return RulesEngine::roleWord(instance.role);
        }
    } else if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        return SeverityPresentation::icon(instance.isUp() ? SeverityPresentation::Badge::Ok
                                                          : SeverityPresentation::Badge::Warning);
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case DatacenterColumn:
        return tr("Datacenter");
    case HostColumn:
        return tr("Host");
    case StatusColumn:
        return tr("Status");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}
