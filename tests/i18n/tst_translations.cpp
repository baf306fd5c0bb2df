#include "languagechooser.h"
#include "reporttext.h"
#include "tsfile.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The translations a user gets: every message of the code translated in every shipped language,
// with the same %1/%n as the English, and the plural forms the language needs. The .ts files are
// first brought up to date with the code (lupdate, exactly as the update_translations target runs
// it, into a copy), so that a message added to the code and never translated fails here too.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, TsFile> m_stored; // language → the .ts as committed
    QHash<QString, TsFile> m_synced; // language → the same after lupdate over today's code
    QStringList m_lupdateWarnings;   // what lupdate said about the code

    static QString tsPath(const QString &folder, const QString &language)
    {
        return folder + u"/scaling-advisor_"_s + language + u".ts"_s;
    }

    static QStringList fromDefinition(const char *joined)
    {
        return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
    }

    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageChooser::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    static QString report(const QStringList &problems)
    {
        return u"%1 problem(s):\n  "_s.arg(problems.size()) + problems.join(u"\n  "_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString translations = qEnvironmentVariable("SA_SOURCE_DIR") + u"/translations"_s;
        const QStringList options = fromDefinition(SA_LUPDATE_OPTIONS);
        const QStringList folders = fromDefinition(SA_LUPDATE_DIRS);
        QVERIFY(!folders.isEmpty());
        for (const QString &language : LanguageChooser::shippedLanguages()) {
            const QString stored = tsPath(translations, language);
            const QString copy = tsPath(m_dir.path(), language);
            QVERIFY2(QFile::copy(stored, copy), qPrintable(stored));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList arguments = options;
            if (language == u"en"_s)
                arguments << u"-pluralonly"_s; // English carries only its plural forms
            arguments << folders << u"-ts"_s << copy;
            QProcess lupdate;
            lupdate.start(QString::fromUtf8(SA_LUPDATE_PATH), arguments);
            QVERIFY2(lupdate.waitForFinished(120000), SA_LUPDATE_PATH);
            const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
            QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                     qPrintable(warnings));
            if (language == u"fr"_s)
                m_lupdateWarnings = warnings.split(u'\n', Qt::SkipEmptyParts);
            m_stored.insert(language, TsFile::read(stored));
            m_synced.insert(language, TsFile::read(copy));
            QVERIFY2(m_stored[language].error.isEmpty(), qPrintable(m_stored[language].error));
            QVERIFY2(m_synced[language].error.isEmpty(), qPrintable(m_synced[language].error));
        }
    }

    void everyTranslationFileIsAShippedLanguage()
    {
        QDir folder(qEnvironmentVariable("SA_SOURCE_DIR") + u"/translations"_s);
        QStringList languages;
        for (const QString &name : folder.entryList({u"scaling-advisor_*.ts"_s}, QDir::Files))
            languages << name.section(u'_', 1).chopped(3);
        languages.sort();
        QStringList shipped = LanguageChooser::shippedLanguages();
        shipped.sort();
        QCOMPARE(languages, shipped);
    }

    void lupdateSeesEveryMessage()
    {
        // tr() outside a class (a free function, a lambda in a namespace): lupdate cannot give it
        // a context, drops it, and the user reads it in English whatever the language. The cure:
        // Class::tr("…") with Q_DECLARE_TR_FUNCTIONS(Class), or
        // QCoreApplication::translate("Class", "…").
        QStringList lost;
        for (const QString &line : std::as_const(m_lupdateWarnings))
            if (line.contains(u"cannot be called without context"_s))
                lost << line.trimmed();
        QVERIFY2(lost.isEmpty(), qPrintable(report(lost)));
    }

    void countsAreSeenAsPlurals()
    {
        // "%n" in a message lupdate did not see with a count (a helper such as
        // tr(const char *, int) hides it): the .ts has one form, and French or German plural
        // forms can never be given. Call tr(text, nullptr, n) or translate(ctx, text, nullptr, n).
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_synced[u"fr"_s].messages))
            if (m.current() && !m.numerus && m.source.contains(u"%n"_s))
                problems << m.label();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void everyMessageIsTranslated_data() { addLanguageRows(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QSet<QString> stored;
        for (const TsMessage &m : std::as_const(m_stored[language].messages))
            if (m.current())
                stored.insert(m.key());
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_synced[language].messages)) {
            if (!m.current())
                continue;
            if (!stored.contains(m.key()))
                problems << u"missing (run update_translations): "_s + m.label();
            else if (!m.finished())
                problems << u"unfinished: "_s + m.label();
        }
        if (language != u"en"_s)
            QVERIFY2(!m_synced[language].messages.isEmpty(), "no messages at all");
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void placeholdersMatchTheSource_data() { addLanguageRows(); }
    void placeholdersMatchTheSource()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_stored[language].messages)) {
            if (!m.current())
                continue;
            const QStringList expected = placeholdersOf(m.source);
            for (const QString &form : m.forms)
                if (!form.isEmpty() && placeholdersOf(form) != expected)
                    problems << u"%1 → \"%2\" has %3, the source %4"_s.arg(
                        m.label(), form, placeholdersOf(form).join(u' '), expected.join(u' '));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void pluralMessagesHaveEveryForm_data() { addLanguageRows(); }
    void pluralMessagesHaveEveryForm()
    {
        QFETCH(QString, language);
        // English, French and German have two plural forms in Qt (French: 0 and 1 are singular).
        const int forms = 2;
        QStringList problems;
        int plurals = 0;
        for (const TsMessage &m : std::as_const(m_stored[language].messages)) {
            if (!m.current())
                continue;
            if (m.numerus)
                ++plurals;
            if (m.numerus && m.forms.size() != forms)
                problems << u"%1 has %2 plural forms, not %3"_s.arg(m.label())
                                .arg(m.forms.size())
                                .arg(forms);
            if (language == u"en"_s && !m.numerus)
                problems << u"English carries only plural forms: "_s + m.label();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
        QVERIFY(plurals > 0);
    }

    void translationsAreNotEnglishCopies_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void translationsAreNotEnglishCopies()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const TsMessage &m : std::as_const(m_stored[language].messages))
            for (const QString &form : m.forms)
                if (m.current() && ReportText::readsAsEnglish(form))
                    problems << u"%1 → \"%2\" reads as English"_s.arg(m.label(), form);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
