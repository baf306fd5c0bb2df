#pragma once

#include "jsonreader.h"
#include "result.h"
#include "statussnapshot.h"

#include <QJsonObject>

// Strict readers of the status feeds (docs/design.md §3): the native Status API and Atlassian
// Statuspage v2 pages, with the quirks real pages have (offsets in timestamps, null lists,
// `maintenance` as indicator or impact, missing components, shortlink, started_at). A bad payload
// is an error naming the field; nothing is half read.
namespace StatusWire {

// Status payloads are small; anything bigger is refused before parsing.
constexpr qint64 maxStatusBytes = 4 * 1024 * 1024;

QStringList indicators();        // none minor major critical maintenance
QStringList componentStatuses(); // operational … under_maintenance
QStringList incidentStatuses();  // investigating … postmortem
QStringList impacts();           // none minor major critical maintenance

// GET /v1/status → a snapshot with indicator, outage flag, description, updated_at and
// components filled (nothing else).
Result<StatusSnapshot> readNativeStatus(const QByteArray &body);
// GET /v1/status/updates → updates, newest first. Takes the platform's list envelope
// {"objects": […]} or a bare array.
Result<QList<IncidentUpdate>> readNativeUpdates(const QByteArray &body);

// One line of GET /v1/status/updates?stream.
struct StreamLine
{
    enum class Type
    {
        KeepAlive, // an empty line
        Envelope,  // the first line, or anything carrying neither updates nor a status
        Updates,
        Status
    };
    Type type = Type::KeepAlive;
    QList<IncidentUpdate> updates;
    StatusSnapshot status; // for Type::Status
};
Result<StreamLine> readStreamLine(const QByteArray &line);

// GET {page}/api/v2/summary.json → a whole snapshot (kind Statuspage, source left empty).
Result<StatusSnapshot> readStatuspageSummary(const QByteArray &body);

// GET {page}/api/v2/scheduled-maintenances{,/upcoming,/active}.json → the windows.
Result<QList<StatusMaintenance>> readStatuspageMaintenances(const QByteArray &body);

// Node readers, shared with the simulator.
IncidentUpdate readUpdateNode(const JsonNode &node);
StatusComponent readComponentNode(const JsonNode &node);

// The JSON contract of `scaling-advisor status --format json` (issue 5).
QJsonObject toJson(const StatusSnapshot &snapshot);
// One maintenance window as `status --format json` and the native feed write it (the field
// names of Statuspage's scheduled_maintenances, with "link" for the shortlink).
QJsonObject toJson(const StatusMaintenance &maintenance);
// Native wire form of an update (as /v1/status/updates sends it).
QJsonObject toJson(const IncidentUpdate &update);

} // namespace StatusWire
