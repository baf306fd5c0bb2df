// Fuzzes the native Status API readers: GET /v1/status and GET /v1/status/updates.
#include "statuswire.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<StatusSnapshot> status = StatusWire::readNativeStatus(bytes);
    if (status.ok())
        (void)StatusWire::toJson(status.value());
    const Result<QList<IncidentUpdate>> updates = StatusWire::readNativeUpdates(bytes);
    if (updates.ok()) {
        for (const IncidentUpdate &u : updates.value())
            (void)StatusWire::toJson(u);
    }
    return 0;
}
