#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// How bad the platform's status is. Ordered from calm to worst for worstOf(); Unknown stands
// apart: it means "we cannot tell", never "all is well".
enum class StatusLevel
{
    None,
    Maintenance,
    Minor,
    Major,
    Critical,
    Unknown
};

QString statusLevelName(StatusLevel level); // "none", "minor", … (the JSON contract words)
// The level for an indicator or an impact word; "" and unknown words give Unknown.
StatusLevel statusLevelFromName(const QString &name);
StatusLevel worstStatusLevel(StatusLevel a, StatusLevel b);

struct StatusComponent
{
    QString name;   // its own name; datacenters appear under theirs ("Amazon-us-east-1a")
    QString status; // operational, degraded_performance, partial_outage, major_outage,
                    // under_maintenance
    QString group;  // the name of the group it belongs to, when the page groups components
    QString id;     // Statuspage component id (what affected_components[].code refers to)

    bool isOperational() const { return status == QLatin1String("operational"); }
    // The one name shown everywhere: "Programmable Messaging › MMS", or the name alone.
    QString displayName() const;
    friend bool operator==(const StatusComponent &a, const StatusComponent &b)
    {
        return a.name == b.name && a.status == b.status && a.group == b.group && a.id == b.id;
    }
};

struct StatusIncident
{
    QString id;
    QString name;
    QString status; // investigating, identified, monitoring, resolved, postmortem
    QString impact; // none, minor, major, critical, maintenance
    QDateTime createdAt;
    QDateTime updatedAt;
    QString link; // the incident page, when the feed gives one

    bool isResolved() const
    {
        return status == QLatin1String("resolved") || status == QLatin1String("postmortem");
    }
    friend bool operator==(const StatusIncident &a, const StatusIncident &b)
    {
        return a.id == b.id && a.name == b.name && a.status == b.status && a.impact == b.impact &&
               a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.link == b.link;
    }
};

// One update posted about an incident. `incident` carries the incident as it was when the
// update was posted (its status then).
struct IncidentUpdate
{
    QString id; // native ids are integers, Statuspage ids are strings: kept as text
    QDateTime createdAt;
    StatusIncident incident;
    QString body;
    QStringList affected; // component names

    friend bool operator==(const IncidentUpdate &a, const IncidentUpdate &b)
    {
        return a.id == b.id && a.createdAt == b.createdAt && a.incident == b.incident &&
               a.body == b.body && a.affected == b.affected;
    }
};

// A planned maintenance window. Not an incident: it never counts as an open incident, and its
// updates are not incident updates. While it runs (in progress, verifying) the level reads
// Maintenance at least.
struct StatusMaintenance
{
    QString id;
    QString name;
    QString status; // scheduled, in_progress, verifying, completed
    QString impact; // none, minor, major, critical, maintenance
    QDateTime scheduledFor;
    QDateTime scheduledUntil;
    QDateTime updatedAt;
    QString link;
    QStringList components;        // names of the components it touches
    QList<IncidentUpdate> updates; // newest first; incident.status holds the maintenance word

    static QStringList statuses(); // scheduled in_progress verifying completed
    bool isUpcoming() const { return status == QLatin1String("scheduled"); }
    bool isActive() const
    {
        return status == QLatin1String("in_progress") || status == QLatin1String("verifying");
    }
    bool isCompleted() const { return status == QLatin1String("completed"); }
    friend bool operator==(const StatusMaintenance &a, const StatusMaintenance &b)
    {
        return a.id == b.id && a.name == b.name && a.status == b.status && a.impact == b.impact &&
               a.scheduledFor == b.scheduledFor && a.scheduledUntil == b.scheduledUntil &&
               a.updatedAt == b.updatedAt && a.link == b.link && a.components == b.components &&
               a.updates == b.updates;
    }
};

// What is known about the platform's status: the last data read successfully, and whether the
// latest attempt to read it worked. When it did not, the data is kept but the level reads
// Unknown.
struct StatusSnapshot
{
    enum class Kind
    {
        Native,
        Statuspage
    };

    QString source; // the status URL it was read from
    Kind kind = Kind::Native;
    QString pageUrl; // a page for people (Statuspage page.url), when known

    QString indicator = QStringLiteral("none"); // as the feed reported it
    bool outageFlag = false;                    // the native flag
    QString description;
    QDateTime updatedAt;
    QList<StatusComponent> components;
    QList<StatusIncident> incidents;       // unresolved unplanned incidents
    QList<IncidentUpdate> updates;         // of unplanned incidents, newest first
    QList<StatusMaintenance> maintenances; // upcoming, running and recently completed windows

    QDateTime lastSuccess;  // UTC; invalid when never read
    QString lastError;      // empty when the latest attempt worked
    QDateTime failingSince; // the first failed attempt since the last success

    bool hasData() const { return lastSuccess.isValid(); }
    bool isCurrent() const { return hasData() && lastError.isEmpty(); }
    // Worst of the indicator and the impact of every unresolved incident; Unknown when the
    // latest read failed or nothing was read yet.
    StatusLevel level() const;
    // The level the data says, ignoring whether it is current (for the last known state).
    StatusLevel dataLevel() const;
    // True when the native flag says so or the level is major or critical (false when unknown).
    bool outage() const;
    // Since when the status is unknown (the first failure, or the last success).
    QDateTime unknownSince() const;

    // Same feed data (what the user sees), ignoring when it was read and whether reads fail.
    bool sameData(const StatusSnapshot &other) const;

    static QString kindName(Kind kind); // "native" / "statuspage"
    const IncidentUpdate *latestUpdate() const { return updates.isEmpty() ? nullptr : &updates[0]; }
    const StatusComponent *component(const QString &name) const;
    // The shown name of a component named in an update ("Group › Name"), or the name itself.
    QString componentDisplayName(const QString &name) const;
    // Maintenance windows that run now, and the upcoming ones (soonest first).
    QList<StatusMaintenance> activeMaintenances() const;
    QList<StatusMaintenance> upcomingMaintenances() const;

    // Unresolved incidents derived from updates (native feeds have no incident list): the
    // newest update of each incident says its state.
    static QList<StatusIncident> unresolvedIncidentsFrom(const QList<IncidentUpdate> &updates);
    // Merges fresh updates into known ones: newest first, no duplicates, at most `limit`.
    static QList<IncidentUpdate> mergeUpdates(const QList<IncidentUpdate> &known,
                                              const QList<IncidentUpdate> &fresh, int limit);
};
