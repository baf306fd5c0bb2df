#include "result.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;

// SA_VERIFY_OK passes a success through and fails the test on a failure.
class TestVerifyOk : public QObject
{
    Q_OBJECT

private slots:
    void aSuccessPasses()
    {
        int evaluated = 0;
        SA_VERIFY_OK(([&] {
            ++evaluated;
            return success();
        }()));
        SA_VERIFY_OK(Result<int>(3));
        QCOMPARE(evaluated, 1); // the expression is evaluated once
    }

    void aFailureFailsTheTest()
    {
        QEXPECT_FAIL("", "a failed Status fails the test", Abort);
        SA_VERIFY_OK(Status::failure(u"POST /admin/reset: 403 Wrong admin token"_s));
    }

    void aFailedResultFailsTheTest()
    {
        QEXPECT_FAIL("", "a failed Result fails the test", Abort);
        SA_VERIFY_OK(Result<int>::failure(u"no answer"_s));
    }
};

QTEST_GUILESS_MAIN(TestVerifyOk)
#include "tst_verifyok.moc"
