#include "shellquote.h"
#include "terminaltext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"www"_s << u"www"_s;
        QTest::newRow("safe-punctuation")
            << u"a-b_c.d/e:f=g,h@i%j+k"_s << u"a-b_c.d/e:f=g,h@i%j+k"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("semicolon") << u"x;id"_s << u"'x;id'"_s;
        QTest::newRow("substitution") << u"$(touch pwned)"_s << u"'$(touch pwned)'"_s;
        QTest::newRow("backticks") << u"`id`"_s << u"'`id`'"_s;
        QTest::newRow("single-quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("double-quote") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
        QTest::newRow("glob") << u"*"_s << u"'*'"_s;
        QTest::newRow("tilde") << u"~root"_s << u"'~root'"_s;
        QTest::newRow("non-ascii") << u"café"_s << u"'café'"_s;
        QTest::newRow("emoji") << u"a\U0001F600b"_s << u"'a\U0001F600b'"_s;
        // Control characters never go out raw: $'…' with visible escapes.
        QTest::newRow("newline") << u"a\nb"_s << u"$'a\\nb'"_s;
        QTest::newRow("escape-sequence") << u"evil\x1b]0;title\x07"_s << u"$'evil\\e]0;title\\a'"_s;
        QTest::newRow("crlf-tab") << u"a\r\n\tb"_s << u"$'a\\r\\n\\tb'"_s;
        QTest::newRow("quote-and-control") << u"it's\x01\\"_s << u"$'it\\'s\\x01\\\\'"_s;
        QTest::newRow("rtl-override") << u"rtl\u202Etxt"_s << u"$'rtl\\u202Etxt'"_s;
        QTest::newRow("c1-control") << u"a\u009Bb"_s << u"$'a\\u009Bb'"_s;
        QTest::newRow("del") << u"a\x7F"_s << u"$'a\\x7F'"_s;
        QTest::newRow("nul") << u"a\0b"_s << u"$'a\\x00b'"_s;
        // A hex digit after an escape stays a character of its own (\xHH takes two digits).
        QTest::newRow("hex-after-escape") << u"\u001BAB"_s << u"$'\\eAB'"_s;
        QTest::newRow("hex-digit-after-x") << u"\u0001F"_s << u"$'\\x01F'"_s;
    }

    void quote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ShellQuote::quote(word), quoted);
        // shlex-style splitting gives back the exact word.
        QCOMPARE(ShellQuote::split(quoted), QStringList{word});
    }

    // bash itself gives back the exact word from every quoted form (no shell passes a NUL in an
    // argument).
    void bashGivesBackTheWord_data()
    {
        QTest::addColumn<QString>("word");
        for (const QString &word :
             {u"x;id"_s, u"$(touch pwned)"_s, u"it's"_s, u"say \"hi\""_s, u"a\nb"_s,
              u"evil\x1b]0;title\x07"_s, u"a\r\n\tb"_s, u"it's\x01\\"_s, u"rtl\u202Etxt"_s,
              u"a\u009Bb"_s, u"a\x7F"_s, u"\u001BAB"_s, u"\u0001F"_s, u"café"_s, u"a\U0001F600b"_s})
            QTest::addRow("%s", word.toUtf8().toPercentEncoding().constData()) << word;
    }

    void bashGivesBackTheWord()
    {
        QFETCH(QString, word);
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // \u escapes come out as UTF-8
        shell.setProcessEnvironment(env);
        shell.start(bash, {u"-c"_s, u"printf %s "_s + ShellQuote::quote(word)});
        QVERIFY(shell.waitForFinished(10'000));
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), word);
    }

    // The fix command of every hostile name splits back into the exact application and service.
    void scaleCommandRoundTrips_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("service");
        const QStringList hostile{
            u"www"_s,
            u"x;id"_s,
            u"$(touch pwned)"_s,
            u"`touch pwned`"_s,
            u"a'b\"c"_s,
            u"'"_s,
            u"=HYPERLINK(\"http://x\")"_s,
            u"evil\x1b]0;title\x07"_s,
            u"line\r\nbreak"_s,
            u"rtl\u202Etxt"_s,
            u"c1\u009B31m"_s,
            u"nul\0in"_s,
            u"lone\xD800surrogate"_s,
            u"it's\x1b[2J"_s,
            u".."_s,
            u"-rf"_s,
            u"a b\tc"_s,
            u"back\\slash"_s,
            u"!history"_s,
            QString(10'000, u'n'),
        };
        for (const QString &name : hostile)
            QTest::addRow("%s", name.left(24).toUtf8().toPercentEncoding().constData())
                << name << name;
    }

    void scaleCommandRoundTrips()
    {
        QFETCH(QString, app);
        QFETCH(QString, service);
        const QString command = ShellQuote::scaleCommand(u"dotcloud"_s, app, service, 3);
        bool ok = false;
        const QStringList words = ShellQuote::split(command, &ok);
        QVERIFY(ok);
        QCOMPARE(words, QStringList({u"dotcloud"_s, u"-A"_s, app, u"scale"_s,
                                     service + u":instances=3"_s}));
        // What reaches the terminal or a report (as UTF-8) has no raw control character to obey.
        const QString shown = QString::fromUtf8(command.toUtf8());
        QVERIFY2(TerminalText::isClean(shown), qPrintable(TerminalText::sanitize(shown)));
    }

    void examples()
    {
        QCOMPARE(ShellQuote::scaleCommand(u"dotcloud"_s, u"x;id"_s, u"www"_s, 3),
                 u"dotcloud -A 'x;id' scale www:instances=3"_s);
        QCOMPARE(ShellQuote::scaleCommand(u"dotcloud"_s, u"shop"_s, u"$(touch pwned)"_s, 2),
                 u"dotcloud -A shop scale '$(touch pwned)':instances=2"_s);
        QCOMPARE(ShellQuote::serviceCommand(u"dotcloud"_s, u"shop"_s, u"logs"_s, u"a b"_s),
                 u"dotcloud -A shop logs 'a b'"_s);
    }

    void splitLikeAShell_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("ok");
        QTest::newRow("spaces") << u"  a   b "_s << QStringList{u"a"_s, u"b"_s} << true;
        QTest::newRow("double-quotes")
            << u"\"a b\" \"c\\\"d\""_s << QStringList{u"a b"_s, u"c\"d"_s} << true;
        QTest::newRow("backslash") << u"a\\ b"_s << QStringList{u"a b"_s} << true;
        QTest::newRow("adjacent") << u"'a'b\"c\""_s << QStringList{u"abc"_s} << true;
        QTest::newRow("empty-word")
            << u"a '' b"_s << QStringList{u"a"_s, QString(), u"b"_s} << true;
        QTest::newRow("unterminated") << u"a 'b"_s << QStringList{u"a"_s, u"b"_s} << false;
    }

    void splitLikeAShell()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, words);
        QFETCH(bool, ok);
        bool parsed = !ok;
        QCOMPARE(ShellQuote::split(command, &parsed), words);
        QCOMPARE(parsed, ok);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
