#pragma once

// Waiting in tests, always bounded: a test that waits for a client must fail with a sentence
// saying what it waited for, never hang until CTest's timeout.

#include "result.h"

#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QVariant>

#include <chrono>
#include <functional>

namespace TestSupport {

using namespace std::chrono_literals;

// How long a test waits for a local client operation unless it says otherwise.
inline constexpr std::chrono::milliseconds defaultWait = 15s;

// The sentence a bounded wait fails with: "WHAT: nothing within N ms".
QString timedOut(const QString &what, std::chrono::milliseconds timeout);

// Runs the event loop until `done` holds, at most `timeout`; a failure naming `what` if it never
// did. For waits that a helper returning a value cannot write as QTRY_* (either of two signals,
// several replies, a signal and what it carries):
//
//     const Status both = TestSupport::waitUntil([&] { return pending == 0; }, u"two replies"_s);
Status waitUntil(const std::function<bool()> &done, const QString &what,
                 std::chrono::milliseconds timeout = defaultWait);

// Starts an operation and waits, at most `timeout`, for `signal` of `sender` (also when `start`
// emits it at once). Returns the arguments of the first emission, or a failure naming `what`.
//
//     const auto done = TestSupport::runAndWait(&client, &PlatformClient::scaleFinished,
//         [&] { client.scaleService(u"shop"_s, u"www"_s, 3); }, u"scaling shop.www"_s);
//     QVERIFY2(done.ok(), qPrintable(done.error()));
template<typename Object, typename Signal>
Result<QList<QVariant>> runAndWait(const Object *sender, Signal signal,
                                   const std::function<void()> &start, const QString &what,
                                   std::chrono::milliseconds timeout = defaultWait)
{
    QSignalSpy spy(sender, signal);
    if (!spy.isValid())
        return Result<QList<QVariant>>::failure(what + QStringLiteral(": not a signal"));
    if (start)
        start();
    if (spy.isEmpty() && !spy.wait(int(timeout.count())))
        return Result<QList<QVariant>>::failure(timedOut(what, timeout));
    return spy.first();
}

} // namespace TestSupport
