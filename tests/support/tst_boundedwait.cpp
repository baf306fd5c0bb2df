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
};

QTEST_GUILESS_MAIN(TestBoundedWait)
#include "tst_boundedwait.moc"
