#include "boundedwait.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Something that finishes, later or at once, with a result.
class Operation : public QObject
{
    Q_OBJECT
public:
    void startLater(int ms, int result)
    {
        QTimer::singleShot(ms, this, [this, result] { Q_EMIT finished(result); });
    }
    void startNow(int result) { Q_EMIT finished(result); }
Q_SIGNALS:
    void finished(int result);
};

class TestBoundedWait : public QObject
{
    Q_OBJECT

private slots:
    void returnsTheArgumentsOfALaterSignal()
    {
        Operation op;
        const auto done = TestSupport::runAndWait(
            &op, &Operation::finished, [&] { op.startLater(20, 7); }, u"the operation"_s, 5s);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->size(), 1);
        QCOMPARE(done->first().toInt(), 7);
    }

    void seesASignalEmittedWhileStarting()
    {
        Operation op;
        const auto done = TestSupport::runAndWait(
            &op, &Operation::finished, [&] { op.startNow(3); }, u"the operation"_s, 5s);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->first().toInt(), 3);
    }

    void failsNamingWhatItWaitedForAndHowLong()
    {
        Operation op;
        const auto done = TestSupport::runAndWait(
            &op, &Operation::finished, [] {}, u"signing in as alice"_s, 50ms);
        QVERIFY(!done.ok());
        QCOMPARE(done.error(), u"signing in as alice: nothing within 50 ms"_s);
    }

    void aSignalAfterTheTimeoutIsNotTaken()
    {
        Operation op;
        const auto done = TestSupport::runAndWait(
            &op, &Operation::finished, [&] { op.startLater(2000, 1); }, u"slow"_s, 50ms);
        QVERIFY(!done.ok());
    }

    void waitsUntilAConditionHolds()
    {
        int replies = 0;
        QTimer::singleShot(20, [&] { ++replies; });
        QTimer::singleShot(40, [&] { ++replies; });
        const Status both = TestSupport::waitUntil([&] { return replies == 2; }, u"replies"_s, 5s);
        QVERIFY2(both.ok(), qPrintable(both.error()));
        QCOMPARE(replies, 2);
    }

    void aConditionThatAlreadyHoldsNeedsNoEventLoop()
    {
        int asked = 0;
        const Status now = TestSupport::waitUntil([&] { return ++asked > 0; }, u"now"_s, 0ms);
        QVERIFY2(now.ok(), qPrintable(now.error()));
        QCOMPARE(asked, 1);
    }

    void aConditionThatNeverHoldsFailsNamingIt()
    {
        bool flag = false;
        QTimer::singleShot(2000, [&] { flag = true; });
        const Status never =
            TestSupport::waitUntil([&] { return flag; }, u"the refresh to finish"_s, 50ms);
        QVERIFY(!never.ok());
        QCOMPARE(never.error(), u"the refresh to finish: nothing within 50 ms"_s);
    }
};

QTEST_GUILESS_MAIN(TestBoundedWait)
#include "tst_boundedwait.moc"
