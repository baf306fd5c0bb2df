#include "boundedwait.h"

namespace TestSupport {

QString timedOut(const QString &what, std::chrono::milliseconds timeout)
{
    return QStringLiteral("%1: nothing within %2 ms").arg(what).arg(timeout.count());
}

} // namespace TestSupport
