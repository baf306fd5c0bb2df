// Fuzzes the Platform API readers: every envelope and object the platform can send.
#include "platformwire.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)PlatformWire::readUser(bytes);
    (void)PlatformWire::readApplications(bytes);
    (void)PlatformWire::readApplication(bytes);
    (void)PlatformWire::readService(bytes);
    (void)PlatformWire::readDatacenters(bytes);
    (void)PlatformWire::readTokenGrant(bytes);
    (void)PlatformWire::readError(bytes);
    (void)PlatformWire::readTokenEndpoint(bytes);
    return 0;
}
