// Fuzzes the status stream reader (GET /v1/status/updates?stream): the input is cut into
// lines as StatusClient does (split at \n, one trailing \r dropped), and every line goes through
// the line reader.
#include "statuswire.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype from = 0;
    while (from <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        QByteArray text = bytes.mid(from, end - from);
        if (text.endsWith('\r'))
            text.chop(1);
        const Result<StatusWire::StreamLine> line = StatusWire::readStreamLine(text);
        if (line.ok()) {
            for (const IncidentUpdate &u : line.value().updates)
                (void)StatusWire::toJson(u);
        }
        from = end + 1;
    }
    return 0;
}
