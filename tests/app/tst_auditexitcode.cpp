#include "auditcommand.h"
#include "exitcode.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Severity>)

// --fail-on turns findings into exit code 3 for CI: at or above the level, exempt ones never.
class TestAuditExitCode : public QObject
{
    Q_OBJECT

    static Finding finding(Severity severity, bool exempt = false)
    {
        Finding f;
        f.rule = u"single-instance"_s;
        f.severity = severity;
        f.exempt = exempt;
        return f;
    }

private slots:
    void exitCode_data()
    {
        QTest::addColumn<FindingList>("findings");
        QTest::addColumn<std::optional<Severity>>("failOn");
        QTest::addColumn<int>("exitCode");
        const std::optional<Severity> danger = Severity::Danger, warning = Severity::Warning,
                                      info = Severity::Info, never;
        QTest::newRow("nothing found") << FindingList() << danger << ExitCode::Ok;
        QTest::newRow("danger at danger")
            << FindingList{finding(Severity::Danger)} << danger << ExitCode::Findings;
        QTest::newRow("warning at danger")
            << FindingList{finding(Severity::Warning)} << danger << ExitCode::Ok;
        QTest::newRow("warning at warning")
            << FindingList{finding(Severity::Warning)} << warning << ExitCode::Findings;
        QTest::newRow("danger at warning")
            << FindingList{finding(Severity::Danger)} << warning << ExitCode::Findings;
        QTest::newRow("info at warning")
            << FindingList{finding(Severity::Info)} << warning << ExitCode::Ok;
        QTest::newRow("info at info")
            << FindingList{finding(Severity::Info)} << info << ExitCode::Findings;
        QTest::newRow("exempt danger")
            << FindingList{finding(Severity::Danger, true)} << danger << ExitCode::Ok;
        QTest::newRow("exempt and not")
            << FindingList{finding(Severity::Danger, true), finding(Severity::Danger)} << danger
            << ExitCode::Findings;
        QTest::newRow("never") << FindingList{finding(Severity::Danger)} << never << ExitCode::Ok;
    }
    void exitCode()
    {
        QFETCH(FindingList, findings);
        QFETCH(std::optional<Severity>, failOn);
        AuditReport report;
        report.findings = findings;
        QTEST(AuditCommand::exitCodeFor(report, failOn), "exitCode");
    }
};

QTEST_GUILESS_MAIN(TestAuditExitCode)
#include "tst_auditexitcode.moc"
