// Fuzzes the exemptions reader (--exemptions FILE and the GUI's exemptions file). A list that
// reads must survive a write and a second read unchanged.
#include "exemption.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ExemptionList> first = ExemptionList::fromJson(bytes);
    if (!first.ok())
        return 0;
    const Result<ExemptionList> again = ExemptionList::fromJson(first.value().toJson());
    if (!again.ok() || again.value().items().size() != first.value().items().size())
        std::abort(); // the writer produced something the reader refuses or changes
    return 0;
}
