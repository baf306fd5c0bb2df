#pragma once

#include "inventory.h"

#include <QByteArray>

#include <optional>

// A streaming reader for well-formed snapshots: it builds the Inventory straight from the bytes,
// without a QJsonDocument, and shares the many repeated strings (datacenters, hosts, statuses…),
// so that a 100,000-service snapshot reads in a fraction of the time and memory.
//
// It accepts only what the reference reader (QJsonDocument + PlatformWire node readers) accepts,
// and gives up — std::nullopt — on anything unusual or wrong, including every error: the caller
// then runs the reference reader, which names the problem. So there is still one format and one
// set of error messages; tst_snapshot checks both readers agree.
namespace SnapshotFastReader {

std::optional<Inventory> read(const QByteArray &bytes);

} // namespace SnapshotFastReader
