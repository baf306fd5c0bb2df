#include "languagechooser.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which language a user gets from the environment their desktop or shell gives, or from an
// explicit choice; and that the translators really change what the program says.
class TestLanguageChooser : public QObject
{
    Q_OBJECT

private:
    // "LANG=fr_FR.UTF-8 LANGUAGE=de" → an environment with exactly those variables.
    static QProcessEnvironment environment(const QString &assignments)
    {
        QProcessEnvironment env;
        for (const QString &assignment : assignments.split(u' ', Qt::SkipEmptyParts))
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        return env;
    }

private slots:
    void fromTheEnvironment_data()
    {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("locale");
        QTest::newRow("nothing set") << u""_s << u"en_US"_s;
        QTest::newRow("LANG french") << u"LANG=fr_FR.UTF-8"_s << u"fr_FR"_s;
        QTest::newRow("LANG german, Austria") << u"LANG=de_AT.UTF-8"_s << u"de_AT"_s;
        QTest::newRow("LANG swiss french with modifier") << u"LANG=fr_CH.utf8@euro"_s << u"fr_CH"_s;
        QTest::newRow("LANG language only") << u"LANG=de"_s << u"de_DE"_s;
        QTest::newRow("LANG not shipped") << u"LANG=es_ES.UTF-8"_s << u"en_US"_s;
        QTest::newRow("LANG british") << u"LANG=en_GB.UTF-8"_s << u"en_GB"_s;
        QTest::newRow("LC_MESSAGES over LANG")
            << u"LANG=fr_FR.UTF-8 LC_MESSAGES=de_DE.UTF-8"_s << u"de_DE"_s;
        QTest::newRow("LC_ALL over LC_MESSAGES")
            << u"LC_MESSAGES=de_DE.UTF-8 LC_ALL=fr_FR.UTF-8"_s << u"fr_FR"_s;
        QTest::newRow("LC_ALL=C asks for English")
            << u"LANG=fr_FR.UTF-8 LC_ALL=C LANGUAGE=fr"_s << u"en_US"_s;
        QTest::newRow("C.UTF-8 is C") << u"LANG=C.UTF-8 LANGUAGE=de"_s << u"en_US"_s;
        QTest::newRow("POSIX is C") << u"LANG=POSIX"_s << u"en_US"_s;
        QTest::newRow("LANGUAGE ignored without a locale") << u"LANGUAGE=fr"_s << u"en_US"_s;
        QTest::newRow("LANGUAGE over LANG") << u"LANG=fr_FR.UTF-8 LANGUAGE=de"_s << u"de_DE"_s;
        QTest::newRow("LANGUAGE takes LANG's territory")
            << u"LANG=de_CH.UTF-8 LANGUAGE=de"_s << u"de_CH"_s;
        QTest::newRow("LANGUAGE first shipped entry")
            << u"LANG=es_ES.UTF-8 LANGUAGE=es:pt_BR:fr_CA:de"_s << u"fr_CA"_s;
        QTest::newRow("LANGUAGE english before french")
            << u"LANG=fr_FR.UTF-8 LANGUAGE=en:fr"_s << u"en_US"_s;
        QTest::newRow("LANGUAGE without a shipped entry")
            << u"LANG=fr_FR.UTF-8 LANGUAGE=es:it"_s << u"en_US"_s;
        QTest::newRow("empty LANGUAGE") << u"LANG=de_DE.UTF-8 LANGUAGE="_s << u"de_DE"_s;
        QTest::newRow("empty LC_ALL is unset") << u"LC_ALL= LANG=fr_FR.UTF-8"_s << u"fr_FR"_s;
    }

    void fromTheEnvironment()
    {
        QFETCH(QString, variables);
        QFETCH(QString, locale);
        const Result<QLocale> chosen = LanguageChooser::choose({}, environment(variables));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
        QCOMPARE(chosen->name(), locale);
    }

    void explicitChoiceWins_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("locale");
        QTest::newRow("fr") << u"fr"_s << u"fr_FR"_s;
        QTest::newRow("de") << u"de"_s << u"de_DE"_s;
        QTest::newRow("en") << u"en"_s << u"en_US"_s;
        QTest::newRow("de-CH") << u"de-CH"_s << u"de_CH"_s;
        QTest::newRow("fr_BE") << u"fr_BE"_s << u"fr_BE"_s;
        QTest::newRow("upper case") << u"FR"_s << u"fr_FR"_s;
    }

    void explicitChoiceWins()
    {
        QFETCH(QString, choice);
        QFETCH(QString, locale);
        const Result<QLocale> chosen
            = LanguageChooser::choose(choice, environment(u"LC_ALL=de_DE.UTF-8 LANGUAGE=de"_s));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
        QCOMPARE(chosen->name(), locale);
    }

    void unknownExplicitChoiceIsAnError()
    {
        const Result<QLocale> chosen = LanguageChooser::choose(u"es"_s, environment({}));
        QVERIFY(!chosen.ok());
        QVERIFY2(chosen.error().contains(u"'es'"_s), qPrintable(chosen.error()));
        QVERIFY2(chosen.error().contains(u"en, fr, de"_s), qPrintable(chosen.error()));
    }

    void everyShippedLanguageIsEmbedded()
    {
        for (const QString &language : LanguageChooser::shippedLanguages())
            QVERIFY2(QFile::exists(LanguageChooser::translationFile(language)),
                     qPrintable(language));
    }

    void installChangesWhatTheProgramSays()
    {
        // A message of the core, its plural forms, and the locale of numbers.
        const auto unknown = [] {
            return LanguageChooser::choose(u"xx"_s, environment({})).error();
        };
        QVERIFY(LanguageChooser::install(u"fr"_s).ok());
        QCOMPARE(QLocale().name(), u"fr_FR"_s);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u202f234,5"_s);
        const QString french = unknown();
        QVERIFY2(!french.startsWith(u"unknown language"_s), qPrintable(french));

        QVERIFY(LanguageChooser::install(u"de"_s).ok());
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        const QString german = unknown();
        QVERIFY2(german != french && !german.startsWith(u"unknown language"_s),
                 qPrintable(german));

        // English replaces the earlier translators rather than stacking on them.
        QVERIFY(LanguageChooser::install(u"en"_s).ok());
        QVERIFY2(unknown().startsWith(u"unknown language"_s), qPrintable(unknown()));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);

        // An unknown choice leaves everything as it was.
        QVERIFY(LanguageChooser::install(u"fr"_s).ok());
        QVERIFY(!LanguageChooser::install(u"xx"_s).ok());
        QCOMPARE(unknown(), french);
        QVERIFY(LanguageChooser::install(u"en"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestLanguageChooser)
#include "tst_languagechooser.moc"
