#include "instancetablemodel.h"

#include "severitypresentation.h"

using namespace Qt::StringLiterals;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InstanceTableModel::setInventory(const Inventory &inventory, const QString &application)
{
    beginResetModel();
    m_rows.clear();
    m_wholeAccount = application.isEmpty();
    for (const Application &app : inventory.applications) {
        if (!application.isEmpty() && app.name != application)
            continue;
        for (const Service &svc : app.services)
            for (const Instance &inst : svc.instances)
                m_rows.append({app.name, svc.name, inst});
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
        return r.application;
    if (role == ServiceRole)
        return r.service;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InstanceColumn: {
            // Worded here, for the rows on screen: a whole account has hundreds of thousands.
            const QString name = r.service + u'.' + QString::number(r.instance.instanceId);
            return m_wholeAccount ? QString(r.application + u'/' + name) : name;
        }
        case DatacenterColumn:
            return r.instance.datacenter;
        case HostColumn:
            return r.instance.host;
        case StatusColumn:
            if (r.instance.status == u"up"_s)
                return tr("up");
            if (r.instance.status == u"down"_s)
                return tr("down");
            if (r.instance.status == u"hibernating"_s)
                return tr("hibernating");
            return r.instance.status;
        case RoleColumn:
            return r.instance.role;
        }
    } else if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        return SeverityPresentation::icon(r.instance.isUp() ? SeverityPresentation::Badge::Ok
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
