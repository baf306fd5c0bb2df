#pragma once

#include "statussnapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One post of the status feed (docs/design.md §3): an incident's state at a moment, with the
// components it touches.
struct StatusUpdate
{
    int id = 0;
    QDateTime createdAt; // UTC
    QString incidentId;
    QString incidentName;
    QString incidentStatus =
        QStringLiteral("investigating"); // investigating|identified|monitoring|resolved|postmortem
    QString impact = QStringLiteral("minor"); // none|minor|major|critical|maintenance
    QString body;
    QStringList affected; // component (datacenter) names

    static QStringList incidentStatuses()
    {
        return {QStringLiteral("investigating"), QStringLiteral("identified"),
                QStringLiteral("monitoring"), QStringLiteral("resolved"),
                QStringLiteral("postmortem")};
    }
    static QStringList impacts()
    {
        return {QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"),
                QStringLiteral("critical"), QStringLiteral("maintenance")};
    }
    bool isResolved() const
    {
        return incidentStatus == QStringLiteral("resolved") ||
               incidentStatus == QStringLiteral("postmortem");
    }

    // The core status model's form, whose writer and reader (StatusWire) define the wire format.
    IncidentUpdate toIncidentUpdate() const
    {
        IncidentUpdate u;
        u.id = QString::number(id);
        u.createdAt = createdAt;
        u.incident.id = incidentId;
        u.incident.name = incidentName;
        u.incident.status = incidentStatus;
        u.incident.impact = impact;
        u.incident.updatedAt = createdAt;
        u.body = body;
        u.affected = affected;
        return u;
    }
    static StatusUpdate fromIncidentUpdate(const IncidentUpdate &u, int id)
    {
        StatusUpdate s;
        s.id = id;
        s.createdAt = u.createdAt;
        s.incidentId = u.incident.id;
        s.incidentName = u.incident.name;
        s.incidentStatus = u.incident.status;
        s.impact = u.incident.impact;
        s.body = u.body;
        s.affected = u.affected;
        return s;
    }

    friend bool operator==(const StatusUpdate &a, const StatusUpdate &b)
    {
        return a.id == b.id && a.createdAt == b.createdAt && a.incidentId == b.incidentId &&
               a.incidentName == b.incidentName && a.incidentStatus == b.incidentStatus &&
               a.impact == b.impact && a.body == b.body && a.affected == b.affected;
    }
};
using StatusUpdateList = QList<StatusUpdate>;
