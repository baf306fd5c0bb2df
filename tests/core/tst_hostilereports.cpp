#include "csvparser.h"
#include "csvreport.h"
#include "inventorybuilder.h"
#include "reportwriter.h"
#include "scalingplanner.h"
#include "shellquote.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

// Remote strings that try to take over a terminal, a spreadsheet, a shell or a page, put through
// every report format as an application name, a service name, the account's name, an error and
// an exemption's reason.
namespace {

QList<QPair<QByteArray, QString>> hostileNames()
{
    return {
        {"osc-title", u"evil\x1b]0;pwned\x07"_s},
        {"osc-hyperlink", u"\x1b]8;;http://x\x1b\\click\x1b]8;;\x1b\\"_s},
        {"csi-colour", u"\x1b[31mred\x1b[0m\x1b[2J"_s},
        {"crlf-forgery", u"x\r\nscaling-advisor: all good"_s},
        {"lone-cr", u"x\rscaling-advisor: all good"_s},
        {"rlo", u"invoice\u202Efdp.exe"_s},
        {"isolates", u"\u2066a\u2069\u2067b\u2068"_s},
        {"line-separator", u"a\u2028b\u2029c"_s},
        {"c1-csi", u"a\u009b31mb"_s},
        {"del", u"a\x7f"_s},
        {"nul", QString(u"a\0b"_s)},
        {"lone-high-surrogate", u"a"_s + QChar(0xD800) + u"b"_s},
        {"lone-low-surrogate", u"a"_s + QChar(0xDC00)},
        {"hyperlink-formula", u"=HYPERLINK(\"http://x\",\"y\")"_s},
        {"plus-formula", u"+cmd|' /C calc'!A0"_s},
        {"minus-formula", u"-2+3"_s},
        {"at-formula", u"@SUM(A1:A2)"_s},
        {"tab-first", u"\t=1"_s},
        {"cr-first", u"\r=1"_s},
        {"substitution", u"$(touch pwned)"_s},
        {"semicolon", u"x;id"_s},
        {"backticks", u"`id`"_s},
        {"quotes", u"it's \"quoted\""_s},
        {"html", u"<script>alert(1)</script>"_s},
        {"markdown-link", u"[x](javascript:alert(1))"_s},
        {"long", QString(10'000, u'n') + u'\x1b' + QString(10'000, u'm')},
    };
}

bool isRawControl(char16_t c, bool allowLf)
{
    if (c == u'\n')
        return !allowLf;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

// The first raw control character, or -1.
qsizetype firstControl(const QString &s, bool allowLf)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (s[i].isSurrogate() || isRawControl(s[i].unicode(), allowLf))
            return i;
    }
    return -1;
}

// The exact string after a UTF-8 round trip (a lone surrogate has no UTF-8 form).
QString utf8(const QString &s)
{
    return QString::fromUtf8(s.toUtf8());
}

struct Account
{
    Inventory inventory;
    AuditReport audit;
};

Account accountNamed(const QString &name)
{
    Account a;
    a.inventory = inventory({application(name, u"live"_s,
                                         {{name, u"python: a/h1"_s},
                                          {u"db"_s, u"mysql: a/h2/up/master, b/h3/up/slave"_s},
                                          {u"later"_s, u"redis: =2"_s}}),
                             application(u"blog"_s, u"sandbox"_s, {{name, u"php: b/h4"_s}})});
    a.inventory.user.username = name;
    a.inventory.applications[0].services[2].fetchError = u"HTTP 500 "_s + name;
    a.inventory.errors.append({name, {}, name});
    AuditOptions options;
    options.exemptions.add({u"single-region"_s, u"*"_s, {}, u"because "_s + name, {}});
    a.audit = RulesEngine().audit(a.inventory, options);
    return a;
}

} // namespace

class TestHostileReports : public QObject
{
    Q_OBJECT

private slots:
    void everyFormat_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[tag, name] : hostileNames())
            QTest::newRow(tag.constData()) << name;
    }

    void everyFormat()
    {
        QFETCH(QString, name);
        const Account a = accountNamed(name);
        QVERIFY(!a.audit.findings.isEmpty());

        // Text (a terminal): no control character but the line breaks, and none of those
        // forged by a name: no line starts with remote text.
        ReportOptions options;
        options.locale = QLocale(QLocale::English);
        const QString text = QString::fromUtf8(
            ReportWriter::write(ReportFormat::Text, a.inventory, a.audit, options));
        QCOMPARE(firstControl(text, true), -1);
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(u"scaling-advisor:"_s), qPrintable(line.left(80)));
        QVERIFY(text.contains(TerminalText::sanitize(name).left(200)));

        // Markdown and HTML: no raw control character, in findings and errors alike.
        const QString md = QString::fromUtf8(
            ReportWriter::write(ReportFormat::Markdown, a.inventory, a.audit, options));
        QCOMPARE(firstControl(md, true), -1);
        const QString html = QString::fromUtf8(
            ReportWriter::write(ReportFormat::Html, a.inventory, a.audit, options));
        QCOMPARE(firstControl(html, true), -1);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"href=\"javascript"_s));
        QVERIFY(!md.contains(u"](javascript"_s));

        // CSV (a spreadsheet): no cell starts a formula; no control character but the line
        // breaks inside quoted multi-line fixes.
        const QString csv = QString::fromUtf8(
            ReportWriter::write(ReportFormat::Csv, a.inventory, a.audit, options));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), a.audit.findings.size() + 1);
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 9);
            for (const QString &cell : row) {
                QCOMPARE(firstControl(cell, true), -1);
                if (!cell.isEmpty())
                    QVERIFY2(!QStringView(u"=+-@\t\r").contains(cell.front()),
                             qPrintable(cell.left(40)));
            }
        }

        // JSON: the exact names, every fix command splits back into them.
        const QByteArray json = ReportWriter::write(ReportFormat::Json, a.inventory, a.audit);
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[u"source"_s].toObject()[u"user"_s].toString(), utf8(name));
        bool sawSingle = false;
        for (const QJsonValue &v : root[u"findings"_s].toArray()) {
            const QJsonObject f = v.toObject();
            if (f[u"rule"_s].toString() != u"single-instance"_s)
                continue;
            sawSingle = true;
            QCOMPARE(f[u"application"_s].toString(), utf8(name));
            QCOMPARE(f[u"service"_s].toString(), utf8(name));
            const QStringList words = ShellQuote::split(f[u"fix"_s].toString());
            QCOMPARE(words.size(), 5);
            QCOMPARE(words[2], utf8(name));
            QCOMPARE(words[4], utf8(name) + u":instances=3"_s);
        }
        QVERIFY(sawSingle);
        const QJsonArray atRisk = root[u"resilience"_s].toObject()[u"at_risk"_s].toArray();
        QVERIFY(!atRisk.isEmpty());

        // The plan, text and JSON (of the account without its unread service, which would keep
        // its application out of the plan).
        Inventory readable = a.inventory;
        readable.applications[0].services.removeLast();
        const ScalingPlan plan = ScalingPlanner().plan(readable);
        QVERIFY(!plan.actions.isEmpty());
        const QString planText =
            QString::fromUtf8(ReportWriter::writePlan(ReportFormat::Text, plan, options));
        QCOMPARE(firstControl(planText, true), -1);
        const QJsonObject planJson =
            QJsonDocument::fromJson(ReportWriter::writePlan(ReportFormat::Json, plan), &error)
                .object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString command =
            planJson[u"actions"_s].toArray().first().toObject()[u"command"_s].toString();
        QCOMPARE(ShellQuote::split(command).value(2), utf8(name));
    }

    // A POSIX shell's own splitter, where Python is there: shlex in POSIX mode gives back the
    // exact names of every fix command whose names hold no control character (those are written
    // $'…', which shlex does not read: bash checks them below).
    void pythonShlexAgrees()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QJsonArray commands;
        QJsonArray expected;
        for (const auto &[tag, name] : hostileNames()) {
            if (name.contains(QChar(0)) || utf8(name) != name)
                continue; // a shell word holds no NUL; the JSON pipe below no lone surrogate
            if (!TerminalText::isClean(name))
                continue;
            commands.append(ShellQuote::scaleCommand(u"dotcloud"_s, name, name, 3));
            expected.append(QJsonArray::fromStringList(
                {u"dotcloud"_s, u"-A"_s, name, u"scale"_s, name + u":instances=3"_s}));
        }
        QProcess p;
        p.start(python, {u"-c"_s, u"import json,shlex,sys\n"
                                  "print(json.dumps([shlex.split(c) for c in "
                                  "json.load(sys.stdin)]))"_s});
        QVERIFY(p.waitForStarted(10'000));
        p.write(QJsonDocument(commands).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array(), expected);
    }

    // The shell a user pastes the fix command into gives back the exact names, control
    // characters included, while the command itself shows none of them raw.
    void bashAgrees_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[tag, name] : hostileNames())
            if (!name.contains(QChar(0)) && utf8(name) == name) // no shell word holds a NUL
                QTest::newRow(tag.constData()) << name;
    }

    void bashAgrees()
    {
        QFETCH(QString, name);
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        const QString command = ShellQuote::scaleCommand(u"dotcloud"_s, name, name, 3);
        QCOMPARE(firstControl(command, false), -1);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // \u escapes come out as UTF-8
        p.setProcessEnvironment(env);
        p.start(bash, {u"-c"_s, u"set -- "_s + command + u"; printf '%s\\0' \"$@\""_s});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);
        QStringList words = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
        QCOMPARE(words.takeLast(), QString());
        QCOMPARE(words,
                 QStringList({u"dotcloud"_s, u"-A"_s, name, u"scale"_s, name + u":instances=3"_s}));
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"www"_s << u"www"_s;
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("hyperlink")
            << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("plus") << u"+A1"_s << u"'+A1"_s;
        QTest::newRow("minus") << u"-A1"_s << u"'-A1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'␉x"_s;
        QTest::newRow("cr") << u"\rx"_s << u"'␍x"_s;
        QTest::newRow("fullwidth-equals") << u"\uFF1D1"_s << u"'\uFF1D1"_s;
        QTest::newRow("negative-number") << u"-3"_s << u"-3"_s;
        QTest::newRow("positive-number") << u"+1.5"_s << u"+1.5"_s;
        QTest::newRow("equals-inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("multi-line") << u"1. a\n2. b"_s << u"\"1. a\n2. b\""_s;
        QTest::newRow("escape") << u"a\x1b[2Jb"_s << u"a␛[2Jb"_s;
    }

    void csvCells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CsvReport::cell(value), cell);
    }
};

QTEST_GUILESS_MAIN(TestHostileReports)
#include "tst_hostilereports.moc"
