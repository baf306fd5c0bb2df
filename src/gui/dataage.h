#pragma once

#include <QDateTime>
#include <QString>

// Says how old the data on screen is, and where it came from: "fetched 3 min ago",
// "cached data from 26 Nov 2026 12:00 (2 h ago)", "snapshot from … (3 days ago)".
namespace DataAge {

enum class Origin
{
    None,
    Live,     // fetched from the API in this session
    Cache,    // the account's cached last good snapshot
    Snapshot, // a snapshot file the user opened
};

QString relative(const QDateTime &then, const QDateTime &now);
QString describe(Origin origin, const QDateTime &fetchedAt, const QDateTime &now);

} // namespace DataAge
