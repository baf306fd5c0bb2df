#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Exit codes are a contract with scripts and CI (0 fine, 1 runtime error, 2 usage error, 3
// findings): every way a user can get each one, with the message that tells them why.
class TestCliExitCodes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // Every way a snapshot file can be broken, made from a real snapshot of the demo.
    void writeBrokenSnapshots()
    {
        const CliRunner::Run saved =
            CliRunner::run({u"snapshot"_s, u"--demo"_s, u"--output"_s, path(u"good.json"_s)});
        QCOMPARE(saved.exitCode, 0);
        QFile good(path(u"good.json"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QVERIFY(root.contains("applications"_L1));

        writeFile(u"not-json.json"_s, "this is not a snapshot\n");
        writeFile(u"empty.json"_s, "");
        writeFile(u"truncated.json"_s, bytes.left(bytes.size() / 2));
        writeFile(u"array.json"_s, "[1, 2, 3]");

        QJsonObject future = root;
        future.insert("format_version"_L1, 99);
        writeFile(u"future.json"_s, QJsonDocument(future).toJson());

        // applications[0].services[0].instance_count becomes a string.
        QJsonObject wrongType = root;
        QJsonArray apps = wrongType.value("applications"_L1).toArray();
        QJsonObject app = apps.at(0).toObject();
        QJsonArray services = app.value("services"_L1).toArray();
        QJsonObject service = services.at(0).toObject();
        QVERIFY(service.contains("instance_count"_L1));
        service.insert("instance_count"_L1, u"three"_s);
        services.replace(0, service);
        app.insert("services"_L1, services);
        apps.replace(0, app);
        wrongType.insert("applications"_L1, apps);
        writeFile(u"wrong-type.json"_s, QJsonDocument(wrongType).toJson());

        writeFile(u"exemptions-bad.json"_s,
                  R"([{"rule": "no-such-rule", "application": "x", "reason": "r"}])");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeBrokenSnapshots();
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("apiKey"); // SCALING_ADVISOR_API_KEY, when set
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        const QString key = u"AAAAAAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_s;

        QTest::newRow("--version") << QStringList{u"--version"_s} << QString() << 0 << QString();
        QTest::newRow("--help") << QStringList{u"--help"_s} << QString() << 0 << QString();
        QTest::newRow("audit --help")
            << QStringList{u"audit"_s, u"--help"_s} << QString() << 0 << QString();

        QTest::newRow("unknown option")
            << QStringList{u"audit"_s, u"--frobnicate"_s} << QString() << 2 << u"--frobnicate"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << QString() << 2 << u"frobnicate"_s;
        QTest::newRow("bad --format")
            << QStringList{u"audit"_s, u"--demo"_s, u"--format"_s, u"docx"_s} << QString() << 2
            << u"docx"_s;
        QTest::newRow("bad --fail-on")
            << QStringList{u"audit"_s, u"--demo"_s, u"--fail-on"_s, u"sometimes"_s} << QString()
            << 2 << u"sometimes"_s;
        QTest::newRow("two sources")
            << QStringList{u"audit"_s, u"--demo"_s, u"--api"_s, u"https://a.example"_s} << QString()
            << 2 << u"one source"_s;
        QTest::newRow("a key on the command line")
            << QStringList{u"audit"_s, u"--api-key"_s, key} << QString() << 2
            << u"SCALING_ADVISOR_API_KEY"_s;
        QTest::newRow("simulate without a failure")
            << QStringList{u"simulate"_s, u"--demo"_s} << QString() << 2 << u"--fail-"_s;
        QTest::newRow("snapshot without --output")
            << QStringList{u"snapshot"_s, u"--demo"_s} << QString() << 2 << u"--output"_s;

        QTest::newRow("findings at danger")
            << QStringList{u"audit"_s, u"--demo"_s} << QString() << 3 << QString();
        QTest::newRow("--fail-on never")
            << QStringList{u"audit"_s, u"--demo"_s, u"--fail-on"_s, u"never"_s} << QString() << 0
            << QString();

        QTest::newRow("unreachable API")
            << QStringList{u"audit"_s, u"--api"_s, u"http://127.0.0.1:1"_s} << key << 1
            << u"127.0.0.1:1"_s;
        QTest::newRow("insecure http to another host")
            << QStringList{u"audit"_s, u"--api"_s, u"http://198.51.100.7"_s} << key << 1
            << u"--allow-insecure-http"_s;
        QTest::newRow("no credentials")
            << QStringList{u"audit"_s, u"--api"_s, u"http://127.0.0.1:1"_s} << QString() << 1
            << u"SCALING_ADVISOR_API_KEY"_s;

        QTest::newRow("missing snapshot")
            << QStringList{u"audit"_s, u"--snapshot"_s, path(u"nope.json"_s)} << QString() << 1
            << u"nope.json"_s;
        for (const char *name : {"not-json", "empty", "truncated", "array", "future"})
            QTest::addRow("corrupt snapshot: %s", name)
                << QStringList{u"audit"_s, u"--snapshot"_s,
                               path(QLatin1StringView(name) + u".json"_s)}
                << QString() << 1
                << QString(QLatin1StringView(name) + u".json is not a valid snapshot"_s);
        QTest::newRow("snapshot with a wrong field type")
            << QStringList{u"audit"_s, u"--snapshot"_s, path(u"wrong-type.json"_s)} << QString()
            << 1 << u"instance_count"_s;
        QTest::newRow("simulate on a corrupt snapshot")
            << QStringList{u"simulate"_s, u"--snapshot"_s, path(u"truncated.json"_s),
                           u"--fail-region"_s, u"us-east-1"_s}
            << QString() << 1 << u"truncated.json"_s;
        QTest::newRow("missing exemptions file")
            << QStringList{u"audit"_s, u"--demo"_s, u"--exemptions"_s, path(u"none.json"_s)}
            << QString() << 1 << u"none.json"_s;
        QTest::newRow("exemptions naming an unknown rule")
            << QStringList{u"audit"_s, u"--demo"_s, u"--exemptions"_s,
                           path(u"exemptions-bad.json"_s)}
            << QString() << 1 << u"no-such-rule"_s;
        QTest::newRow("output folder does not exist")
            << QStringList{u"audit"_s, u"--demo"_s, u"--output"_s, path(u"no/such/dir/r.txt"_s)}
            << QString() << 1 << u"r.txt"_s;
        QTest::newRow("simulate an unknown host")
            << QStringList{u"simulate"_s, u"--demo"_s, u"--fail-host"_s, u"node-zz"_s} << QString()
            << 1 << u"node-zz"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, apiKey);
        QFETCH(QString, stderrMentions);
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        if (!apiKey.isEmpty())
            env.insert(u"SCALING_ADVISOR_API_KEY"_s, apiKey);
        const CliRunner::Run run = CliRunner::run(args, env);
        QVERIFY2(run.finished, run.err.constData());
        QTEST(run.exitCode, "exitCode");
        QVERIFY2(run.err.contains(stderrMentions.toUtf8()), run.err.constData());
        if (run.exitCode == 1 || run.exitCode == 2)
            QVERIFY2(run.err.startsWith("scaling-advisor: "), run.err.constData());
        if (run.exitCode == 2)
            QVERIFY2(run.err.contains("--help"), "a usage error points at the help");
        QVERIFY2(!run.err.contains("BBBBBBBBBB"), "the key is never echoed");
    }

    void helpIsPrintedOnStandardOutput()
    {
        const CliRunner::Run run = CliRunner::run({u"simulate"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--fail-datacenter"));
        QVERIFY(run.err.isEmpty());
    }

    void theWindowNeedsADisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("--demo") << QStringList{u"--demo"_s};
    }
    void theWindowNeedsADisplay()
    {
        QFETCH(QStringList, args);
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        const CliRunner::Run run = CliRunner::run(args, env);
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("display"), run.err.constData());
        QVERIFY2(run.err.contains("audit --demo"), "it says what works without a display");
    }

    void colourOnlyOnATerminal()
    {
        // script(1) gives the binary a pseudo-terminal, as a user's shell would.
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is not installed");
        const QString command = u"'%1' audit --demo --fail-on never"_s.arg(CliRunner::binaryPath());
        const CliRunner::Run tty =
            CliRunner::runProgram(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
        QCOMPARE(tty.exitCode, 0);
        QVERIFY2(tty.out.contains("\x1b["), "colours on a terminal");

        const CliRunner::Run pipe =
            CliRunner::run({u"audit"_s, u"--demo"_s, u"--fail-on"_s, u"never"_s});
        QCOMPARE(pipe.exitCode, 0);
        QVERIFY(!pipe.out.isEmpty());
        QVERIFY2(!pipe.out.contains("\x1b["), "no colours into a pipe");

        QProcessEnvironment noColour = CliRunner::cleanEnvironment();
        noColour.insert(u"NO_COLOR"_s, u"1"_s);
        const CliRunner::Run plain =
            CliRunner::runProgram(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s}, noColour);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.out.contains("\x1b[3") && !plain.out.contains("\x1b[1"),
                 "NO_COLOR is honoured");
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cli_exitcodes.moc"
