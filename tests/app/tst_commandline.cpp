#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CommandKind)

// The parser decides exit code 2 before anything runs: every usage error a user can make must be
// caught here, and every valid command line must reach the right command with the right options.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<CommandKind>("kind");
        QTest::newRow("nothing opens the window") << QStringList() << CommandKind::Gui;
        QTest::newRow("--demo opens the window") << QStringList{u"--demo"_s} << CommandKind::Gui;
        QTest::newRow("--help") << QStringList{u"--help"_s} << CommandKind::Help;
        QTest::newRow("-h") << QStringList{u"-h"_s} << CommandKind::Help;
        QTest::newRow("help audit") << QStringList{u"help"_s, u"audit"_s} << CommandKind::Help;
        QTest::newRow("--version") << QStringList{u"--version"_s} << CommandKind::Version;
        QTest::newRow("audit") << QStringList{u"audit"_s} << CommandKind::Audit;
        QTest::newRow("audit --help") << QStringList{u"audit"_s, u"--help"_s} << CommandKind::Help;
        QTest::newRow("audit all options")
            << QStringList{u"audit"_s,      u"--api"_s,        u"https://api.example.com"_s,
                           u"--user"_s,     u"bob"_s,          u"--format=json"_s,
                           u"--output"_s,   u"out.json"_s,     u"--fail-on"_s,
                           u"warning"_s,    u"--exemptions"_s, u"ex.json"_s,
                           u"--cli-name"_s, u"cloud"_s,        u"--allow-insecure-http"_s}
            << CommandKind::Audit;
        QTest::newRow("simulate") << QStringList{u"simulate"_s, u"--demo"_s, u"--fail-region"_s,
                                                 u"us-east-1"_s}
                                  << CommandKind::Simulate;
        QTest::newRow("snapshot") << QStringList{u"snapshot"_s, u"--demo"_s, u"--output"_s,
                                                 u"s.json"_s}
                                  << CommandKind::Snapshot;
        QTest::newRow("status") << QStringList{u"status"_s,
                                               u"--status-url"_s,
                                               u"http://127.0.0.1:1"_s,
                                               u"--status-kind=native"_s,
                                               u"--format"_s,
                                               u"json"_s}
                                << CommandKind::StatusReport;
        QTest::newRow("status --help") << QStringList{u"status"_s, u"-h"_s} << CommandKind::Help;
        QTest::newRow("help status") << QStringList{u"help"_s, u"status"_s} << CommandKind::Help;
        QTest::newRow("plan") << QStringList{u"plan"_s, u"--demo"_s, u"--format"_s, u"json"_s}
                              << CommandKind::Plan;
        QTest::newRow("apply") << QStringList{u"apply"_s, u"--api"_s, u"https://a.example"_s,
                                              u"--yes"_s}
                               << CommandKind::Apply;
        QTest::newRow("audit in French")
            << QStringList{u"audit"_s, u"--demo"_s, u"--language"_s, u"fr"_s} << CommandKind::Audit;
        QTest::newRow("a snapshot opens the window")
            << QStringList{u"shop.json"_s} << CommandKind::Gui;
        QTest::newRow("a snapshot by path opens the window")
            << QStringList{u"/tmp/exports/shop"_s} << CommandKind::Gui;
        QTest::newRow("login") << QStringList{u"login"_s, u"--username"_s, u"alice"_s}
                               << CommandKind::Login;
        QTest::newRow("logout") << QStringList{u"logout"_s, u"--api"_s, u"https://a.example"_s}
                                << CommandKind::Logout;
    }
    void validCommandLines()
    {
        QFETCH(QStringList, args);
        const ParsedCommandLine parsed = CommandLine::parse(args);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QTEST(parsed.command.kind, "kind");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command") << QStringList{u"audi"_s} << u"audi"_s;
        QTest::newRow("unknown option") << QStringList{u"audit"_s, u"--colour"_s} << u"--colour"_s;
        QTest::newRow("unknown top-level option") << QStringList{u"--fast"_s} << u"--fast"_s;
        QTest::newRow("positional") << QStringList{u"audit"_s, u"shop"_s} << u"shop"_s;
        QTest::newRow("bad format")
            << QStringList{u"audit"_s, u"--format"_s, u"docx"_s} << u"docx"_s;
        QTest::newRow("simulate html")
            << QStringList{u"simulate"_s, u"--fail-host"_s, u"h"_s, u"--format"_s, u"html"_s}
            << u"html"_s;
        QTest::newRow("bad fail-on")
            << QStringList{u"audit"_s, u"--fail-on"_s, u"critical"_s} << u"critical"_s;
        QTest::newRow("missing value") << QStringList{u"audit"_s, u"--output"_s} << u"--output"_s;
        QTest::newRow("empty value") << QStringList{u"audit"_s, u"--output="_s} << u"--output"_s;
        QTest::newRow("flag with value") << QStringList{u"audit"_s, u"--demo=yes"_s} << u"--demo"_s;
        QTest::newRow("twice") << QStringList{u"audit"_s, u"--format"_s, u"json"_s, u"--format"_s,
                                              u"csv"_s}
                               << u"twice"_s;
        QTest::newRow("two sources")
            << QStringList{u"audit"_s, u"--demo"_s, u"--snapshot"_s, u"s.json"_s}
            << u"one source"_s;
        QTest::newRow("user with snapshot")
            << QStringList{u"audit"_s, u"--snapshot"_s, u"s.json"_s, u"--user"_s, u"bob"_s}
            << u"--user"_s;
        QTest::newRow("api not a URL")
            << QStringList{u"audit"_s, u"--api"_s, u"ftp://x"_s} << u"ftp://x"_s;
        QTest::newRow("simulate without failure")
            << QStringList{u"simulate"_s, u"--demo"_s} << u"--fail-datacenter"_s;
        QTest::newRow("simulate two failures")
            << QStringList{u"simulate"_s, u"--fail-host"_s, u"a"_s, u"--fail-region"_s, u"b"_s}
            << u"exactly one"_s;
        QTest::newRow("snapshot without output")
            << QStringList{u"snapshot"_s, u"--demo"_s} << u"--output"_s;
        QTest::newRow("api key on the command line")
            << QStringList{u"audit"_s, u"--api-key"_s, u"k:s"_s} << u"SCALING_ADVISOR_API_KEY"_s;
        QTest::newRow("password on the command line")
            << QStringList{u"login"_s, u"--password=hunter2"_s} << u"SCALING_ADVISOR_API_KEY"_s;
        QTest::newRow("token at top level")
            << QStringList{u"--token=abc"_s} << u"SCALING_ADVISOR_API_KEY"_s;
        QTest::newRow("help of unknown command") << QStringList{u"help"_s, u"nope"_s} << u"nope"_s;
        QTest::newRow("status unknown option")
            << QStringList{u"status"_s, u"--whatever"_s} << u"--whatever"_s;
        QTest::newRow("status bad format")
            << QStringList{u"status"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("plan html") << QStringList{u"plan"_s, u"--format"_s, u"html"_s} << u"html"_s;
        QTest::newRow("apply to a snapshot")
            << QStringList{u"apply"_s, u"--snapshot"_s, u"s.json"_s} << u"snapshot"_s;
        QTest::newRow("apply as support")
            << QStringList{u"apply"_s, u"--user"_s, u"bob"_s} << u"support"_s;
        QTest::newRow("apply to two platforms")
            << QStringList{u"apply"_s, u"--demo"_s, u"--api"_s, u"https://a.example"_s}
            << u"--api"_s;
        QTest::newRow("unknown language")
            << QStringList{u"audit"_s, u"--language"_s, u"es"_s} << u"es"_s;
        QTest::newRow("two snapshots for the window")
            << QStringList{u"a.json"_s, u"b.json"_s} << u"b.json"_s;
        QTest::newRow("demo and a snapshot for the window")
            << QStringList{u"--demo"_s, u"a.json"_s} << u"snapshot"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const ParsedCommandLine parsed = CommandLine::parse(args);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void secretsAreNeverEchoedInErrors()
    {
        const ParsedCommandLine parsed = CommandLine::parse({u"login"_s, u"--password=hunter2"_s});
        QVERIFY(!parsed.ok());
        QVERIFY2(!parsed.error.contains(u"hunter2"_s), qPrintable(parsed.error));
    }

    void auditOptionsAreRead()
    {
        const ParsedCommandLine parsed = CommandLine::parse(
            {u"audit"_s, u"--api"_s, u"https://api.example.com"_s, u"--user"_s, u"bob"_s,
             u"--format"_s, u"markdown"_s, u"--output"_s, u"r.md"_s, u"--fail-on"_s, u"info"_s,
             u"--exemptions"_s, u"ex.json"_s, u"--cli-name"_s, u"cloud"_s});
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Command &c = parsed.command;
        QCOMPARE(c.source.apiUrl, u"https://api.example.com"_s);
        QCOMPARE(c.source.customer, u"bob"_s);
        QVERIFY(!c.source.demo);
        QVERIFY(!c.source.allowInsecureHttp);
        QCOMPARE(c.format, ReportFormat::Markdown);
        QCOMPARE(c.outputPath, u"r.md"_s);
        QVERIFY(c.failOn.has_value());
        QCOMPARE(*c.failOn, Severity::Info);
        QCOMPARE(c.exemptionsPath, u"ex.json"_s);
        QCOMPARE(c.cliName, u"cloud"_s);
    }

    void failOnDefaultsToDangerAndNeverDisablesIt()
    {
        const ParsedCommandLine byDefault = CommandLine::parse({u"audit"_s, u"--demo"_s});
        QVERIFY(byDefault.ok());
        QCOMPARE(byDefault.command.failOn.value_or(Severity::Info), Severity::Danger);
        QCOMPARE(byDefault.command.format, ReportFormat::Text);
        const ParsedCommandLine never =
            CommandLine::parse({u"audit"_s, u"--demo"_s, u"--fail-on"_s, u"never"_s});
        QVERIFY(never.ok());
        QVERIFY(!never.command.failOn.has_value());
    }

    void simulateReadsTheFailure_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("kind");
        QTest::newRow("datacenter") << u"--fail-datacenter"_s << int(FailureKind::Datacenter);
        QTest::newRow("host") << u"--fail-host"_s << int(FailureKind::Host);
        QTest::newRow("region") << u"--fail-region"_s << int(FailureKind::Region);
        QTest::newRow("provider") << u"--fail-provider"_s << int(FailureKind::Provider);
    }
    void simulateReadsTheFailure()
    {
        QFETCH(QString, option);
        QFETCH(int, kind);
        const ParsedCommandLine parsed =
            CommandLine::parse({u"simulate"_s, option, u"X-1"_s, u"--format"_s, u"json"_s});
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(int(parsed.command.failureKind), kind);
        QCOMPARE(parsed.command.failureName, u"X-1"_s);
        QCOMPARE(parsed.command.format, ReportFormat::Json);
    }

    void commandsReadTheirOptions()
    {
        const ParsedCommandLine status = CommandLine::parse(
            {u"status"_s, u"--status-url=https://status.example.com"_s, u"--status-kind"_s,
             u"statuspage"_s, u"--format"_s, u"json"_s, u"--allow-insecure-http"_s});
        QVERIFY2(status.ok(), qPrintable(status.error));
        QCOMPARE(status.command.statusUrl, u"https://status.example.com"_s);
        QCOMPARE(status.command.statusKind, u"statuspage"_s);
        QCOMPARE(status.command.format, ReportFormat::Json);
        QVERIFY(status.command.source.allowInsecureHttp);

        const ParsedCommandLine apply =
            CommandLine::parse({u"apply"_s, u"--demo"_s, u"--yes"_s, u"--language=de"_s});
        QVERIFY2(apply.ok(), qPrintable(apply.error));
        QVERIFY(apply.command.source.demo);
        QVERIFY(apply.command.assumeYes);
        QCOMPARE(apply.command.language, u"de"_s);
        QVERIFY(!CommandLine::parse({u"apply"_s}).command.assumeYes);

        const ParsedCommandLine window = CommandLine::parse({u"exports/shop.json"_s});
        QVERIFY(window.ok());
        QCOMPARE(window.command.source.snapshotPath, u"exports/shop.json"_s);
        QVERIFY(!window.command.source.demo);

        QCOMPARE(CommandLine::languageIn({u"audit"_s, u"--language"_s, u"fr"_s}), u"fr"_s);
        QCOMPARE(CommandLine::languageIn({u"plan"_s, u"--language=de"_s}), u"de"_s);
        QVERIFY(CommandLine::languageIn({u"audit"_s, u"--demo"_s}).isEmpty());
    }

    void helpListsEveryCommandAndOption()
    {
        const QString main = CommandLine::mainHelp();
        for (const QString &name : CommandLine::subcommands())
            QVERIFY2(main.contains(u"  "_s + name), qPrintable(name));
        QVERIFY(main.contains(u"SCALING_ADVISOR_API_KEY"_s));
        const QString audit = CommandLine::subcommandHelp(u"audit"_s);
        for (const char *option :
             {"--api", "--snapshot", "--demo", "--user", "--format", "--output", "--fail-on",
              "--exemptions", "--allow-insecure-http", "--cli-name", "--language"})
            QVERIFY2(audit.contains(QLatin1StringView(option)), option);
        for (const char *code : {"  0  ", "  1  ", "  2  ", "  3  "})
            QVERIFY2(audit.contains(QLatin1StringView(code)), code);
        QVERIFY(CommandLine::subcommandHelp(u"simulate"_s).contains(u"--fail-provider"_s));
        QVERIFY(CommandLine::subcommandHelp(u"nope"_s).isEmpty());
        QVERIFY(CommandLine::subcommandHelp(u"apply"_s).contains(u"--yes"_s));
        QVERIFY(CommandLine::subcommandHelp(u"status"_s).contains(u"--status-kind"_s));
        QVERIFY(CommandLine::subcommandHelp(u"plan"_s).contains(u"--format"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
