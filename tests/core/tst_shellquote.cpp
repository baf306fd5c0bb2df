#include "shellquote.h"

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
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("non-ascii") << u"café"_s << u"'café'"_s;
    }

    void quote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ShellQuote::quote(word), quoted);
        // shlex-style splitting gives back the exact word.
        QCOMPARE(ShellQuote::split(quoted), QStringList{word});
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
