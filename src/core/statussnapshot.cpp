#include "statussnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

QString statusLevelName(StatusLevel level)
{
    switch (level) {
    case StatusLevel::None:
        return u"none"_s;
    case StatusLevel::Maintenance:
        return u"maintenance"_s;
    case StatusLevel::Minor:
        return u"minor"_s;
    case StatusLevel::Major:
        return u"major"_s;
    case StatusLevel::Critical:
        return u"critical"_s;
    case StatusLevel::Unknown:
        break;
    }
    return u"unknown"_s;
}

StatusLevel statusLevelFromName(const QString &name)
{
    if (name == "none"_L1)
        return StatusLevel::None;
    if (name == "maintenance"_L1)
        return StatusLevel::Maintenance;
    if (name == "minor"_L1)
        return StatusLevel::Minor;
    if (name == "major"_L1)
        return StatusLevel::Major;
    if (name == "critical"_L1)
        return StatusLevel::Critical;
    return StatusLevel::Unknown;
}

StatusLevel worstStatusLevel(StatusLevel a, StatusLevel b)
{
    if (a == StatusLevel::Unknown)
        return b;
    if (b == StatusLevel::Unknown)
        return a;
    return int(a) >= int(b) ? a : b;
}

QString StatusComponent::displayName() const
{
    //: A component inside its group on a status page: "Programmable Messaging › MMS"
    return group.isEmpty()
               ? name
               : QCoreApplication::translate("StatusSnapshot", "%1 › %2").arg(group, name);
}

QStringList StatusMaintenance::statuses()
{
    return {u"scheduled"_s, u"in_progress"_s, u"verifying"_s, u"completed"_s};
}

StatusLevel StatusSnapshot::dataLevel() const
{
    StatusLevel level = statusLevelFromName(indicator);
    if (level == StatusLevel::Unknown)
        level = StatusLevel::None;
    for (const StatusIncident &incident : incidents) {
        if (incident.isResolved())
            continue;
        level = worstStatusLevel(level, statusLevelFromName(incident.impact));
    }
    // A running window is maintenance whatever impact it announced: the announced impact is a
    // forecast, the incidents and the indicator say what actually broke.
    for (const StatusMaintenance &m : maintenances)
        if (m.isActive())
            level = worstStatusLevel(level, StatusLevel::Maintenance);
    return level;
}

StatusLevel StatusSnapshot::level() const
{
    return isCurrent() ? dataLevel() : StatusLevel::Unknown;
}

bool StatusSnapshot::outage() const
{
    if (!isCurrent())
        return false;
    const StatusLevel l = dataLevel();
    return outageFlag || l == StatusLevel::Major || l == StatusLevel::Critical;
}

QDateTime StatusSnapshot::unknownSince() const
{
    return failingSince.isValid() ? failingSince : lastSuccess;
}

bool StatusSnapshot::sameData(const StatusSnapshot &other) const
{
    return source == other.source && kind == other.kind && pageUrl == other.pageUrl &&
           indicator == other.indicator && outageFlag == other.outageFlag &&
           description == other.description && updatedAt == other.updatedAt &&
           components == other.components && incidents == other.incidents &&
           updates == other.updates && maintenances == other.maintenances;
}

QString StatusSnapshot::kindName(Kind kind)
{
    return kind == Kind::Statuspage ? u"statuspage"_s : u"native"_s;
}

const StatusComponent *StatusSnapshot::component(const QString &name) const
{
    for (const StatusComponent &c : components)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString StatusSnapshot::componentDisplayName(const QString &name) const
{
    const StatusComponent *c = component(name);
    return c ? c->displayName() : name;
}

QList<StatusMaintenance> StatusSnapshot::activeMaintenances() const
{
    QList<StatusMaintenance> out;
    for (const StatusMaintenance &m : maintenances)
        if (m.isActive())
            out.append(m);
    return out;
}

QList<StatusMaintenance> StatusSnapshot::upcomingMaintenances() const
{
    QList<StatusMaintenance> out;
    for (const StatusMaintenance &m : maintenances)
        if (m.isUpcoming())
            out.append(m);
    std::stable_sort(out.begin(), out.end(),
                     [](const StatusMaintenance &a, const StatusMaintenance &b) {
                         return a.scheduledFor < b.scheduledFor;
                     });
    return out;
}

QList<StatusIncident> StatusSnapshot::unresolvedIncidentsFrom(const QList<IncidentUpdate> &updates)
{
    // Updates come newest first: the first one met for an incident says its current state.
    QList<StatusIncident> out;
    QHash<QString, int> seen;
    for (const IncidentUpdate &u : updates) {
        const QString &id = u.incident.id;
        auto it = seen.constFind(id);
        if (it == seen.cend()) {
            StatusIncident incident = u.incident;
            if (!incident.updatedAt.isValid())
                incident.updatedAt = u.createdAt;
            incident.createdAt = u.createdAt;
            seen.insert(id, int(out.size()));
            out.append(incident);
        } else if (u.createdAt.isValid()) {
            StatusIncident &incident = out[*it];
            if (!incident.createdAt.isValid() || u.createdAt < incident.createdAt)
                incident.createdAt = u.createdAt; // the oldest update tells when it started
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const StatusIncident &i) { return i.isResolved(); }),
              out.end());
    return out;
}

namespace {
// Newest first; ids break ties (numerically when both are numbers).
bool newerThan(const IncidentUpdate &a, const IncidentUpdate &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    bool aNum = false;
    bool bNum = false;
    const qlonglong an = a.id.toLongLong(&aNum);
    const qlonglong bn = b.id.toLongLong(&bNum);
    if (aNum && bNum)
        return an > bn;
    return a.id > b.id;
}
} // namespace

QList<IncidentUpdate> StatusSnapshot::mergeUpdates(const QList<IncidentUpdate> &known,
                                                   const QList<IncidentUpdate> &fresh, int limit)
{
    QList<IncidentUpdate> out;
    out.reserve(known.size() + fresh.size());
    QSet<QString> ids;
    for (const IncidentUpdate &u : fresh) // a fresh copy wins over a known one with the same id
        if (!ids.contains(u.id)) {
            ids.insert(u.id);
            out.append(u);
        }
    for (const IncidentUpdate &u : known)
        if (!ids.contains(u.id)) {
            ids.insert(u.id);
            out.append(u);
        }
    std::stable_sort(out.begin(), out.end(), newerThan);
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}
