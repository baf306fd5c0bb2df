#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One post of the status feed (DESIGN.md §3): an incident's state at a moment, with the
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

    friend bool operator==(const StatusUpdate &a, const StatusUpdate &b)
    {
        return a.id == b.id && a.createdAt == b.createdAt && a.incidentId == b.incidentId &&
               a.incidentName == b.incidentName && a.incidentStatus == b.incidentStatus &&
               a.impact == b.impact && a.body == b.body && a.affected == b.affected;
    }
};
using StatusUpdateList = QList<StatusUpdate>;
