// Fuzzes the snapshot readers: snapshots come from disk (the cache, --snapshot FILE) and may be
// corrupt or hostile. Two readers exist (the streaming fast path and the reference reader that
// names errors); they must agree: the fast one accepts only what the reference one accepts, and
// reads it to the same inventory. A snapshot that reads must survive a write and a second read.
#include "snapshot.h"
#include "snapshotfastreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Inventory> fast = SnapshotFastReader::read(bytes);
    const Result<Inventory> reference = Snapshot::fromJsonDocument(bytes);
    if (fast && (!reference.ok() || !(*fast == reference.value())))
        std::abort(); // the fast reader accepted something else than the reference reader
    if (!reference.ok())
        return 0;
    (void)reference.value().allDatacenters();
    const Result<Inventory> again = Snapshot::fromJson(Snapshot::toJson(reference.value()));
    if (!again.ok())
        std::abort(); // the writer produced something the reader refuses
    return 0;
}
