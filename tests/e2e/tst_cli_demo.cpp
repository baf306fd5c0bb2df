#include "clirunner.h"
#include "reportchecks.h"
#include "rulesengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ReportChecks::keys;
using ReportChecks::keySet;

// `scaling-advisor … --demo` as a user runs it: the real binary, the in-process demo platform,
// and every output checked the way a script, a spreadsheet or a browser would read it.
class TestCliDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_audit;   // audit --demo --format json
    QJsonArray m_findings; // its findings

    static QJsonObject parseObject(const QByteArray &bytes)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        return doc.object();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(CliRunner::binaryPath()), qPrintable(CliRunner::binaryPath()));
        const CliRunner::Run run = CliRunner::run(
            {u"audit"_s, u"--demo"_s, u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s});
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        m_audit = parseObject(run.out);
        QVERIFY2(!m_audit.isEmpty(), run.out.left(400).constData());
        m_findings = m_audit.value("findings"_L1).toArray();
        QVERIFY(!m_findings.isEmpty());
    }

    void auditJsonFollowsTheContract()
    {
        QCOMPARE(keys(m_audit), keySet({u"generated_at"_s, u"source"_s, u"resilience"_s,
                                        u"summary"_s, u"findings"_s, u"placement"_s, u"errors"_s}));
        const QJsonObject resilience = m_audit.value("resilience"_L1).toObject();
        QCOMPARE(keys(resilience), keySet({u"applications"_s, u"survive_any_datacenter"_s,
                                           u"headline"_s, u"survive_any_host"_s, u"at_risk"_s}));
        QCOMPARE(resilience.value("applications"_L1).toInt(),
                 m_audit.value("summary"_L1)[u"applications"_s].toInt());
        for (const QJsonValue &risk : resilience.value("at_risk"_L1).toArray())
            QCOMPARE(keys(risk.toObject()),
                     keySet({u"application"_s, u"datacenter"_s, u"host"_s, u"state"_s}));
        QVERIFY(QDateTime::fromString(m_audit.value("generated_at"_L1).toString(), Qt::ISODate)
                    .isValid());

        const QJsonObject source = m_audit.value("source"_L1).toObject();
        QVERIFY2(source.contains("api"_L1) != source.contains("snapshot"_L1),
                 QJsonDocument(source).toJson().constData());
        QVERIFY(source.value("api"_L1).toString().startsWith("http://127.0.0.1:"_L1));
        QVERIFY(!source.value("user"_L1).toString().isEmpty());

        const QJsonObject summary = m_audit.value("summary"_L1).toObject();
        QCOMPARE(keys(summary),
                 keySet({u"applications"_s, u"services"_s, u"instances"_s, u"danger"_s,
                         u"warning"_s, u"info"_s, u"exempt"_s, u"score"_s, u"grade"_s}));
        for (const char *number : {"applications", "services", "instances", "danger", "warning",
                                   "info", "exempt", "score"})
            QVERIFY2(summary.value(QLatin1StringView(number)).isDouble(), number);
        QVERIFY(QStringList({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"F"_s})
                    .contains(summary.value("grade"_L1).toString()));
        QVERIFY(summary.value("applications"_L1).toInt() >= 8);

        int danger = 0, warning = 0, info = 0;
        for (const QJsonValue &v : m_findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(keys(f), keySet({u"rule"_s, u"severity"_s, u"application"_s, u"service"_s,
                                      u"message"_s, u"fix"_s, u"exempt"_s, u"reason"_s}));
            QVERIFY(f.value("exempt"_L1).isBool());
            QVERIFY2(!f.value("message"_L1).toString().isEmpty(),
                     qPrintable(f.value("rule"_L1).toString()));
            const QString severity = f.value("severity"_L1).toString();
            danger += severity == "danger"_L1;
            warning += severity == "warning"_L1;
            info += severity == "info"_L1;
            QVERIFY2(severity == "danger"_L1 || severity == "warning"_L1 || severity == "info"_L1,
                     qPrintable(severity));
        }
        // Nothing is exempt here, so the summary counts every finding.
        QCOMPARE(summary.value("danger"_L1).toInt(), danger);
        QCOMPARE(summary.value("warning"_L1).toInt(), warning);
        QCOMPARE(summary.value("info"_L1).toInt(), info);

        const QJsonArray placement = m_audit.value("placement"_L1).toArray();
        QVERIFY(!placement.isEmpty());
        for (const QJsonValue &v : placement) {
            const QJsonObject p = v.toObject();
            QCOMPARE(keys(p),
                     keySet({u"application"_s, u"service"_s, u"datacenter"_s, u"instances"_s}));
            QVERIFY(p.value("instances"_L1).isDouble());
        }
        QVERIFY(m_audit.value("errors"_L1).isArray());
    }

    void everyRuleFiresInTheDemo()
    {
        QSet<QString> fired;
        for (const QJsonValue &v : m_findings)
            fired.insert(v.toObject().value("rule"_L1).toString());
        const QStringList rules = RulesEngine::ruleIds();
        QCOMPARE(rules.size(), 10);
        for (const QString &rule : rules)
            QVERIFY2(fired.contains(rule), qPrintable(rule));
        QCOMPARE(fired, keySet(rules));
    }

    void fixCommandsUseTheCliName()
    {
        const CliRunner::Run run =
            CliRunner::run({u"audit"_s, u"--demo"_s, u"--format"_s, u"json"_s, u"--fail-on"_s,
                            u"never"_s, u"--cli-name"_s, u"cloudctl"_s});
        QCOMPARE(run.exitCode, 0);
        bool sawCommand = false;
        for (const QJsonValue &v : parseObject(run.out).value("findings"_L1).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value("rule"_L1).toString() == "single-instance"_L1) {
                QVERIFY2(f.value("fix"_L1).toString().startsWith("cloudctl -A "_L1),
                         qPrintable(f.value("fix"_L1).toString()));
                sawCommand = true;
            }
        }
        QVERIFY(sawCommand);
    }

    void failOnDecidesTheExitCode_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("default is danger") << QStringList() << 3;
        QTest::newRow("danger") << QStringList{u"--fail-on"_s, u"danger"_s} << 3;
        QTest::newRow("info") << QStringList{u"--fail-on"_s, u"info"_s} << 3;
        QTest::newRow("never") << QStringList{u"--fail-on"_s, u"never"_s} << 0;
    }
    void failOnDecidesTheExitCode()
    {
        QFETCH(QStringList, extra);
        const CliRunner::Run run =
            CliRunner::run(QStringList{u"audit"_s, u"--demo"_s, u"--format"_s, u"json"_s} + extra);
        QVERIFY(run.finished);
        QTEST(run.exitCode, "exitCode");
        QVERIFY(!parseObject(run.out).isEmpty()); // the report is written whatever the exit code
    }

    void exemptFindingsDoNotFail()
    {
        // Exempt every danger finding: with the default --fail-on danger the audit then passes.
        QJsonArray exemptions;
        int dangers = 0;
        for (const QJsonValue &v : m_findings) {
            const QJsonObject f = v.toObject();
            if (f.value("severity"_L1).toString() != "danger"_L1)
                continue;
            ++dangers;
            QJsonObject e{{u"rule"_s, f.value("rule"_L1)},
                          {u"application"_s, f.value("application"_L1)},
                          {u"reason"_s, u"accepted for the test"_s}};
            if (!f.value("service"_L1).toString().isEmpty())
                e.insert("service"_L1, f.value("service"_L1));
            exemptions.append(e);
        }
        QVERIFY(dangers > 0);
        QFile file(path(u"exemptions.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(exemptions).toJson());
        file.close();

        const CliRunner::Run run = CliRunner::run({u"audit"_s, u"--demo"_s, u"--format"_s,
                                                   u"json"_s, u"--exemptions"_s, file.fileName()});
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject audit = parseObject(run.out);
        const QJsonObject summary = audit.value("summary"_L1).toObject();
        QCOMPARE(summary.value("danger"_L1).toInt(), 0);
        QVERIFY(summary.value("exempt"_L1).toInt() >= dangers);
        int exemptSeen = 0;
        for (const QJsonValue &v : audit.value("findings"_L1).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value("exempt"_L1).toBool()) {
                ++exemptSeen;
                QCOMPARE(f.value("reason"_L1).toString(), u"accepted for the test"_s);
            }
        }
        QVERIFY(exemptSeen >= dangers);
        QVERIFY(summary.value("score"_L1).toInt() >
                m_audit.value("summary"_L1).toObject().value("score"_L1).toInt());
    }

    void everyReportFormatOpens_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("markdown") << u"markdown"_s;
        QTest::newRow("html") << u"html"_s;
    }
    void everyReportFormatOpens()
    {
        QFETCH(QString, format);
        const QString file = path(u"report."_s + format);
        const CliRunner::Run run =
            CliRunner::run({u"audit"_s, u"--demo"_s, u"--format"_s, format, u"--output"_s, file,
                            u"--fail-on"_s, u"never"_s});
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.isEmpty(), "the report goes to the file, not to stdout");
        const QByteArray bytes = readFile(file);
        QVERIFY(!bytes.isEmpty());
        const QString text = QString::fromUtf8(bytes);
        // Not a terminal: no colour codes in any report.
        QVERIFY(!bytes.contains("\x1b["));

        if (format == "json"_L1) {
            QCOMPARE(parseObject(bytes).value("findings"_L1).toArray().size(), m_findings.size());
        } else if (format == "csv"_L1) {
            QString error;
            const QList<QStringList> rows = ReportChecks::parseCsv(text, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rows.size(), m_findings.size() + 1);
            const QStringList header = rows.first();
            QVERIFY2(header.contains(u"rule"_s) && header.contains(u"severity"_s) &&
                         header.contains(u"application"_s),
                     qPrintable(header.join(u',')));
            const qsizetype ruleColumn = header.indexOf(u"rule"_s);
            for (qsizetype i = 1; i < rows.size(); ++i) {
                QCOMPARE(rows.at(i).size(), header.size());
                QCOMPARE(rows.at(i).at(ruleColumn),
                         m_findings.at(i - 1).toObject().value("rule"_L1).toString());
            }
        } else if (format == "markdown"_L1) {
            // A table (header, |---| separator, rows) and every finding under its rule id.
            const QStringList lines = text.split(u'\n');
            bool table = false;
            for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
                const QString separator = lines.at(i);
                const bool isSeparator = separator.startsWith("|-"_L1) ||
                                         separator.startsWith("|:"_L1) ||
                                         separator.startsWith("| -"_L1);
                if (isSeparator && lines.at(i - 1).startsWith(u'|') &&
                    lines.at(i + 1).startsWith(u'|'))
                    table = true;
            }
            QVERIFY2(table, "a Markdown table: header, |---| line and rows");
            for (const QJsonValue &v : m_findings) {
                const QString rule = v.toObject().value("rule"_L1).toString();
                QVERIFY2(text.contains(rule), qPrintable(rule));
            }
        } else if (format == "html"_L1) {
            QVERIFY(text.trimmed().startsWith("<!DOCTYPE html"_L1, Qt::CaseInsensitive));
            const QString problem = ReportChecks::htmlStructureError(text);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(text.contains("<svg"_L1));
            QVERIFY(text.contains("<style"_L1));
            // Self-contained: nothing fetched from elsewhere when the customer opens it.
            QVERIFY(!text.contains("<link"_L1));
            QVERIFY(!text.contains("<script src"_L1));
            QVERIFY(!text.contains("src=\"http"_L1));
        } else {
            for (const QJsonValue &v : m_findings)
                QVERIFY2(text.contains(v.toObject().value("application"_L1).toString()),
                         qPrintable(v.toObject().value("application"_L1).toString()));
        }
    }

    void simulateJsonFollowsTheContract()
    {
        const QString datacenter = m_audit.value("placement"_L1)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value("datacenter"_L1)
                                       .toString();
        QVERIFY(!datacenter.isEmpty());
        const CliRunner::Run run =
            CliRunner::run({u"simulate"_s, u"--demo"_s, u"--fail-datacenter"_s, datacenter,
                            u"--format"_s, u"json"_s});
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(keys(result), keySet({u"failed"_s, u"summary"_s, u"applications"_s}));
        const QJsonObject failed = result.value("failed"_L1).toObject();
        QCOMPARE(keys(failed), keySet({u"kind"_s, u"name"_s}));
        QCOMPARE(failed.value("kind"_L1).toString(), u"datacenter"_s);
        QCOMPARE(failed.value("name"_L1).toString(), datacenter);
        const QJsonObject summary = result.value("summary"_L1).toObject();
        QCOMPARE(keys(summary), keySet({u"ok"_s, u"degraded"_s, u"down"_s}));

        const QJsonArray apps = result.value("applications"_L1).toArray();
        QCOMPARE(apps.size(),
                 m_audit.value("summary"_L1).toObject().value("applications"_L1).toInt());
        QHash<QString, int> states;
        const QStringList valid = {u"ok"_s, u"degraded"_s, u"down"_s};
        for (const QJsonValue &v : apps) {
            const QJsonObject app = v.toObject();
            // The contract's keys; the worst single datacenter may come along, unasked.
            const QSet<QString> contract = keySet({u"name"_s, u"state"_s, u"services"_s});
            QVERIFY(keys(app).contains(contract));
            QVERIFY((keys(app) - contract).isEmpty() ||
                    keys(app) - contract == keySet({u"worst_datacenter"_s}));
            QVERIFY(valid.contains(app.value("state"_L1).toString()));
            ++states[app.value("state"_L1).toString()];
            for (const QJsonValue &s : app.value("services"_L1).toArray()) {
                const QJsonObject service = s.toObject();
                QCOMPARE(keys(service), keySet({u"name"_s, u"state"_s, u"before"_s, u"after"_s}));
                QVERIFY(valid.contains(service.value("state"_L1).toString()));
                QVERIFY(service.value("after"_L1).toInt() <= service.value("before"_L1).toInt());
            }
        }
        for (const QString &state : valid)
            QCOMPARE(summary.value(state).toInt(), states.value(state));
        // Losing a zone the demo uses hurts someone.
        QVERIFY(states.value(u"ok"_s) < apps.size());
    }

    void simulateRefusesAnUnknownName()
    {
        const CliRunner::Run run = CliRunner::run(
            {u"simulate"_s, u"--demo"_s, u"--fail-datacenter"_s, u"Amazon-mars-1z"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Amazon-mars-1z"), run.err.constData());
        QVERIFY2(run.err.contains("known:"), run.err.constData());
    }

    void snapshotThenOfflineAuditGivesTheSameFindings()
    {
        const QString file = path(u"demo-snapshot.json"_s);
        const CliRunner::Run saved =
            CliRunner::run({u"snapshot"_s, u"--demo"_s, u"--output"_s, file});
        QVERIFY2(saved.finished, saved.err.constData());
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(QFile::exists(file));

        const CliRunner::Run offline =
            CliRunner::run({u"audit"_s, u"--snapshot"_s, file, u"--format"_s, u"json"_s,
                            u"--fail-on"_s, u"never"_s});
        QVERIFY2(offline.finished, offline.err.constData());
        QCOMPARE(offline.exitCode, 0);
        const QJsonObject audit = parseObject(offline.out);
        QCOMPARE(audit.value("findings"_L1).toArray(), m_findings);
        QCOMPARE(audit.value("placement"_L1).toArray(), m_audit.value("placement"_L1).toArray());
        QJsonObject summary = audit.value("summary"_L1).toObject();
        QCOMPARE(summary, m_audit.value("summary"_L1).toObject());
        const QJsonObject source = audit.value("source"_L1).toObject();
        QVERIFY2(source.contains("snapshot"_L1), QJsonDocument(source).toJson().constData());
        QCOMPARE(source.value("user"_L1), m_audit.value("source"_L1).toObject().value("user"_L1));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
