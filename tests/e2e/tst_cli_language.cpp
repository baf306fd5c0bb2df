#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// --language writes the report in the customer's language whatever the desktop's, the
// environment decides without it, and what scripts read (JSON keys, rule ids, exit codes) stays.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_snapshot;

    static QProcessEnvironment withLang(const QString &lang)
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1StringView(name));
        env.insert(u"LANG"_s, lang);
        return env;
    }
    // The report without its timestamps (they differ from run to run).
    static QByteArray report(const CliRunner::Run &run)
    {
        static const QRegularExpression stamp(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"_s);
        return QString::fromUtf8(run.out).replace(stamp, u"T"_s).toUtf8();
    }
    CliRunner::Run audit(const QStringList &extra, const QString &lang)
    {
        return CliRunner::run(
            QStringList{u"audit"_s, u"--snapshot"_s, m_snapshot, u"--fail-on"_s, u"never"_s} +
                extra,
            withLang(lang));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_snapshot = m_dir.filePath(u"demo.json"_s);
        const CliRunner::Run saved =
            CliRunner::run({u"snapshot"_s, u"--demo"_s, u"--output"_s, m_snapshot});
        QCOMPARE(saved.exitCode, 0);
    }

    void theOptionWinsOverTheEnvironment_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void theOptionWinsOverTheEnvironment()
    {
        QFETCH(QString, language);
        const CliRunner::Run english = audit({u"--language"_s, u"en"_s}, u"C.UTF-8"_s);
        const CliRunner::Run chosen = audit({u"--language"_s, language}, u"C.UTF-8"_s);
        const CliRunner::Run otherDesktop = audit(
            {u"--language"_s, language}, language == "fr"_L1 ? u"de_DE.UTF-8"_s : u"fr_FR.UTF-8"_s);
        const CliRunner::Run fromEnvironment =
            audit({}, language == "fr"_L1 ? u"fr_FR.UTF-8"_s : u"de_DE.UTF-8"_s);
        for (const CliRunner::Run *run : {&english, &chosen, &otherDesktop, &fromEnvironment})
            QCOMPARE(run->exitCode, 0);
        QVERIFY2(report(chosen) != report(english), "the report is not in English");
        QCOMPARE(report(otherDesktop), report(chosen));
        QCOMPARE(report(fromEnvironment), report(chosen));
        QCOMPARE(report(audit({}, u"C"_s)), report(english));
    }

    void whatScriptsReadStays()
    {
        const CliRunner::Run english =
            audit({u"--format"_s, u"json"_s, u"--language"_s, u"en"_s}, u"C.UTF-8"_s);
        const CliRunner::Run french =
            audit({u"--format"_s, u"json"_s, u"--language"_s, u"fr"_s}, u"C.UTF-8"_s);
        const QJsonObject en = QJsonDocument::fromJson(english.out).object();
        const QJsonObject fr = QJsonDocument::fromJson(french.out).object();
        QVERIFY(!en.isEmpty());
        QCOMPARE(fr.keys(), en.keys());
        QCOMPARE(fr.value("summary"_L1), en.value("summary"_L1));
        const QJsonArray enFindings = en.value("findings"_L1).toArray();
        const QJsonArray frFindings = fr.value("findings"_L1).toArray();
        QCOMPARE(frFindings.size(), enFindings.size());
        for (qsizetype i = 0; i < enFindings.size(); ++i)
            QCOMPARE(frFindings.at(i)[u"rule"_s], enFindings.at(i)[u"rule"_s]);
        // Exit codes too.
        QCOMPARE(CliRunner::run({u"audit"_s, u"--snapshot"_s, m_snapshot, u"--language"_s, u"de"_s},
                                withLang(u"C.UTF-8"_s))
                     .exitCode,
                 3);
    }

    void anUnknownLanguageIsAUsageError()
    {
        const CliRunner::Run run = audit({u"--language"_s, u"es"_s}, u"C.UTF-8"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("es"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
