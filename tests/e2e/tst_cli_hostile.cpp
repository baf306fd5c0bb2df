#include "clirunner.h"
#include "snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Hostile names and texts (terminal escapes, forged lines, bidi overrides, NUL, C1 controls,
// lone surrogates, 10 kB names) in an account, through every command and format of the command
// line: nothing reaches standard output or standard error that a terminal would obey.
class TestCliHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The characters a terminal interprets, found raw in the bytes; empty when there is none.
    // allowCrLf: CSV ends its records with CR LF (RFC 4180); json: only C0 controls count.
    static QString rawControl(const QByteArray &bytes, bool allowCrLf, bool allowBidi)
    {
        const QString text = QString::fromUtf8(bytes);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c == u'\n')
                continue;
            if (c == u'\r' && allowCrLf && i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            const bool c0 = c < 0x20 || c == 0x7f;
            const bool c1 = c >= 0x80 && c <= 0x9f;
            const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            const bool separator = c == 0x2028 || c == 0x2029;
            // JSON escapes C0 controls (RFC 8259); anything else is data there, kept exact.
            if (c0 || (!allowBidi && (c1 || bidi || separator)))
                return u"U+%1 at %2: …%3…"_s.arg(int(c), 4, 16, QChar(u'0'))
                    .arg(i)
                    .arg(text.mid(std::max<qsizetype>(0, i - 20), 40));
        }
        return {};
    }

    QString writeAccount(const QString &hostile)
    {
        Inventory inv;
        inv.user.username = u"alice"_s;
        inv.source = u"hostile"_s;
        inv.fetchedAt = QDateTime::currentDateTimeUtc();
        Datacenter dc;
        dc.name = u"Amazon-us-east-1a"_s;
        dc.provider = u"Amazon"_s;
        dc.region = u"us-east-1"_s;
        inv.datacenters = {dc};

        Application app;
        app.name = hostile;
        app.flavor = u"live"_s;
        Service www;
        www.name = hostile;
        www.serviceType = u"python"_s;
        www.instanceCount = 1;
        www.detailLoaded = true;
        Instance instance;
        instance.instanceId = 0;
        instance.datacenter = dc.name;
        instance.host = hostile;
        www.instances = {instance};
        app.services = {www};
        inv.applications = {app};
        inv.errors = {FetchError{hostile, hostile, u"the platform said: "_s + hostile}};

        const QString path = m_dir.filePath(u"hostile.json"_s);
        const Status written = Snapshot::write(inv, path);
        return written ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nothingATerminalWouldObey_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::newRow("OSC title") << u"\x1b]0;pwned\x07shop"_s;
        QTest::newRow("colour codes") << u"\x1b[31mred\x1b[0m"_s;
        QTest::newRow("forged line") << u"x\r\nscaling-advisor: all applications survive"_s;
        QTest::newRow("bare CR") << u"shop\rok"_s;
        QTest::newRow("right-to-left override") << u"\u202Egnp.exe"_s;
        QTest::newRow("isolate") << u"a\u2067b\u2069"_s;
        QTest::newRow("NUL") << QString(u"a"_s + QChar(u'\0') + u"b"_s);
        QTest::newRow("C1 NEL and CSI") << u"a\u0085b\u009b31m"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s;
        QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xd800) + u"b"_s);
        QTest::newRow("10 kB") << QString(10000, u'\x1b');
        QTest::newRow("shell") << u"$(touch pwned);id"_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s;
    }
    void nothingATerminalWouldObey()
    {
        QFETCH(QString, hostile);
        const QString snapshot = writeAccount(hostile);
        QVERIFY(!snapshot.isEmpty());

        struct Case
        {
            QStringList arguments;
            bool crlf = false; // CSV
            bool json = false; // bidi characters are data there, kept exact
        };
        const QList<Case> cases = {
            {{u"audit"_s, u"--format"_s, u"text"_s}},
            {{u"audit"_s, u"--format"_s, u"markdown"_s}},
            {{u"audit"_s, u"--format"_s, u"html"_s}},
            {{u"audit"_s, u"--format"_s, u"csv"_s}, true},
            {{u"audit"_s, u"--format"_s, u"json"_s}, false, true},
            {{u"plan"_s}},
            {{u"plan"_s, u"--format"_s, u"json"_s}, false, true},
            {{u"simulate"_s, u"--fail-host"_s, hostile}},
            {{u"simulate"_s, u"--fail-host"_s, u"no-such-host"_s}},
            {{u"simulate"_s, u"--fail-datacenter"_s, u"Amazon-us-east-1a"_s}},
        };
        for (const Case &c : cases) {
            const QStringList arguments =
                QStringList{c.arguments.first(), u"--snapshot"_s, snapshot} + c.arguments.mid(1);
            const CliRunner::Run run = CliRunner::run(arguments);
            const QString what = arguments.join(u' ');
            QVERIFY2(run.finished, qPrintable(what));
            QVERIFY2(run.exitCode >= 0 && run.exitCode <= 3, qPrintable(what));
            const QString inOut = rawControl(run.out, c.crlf, c.json);
            QVERIFY2(inOut.isEmpty(), qPrintable(what + u": stdout: "_s + inOut));
            const QString inErr = rawControl(run.err, false, false);
            QVERIFY2(inErr.isEmpty(), qPrintable(what + u": stderr: "_s + inErr));
            for (const QByteArray &line : run.err.split('\n'))
                QVERIFY2(!line.startsWith("scaling-advisor: all applications"),
                         qPrintable(what + u": a forged line on stderr"_s));
            if (c.json && run.exitCode != 2) {
                QJsonParseError error;
                QJsonDocument::fromJson(run.out, &error);
                QVERIFY2(error.error == QJsonParseError::NoError,
                         qPrintable(what + u": "_s + error.errorString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
