#include "terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("field");     // Lines::Visible
        QTest::addColumn<QString>("multiline"); // Lines::Keep
        QTest::newRow("plain") << u"www-1.example"_s << u"www-1.example"_s << u"www-1.example"_s;
        QTest::newRow("accents-and-emoji")
            << u"café \U0001F600 東京"_s << u"café \U0001F600 東京"_s << u"café \U0001F600 東京"_s;
        // OSC 0: would retitle the terminal.
        QTest::newRow("osc-title")
            << u"evil\x1b]0;pwned\x07"_s << u"evil␛]0;pwned␇"_s << u"evil␛]0;pwned␇"_s;
        QTest::newRow("csi-colour")
            << u"\x1b[31mred\x1b[0m"_s << u"␛[31mred␛[0m"_s << u"␛[31mred␛[0m"_s;
        // A forged second line: "scaling-advisor: …".
        QTest::newRow("crlf-forgery")
            << u"x\r\nscaling-advisor: all good"_s << u"x␍␊scaling-advisor: all good"_s
            << u"x␍\nscaling-advisor: all good"_s;
        QTest::newRow("lf-kept-in-prose") << u"1. a\n2. b"_s << u"1. a␊2. b"_s << u"1. a\n2. b"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a␉b"_s << u"a␉b"_s;
        QTest::newRow("nul") << QString(u"a\0b"_s) << u"a␀b"_s << u"a␀b"_s;
        QTest::newRow("del") << u"a\x7f"_s << u"a␡"_s << u"a␡"_s;
        QTest::newRow("c1-csi") << u"a\u009b31m"_s << u"a<U+009B>31m"_s << u"a<U+009B>31m"_s;
        QTest::newRow("c1-nel") << u"a\u0085b"_s << u"a<U+0085>b"_s << u"a<U+0085>b"_s;
        QTest::newRow("rlo") << u"invoice\u202Efdp.exe"_s << u"invoice<U+202E>fdp.exe"_s
                             << u"invoice<U+202E>fdp.exe"_s;
        QTest::newRow("lre-pdf") << u"\u202Ax\u202C"_s << u"<U+202A>x<U+202C>"_s
                                 << u"<U+202A>x<U+202C>"_s;
        QTest::newRow("isolates") << u"\u2066a\u2067b\u2068c\u2069"_s
                                  << u"<U+2066>a<U+2067>b<U+2068>c<U+2069>"_s
                                  << u"<U+2066>a<U+2067>b<U+2068>c<U+2069>"_s;
        QTest::newRow("line-separator") << u"a\u2028b"_s << u"a<U+2028>b"_s << u"a<U+2028>b"_s;
        QTest::newRow("lone-high-surrogate")
            << QString(QChar(0xD83D)) + u"x"_s << u"\uFFFDx"_s << u"\uFFFDx"_s;
        QTest::newRow("lone-low-surrogate")
            << u"x"_s + QString(QChar(0xDE00)) << u"x\uFFFD"_s << u"x\uFFFD"_s;
        QTest::newRow("swapped-surrogates") << QString(QChar(0xDE00)) + QString(QChar(0xD83D))
                                            << u"\uFFFD\uFFFD"_s << u"\uFFFD\uFFFD"_s;
    }

    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, field);
        QFETCH(QString, multiline);
        QCOMPARE(TerminalText::sanitize(input), field);
        QCOMPARE(TerminalText::sanitize(input, TerminalText::Lines::Keep), multiline);
        QCOMPARE(TerminalText::isClean(input), input == field);
        // What comes out is clean: sanitising twice changes nothing.
        QVERIFY(TerminalText::isClean(field));
        QCOMPARE(TerminalText::sanitize(field), field);
    }

    // Every code point below U+0100 and every bidi control: nothing a terminal interprets is left.
    void noControlSurvives()
    {
        QString all;
        for (char16_t c = 0; c < 0x100; ++c)
            all += QChar(c);
        for (char16_t c : {u'\u061C', u'\u200E', u'\u200F', u'\u2028', u'\u2029'})
            all += QChar(c);
        for (char16_t c = 0x202A; c <= 0x202E; ++c)
            all += QChar(c);
        for (char16_t c = 0x2066; c <= 0x2069; ++c)
            all += QChar(c);
        const QString out = TerminalText::sanitize(all);
        for (QChar c : out) {
            QVERIFY2(c.unicode() >= 0x20, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY(!(c.unicode() >= 0x7F && c.unicode() <= 0x9F));
            QVERIFY(!TerminalText::needsReplacing(c.unicode()));
        }
    }

    void longTextStaysWhole()
    {
        const QString big = QString(10'000, u'x') + u'\x1b' + QString(10'000, u'y');
        const QString out = TerminalText::sanitize(big);
        QCOMPARE(out.size(), big.size());
        QVERIFY(out.contains(u"x␛y"_s));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
