#pragma once

#include "inventory.h"
#include "result.h"

#include <QByteArray>
#include <QString>

// A whole Inventory as versioned JSON: {"format": "scaling-advisor-snapshot", "format_version",
// "fetched_at", "source", "user", "viewer", "datacenters", "applications" (each with its services
// in full, with instances), "errors"}. Applications, services and instances use the Platform API
// wire format (PlatformWire), so there is one format only.
namespace Snapshot {

constexpr int formatVersion = 1;
// Snapshots of large accounts are big; refuse anything above this before parsing.
constexpr qint64 maxBytes = qint64(1) << 30;

QByteArray toJson(const Inventory &inventory);
// Strict; the error names the path; refuses unknown versions. Well-formed snapshots take a fast
// streaming path (SnapshotFastReader); anything else, errors included, goes through
// fromJsonDocument, which names the problem.
Result<Inventory> fromJson(const QByteArray &bytes);
// The reference reader: QJsonDocument and the PlatformWire node readers.
Result<Inventory> fromJsonDocument(const QByteArray &bytes);
Status write(const Inventory &inventory, const QString &path); // atomic, QSaveFile
// The inventory's source becomes the file's path, so that reports say the data came from it.
Result<Inventory> read(const QString &path);
// The cached last good snapshot of one account, under
// QStandardPaths::AppDataLocation/snapshots/.
QString cachePath(const QString &apiUrl, const QString &username);

} // namespace Snapshot
