// Fuzzes the simulator's dataset loader: a dataset file is outside data (a user may hand the
// simulator any file). A dataset that reads must also survive a write and a second read.
#include "datasetreader.h"
#include "datasetwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Dataset> first = DatasetReader::read(bytes);
    if (!first.ok())
        return 0;
    const Result<Dataset> again = DatasetReader::read(DatasetWriter::toBytes(first.value()));
    if (!again.ok())
        std::abort(); // the writer produced something the reader refuses
    return 0;
}
