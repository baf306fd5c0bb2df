// Fuzzes the Atlassian Statuspage v2 reader (summary.json of any real page on the internet).
#include "statuswire.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<StatusSnapshot> summary = StatusWire::readStatuspageSummary(bytes);
    if (summary.ok())
        (void)StatusWire::toJson(summary.value());
    return 0;
}
