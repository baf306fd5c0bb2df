// FilterTexts answers as QString::contains would, word by word, for every row, whatever the
// script: the filter box's rule, kept byte-wise in UTF-8.
#include "filtertexts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFilterTexts : public QObject
{
    Q_OBJECT

private:
    static bool containsAllAsStrings(const QString &text, const QStringList &words)
    {
        if (text.isEmpty())
            return false;
        for (const QString &w : words)
            if (!text.contains(w))
                return false;
        return true;
    }

private slots:
    void matchesLikeStrings_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("words");
        const QStringList texts{u"shop www python ok"_s,
                                u"shop db mysql sandbox danger gefahr"_s,
                                u""_s,
                                u"crème brûlée à améliorer"_s,
                                u"größe straße warnung"_s,
                                u"ǆemal 🚀 rocket"_s,
                                u"w"_s,
                                u"nul\0inside a hostile name"_s,
                                u"app0123-eu"_s};
        // One ASCII letter or digit is answered from the rows' signatures alone.
        QTest::newRow("one letter") << texts << QStringList{u"w"_s};
        QTest::newRow("one digit") << texts << QStringList{u"2"_s};
        QTest::newRow("one other byte") << texts << QStringList{u"-"_s};
        QTest::newRow("one letter, one more byte") << texts << QStringList{u"p"_s, u"\u00e0"_s};
        QTest::newRow("a word") << texts << QStringList{u"mysql"_s};
        QTest::newRow("two words, one row") << texts << QStringList{u"shop"_s, u"sandbox"_s};
        QTest::newRow("two words, no row") << texts << QStringList{u"www"_s, u"sandbox"_s};
        QTest::newRow("accented") << texts << QStringList{u"brûl"_s};
        QTest::newRow("accent is not the letter") << texts << QStringList{u"brul"_s};
        QTest::newRow("sharp s") << texts << QStringList{u"ß"_s};
        QTest::newRow("astral plane") << texts << QStringList{u"🚀"_s};
        QTest::newRow("half of a letter's bytes never matches")
            << texts << QStringList{QString::fromUtf8("\xc3")}; // not valid alone: U+FFFD
        QTest::newRow("across two rows never matches") << texts << QStringList{u"okshop"_s};
        QTest::newRow("past a NUL a server sent") << texts << QStringList{u"inside"_s};
        QTest::newRow("nothing") << texts << QStringList{u"zzz"_s};
    }

    void matchesLikeStrings()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, words);
        FilterTexts filter;
        for (const QString &t : texts)
            filter.appendLowered({t});
        QCOMPARE(filter.size(), texts.size());
        const FilterTexts::Words utf8 = filter.wordsOf(words);
        for (int r = 0; r < texts.size(); ++r) {
            QCOMPARE(filter.text(r), texts.at(r));
            QVERIFY2(filter.containsAll(r, utf8) == containsAllAsStrings(texts.at(r), words),
                     qPrintable(texts.at(r)));
        }
        QVERIFY(!filter.containsAll(-1, utf8));
        QVERIFY(!filter.containsAll(texts.size(), utf8));
    }

    void joinedHalvesAreTheWhole()
    {
        // The loader makes the first rows' texts on another core and appends the rest.
        const QStringList texts{u"alpha"_s, u"beta gamma"_s, u""_s, u"delta"_s, u"épsilon"_s};
        FilterTexts whole, first, second;
        for (int r = 0; r < texts.size(); ++r) {
            whole.appendLowered({texts.at(r)});
            (r < 2 ? first : second).appendLowered({texts.at(r)});
        }
        first.append(second);
        QCOMPARE(first.size(), whole.size());
        for (int r = 0; r < texts.size(); ++r) {
            QCOMPARE(first.text(r), whole.text(r));
            for (const QString &w : {u"a"_s, u"ta"_s, u"psi"_s, u"lta"_s})
                QCOMPARE(first.containsAll(r, first.wordsOf({w})),
                         whole.containsAll(r, whole.wordsOf({w})));
        }
    }

    void loweredPartsAreTheLoweredText_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("ascii") << QStringList{u"Shop"_s, u"WWW"_s, u"Python-Worker"_s};
        QTest::newRow("latin") << QStringList{u"CRÈME"_s, u"Brûlée"_s};
        QTest::newRow("longer when lowered") << QStringList{u"İstanbul"_s, u"ok"_s};
        QTest::newRow("greek") << QStringList{u"ΣΑΣ"_s};
        QTest::newRow("astral") << QStringList{u"𐐀"_s, u"🚀 Rocket"_s}; // Deseret capital
        QTest::newRow("empty parts") << QStringList{QString(), u"A"_s, QString()};
    }

    void loweredPartsAreTheLoweredText()
    {
        // What the loader writes for each row: the same as lower-casing the joined text.
        QFETCH(QStringList, parts);
        FilterTexts lowered;
        if (parts.size() == 3)
            lowered.appendLowered({parts.at(0), parts.at(1), parts.at(2)});
        else if (parts.size() == 2)
            lowered.appendLowered({parts.at(0), parts.at(1)});
        else
            lowered.appendLowered({parts.at(0)});
        const QString expected = parts.join(u' ').toLower();
        QCOMPARE(lowered.text(0), expected);
        QCOMPARE(lowered.containsAll(0, lowered.wordsOf({expected})), !expected.isEmpty());
    }

    void randomTextsAgreeWithStrings()
    {
        // A seeded run over a small alphabet, so that partial matches are frequent; rows long
        // and short, so that a match falls in the sixteen-byte blocks and in the bytes after.
        QRandomGenerator rng(20261201);
        // "-" and the second byte of "ā" share a bit of the rows' signatures.
        const QString alphabet = u"abé ü-1ā"_s;
        const auto randomText = [&](int maxLength) {
            QString s;
            const int n = int(rng.bounded(maxLength + 1));
            for (int i = 0; i < n; ++i)
                s.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
            return s;
        };
        QStringList texts;
        FilterTexts filter;
        for (int r = 0; r < 500; ++r) {
            texts.append(randomText(r % 2 ? 30 : 90));
            filter.appendLowered({texts.last()});
        }
        for (int round = 0; round < 200; ++round) {
            QStringList words;
            for (int w = 0, n = 1 + int(rng.bounded(2)); w < n; ++w) {
                const QString word = randomText(round % 3 ? 4 : 9).remove(u' ');
                if (!word.isEmpty())
                    words.append(word);
            }
            const FilterTexts::Words utf8 = filter.wordsOf(words);
            for (int r = 0; r < texts.size(); ++r)
                QVERIFY2(filter.containsAll(r, utf8) == containsAllAsStrings(texts.at(r), words),
                         qPrintable(texts.at(r) + u" / "_s + words.join(u',')));
        }
    }
};

QTEST_GUILESS_MAIN(TestFilterTexts)
#include "tst_filtertexts.moc"
