// Fuzzes the snapshot reader: snapshots come from disk (the cache, --snapshot FILE) and may be
// corrupt or hostile. A snapshot that reads must survive a write and a second read.
#include "snapshot.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Inventory> first = Snapshot::fromJson(bytes);
    if (!first.ok())
        return 0;
    (void)first.value().allDatacenters();
    const Result<Inventory> again = Snapshot::fromJson(Snapshot::toJson(first.value()));
    if (!again.ok())
        std::abort(); // the writer produced something the reader refuses
    return 0;
}
