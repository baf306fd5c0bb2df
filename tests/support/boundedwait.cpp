#include "boundedwait.h"

#include <QEventLoop>
#include <QTimer>

namespace TestSupport {

QString timedOut(const QString &what, std::chrono::milliseconds timeout)
{
    return QStringLiteral("%1: nothing within %2 ms").arg(what).arg(timeout.count());
}

Status waitUntil(const std::function<bool()> &done, const QString &what,
                 std::chrono::milliseconds timeout)
{
    if (done())
        return success();
    // An event loop, not QTest::qWaitFor: that one sleeps between rounds of events, which slows
    // every exchange with a simulator answering from this thread. The loop runs until the
    // condition holds (checked every few milliseconds) or the deadline passes, never longer.
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeout);
    loop.exec();
    if (done())
        return success();
    return Status::failure(timedOut(what, timeout));
}

} // namespace TestSupport
