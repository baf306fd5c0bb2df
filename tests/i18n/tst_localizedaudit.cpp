#include "clirunner.h"
#include "reporttext.h"
#include "tsfile.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every problem found, in one failure message.
#define REPORT_PROBLEMS(problems)                                                                  \
    do {                                                                                           \
        const QStringList found_ = (problems);                                                     \
        if (!found_.isEmpty())                                                                     \
            QFAIL(qPrintable(listed(found_)));                                                     \
    } while (false)

// A customer reads the audit in French or German: the real binary runs the demo audit in every
// report format, the plan and a simulation as text, and two errors, under LANG=fr_FR.UTF-8,
// LANG=de_DE.UTF-8 and English, and each English clause is looked for in the other runs. Left in
// English: a clause the French (or German) run shows exactly as the English one although it reads
// as English (or that French, German and English all show alike, names and commands aside), and any
// message of the code that appears with its English source text. No system locale needs to be
// generated: Qt's translators and QLocale carry their own data. Any English left fails the test,
// and so does a change of what a language must never change (exit codes, JSON keys, CSV header
// ids).
class TestLocalizedAudit : public QObject
{
    Q_OBJECT

private:
    struct Output
    {
        CliRunner::Run run;
        QByteArray shown; // stdout, the PDF as text, or stderr for an error
        QString problem;  // the case cannot run in this build
    };

    QTemporaryDir m_dir;
    QSet<QString> m_names;            // identifiers of the demo data, lower case
    QList<QRegularExpression> m_ts;   // the English source of every prose message, as a pattern
    QStringList m_tsLabels;           // their "[Context] source", same order
    QHash<QString, Output> m_english; // case → the English run

    static QProcessEnvironment environment(const QString &lang)
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC"})
            env.remove(QString::fromLatin1(variable));
        env.insert(u"LANG"_s, lang);
        return env;
    }

    QStringList arguments(const QString &kase) const
    {
        if (kase == u"error-usage"_s)
            return {u"audit"_s, u"--demo"_s, u"--format"_s, u"nope"_s};
        if (kase == u"error-runtime"_s)
            return {u"audit"_s, u"--snapshot"_s, m_dir.filePath(u"missing.json"_s)};
        if (kase == u"simulate"_s)
            return {u"simulate"_s, u"--demo"_s, u"--fail-datacenter"_s, u"Amazon-us-east-1a"_s};
        if (kase == u"plan"_s)
            return {u"plan"_s, u"--demo"_s};
        QStringList args{u"audit"_s, u"--demo"_s, u"--format"_s, kase, u"--fail-on"_s, u"never"_s};
        if (kase == u"pdf"_s)
            args << u"--output"_s << m_dir.filePath(u"report.pdf"_s);
        return args;
    }

    static QString format(const QString &kase)
    {
        if (kase == u"simulate"_s || kase == u"plan"_s)
            return u"text"_s;
        return kase.startsWith(u"error"_s) ? u"stderr"_s : kase;
    }

    Output run(const QString &kase, const QString &lang, const QStringList &extra = {}) const
    {
        Output out;
        out.run = CliRunner::run(arguments(kase) + extra, environment(lang));
        if (kase.startsWith(u"error"_s)) {
            out.shown = out.run.err;
        } else if (kase == u"pdf"_s) {
            if (out.run.exitCode != 0) {
                out.problem = u"audit --format pdf is not available: "_s +
                              QString::fromUtf8(out.run.err).trimmed();
                return out;
            }
            const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
            if (pdftotext.isEmpty()) {
                out.problem = u"pdftotext (poppler-utils) is not installed"_s;
                return out;
            }
            const CliRunner::Run text = CliRunner::runProgram(
                pdftotext, {m_dir.filePath(u"report.pdf"_s), u"-"_s}, environment(lang));
            out.shown = text.out;
        } else {
            out.shown = out.run.out;
        }
        return out;
    }

    QStringList proseClauses(const Output &output, const QString &kase) const
    {
        return ReportText::proseClauses(format(kase), output.shown, m_names);
    }

    // The English left in `translated` (language `name`), clause by clause and message by message.
    QStringList englishLeft(const QString &kase, const QString &name, const Output &translated,
                            const Output &other) const
    {
        QStringList problems;
        for (const QString &clause : ReportText::untranslated(
                 format(kase), m_english[kase].shown, translated.shown, other.shown, m_names))
            problems << u"%1 %2: %3"_s.arg(name, kase, clause);
        const QString text = ReportText::texts(format(kase), translated.shown).join(u'\n');
        for (qsizetype i = 0; i < m_ts.size(); ++i)
            if (m_ts[i].match(text).hasMatch())
                problems << u"%1 %2: message %3 shown in English"_s.arg(name, kase, m_tsLabels[i]);
        return problems;
    }

    // The problems as one failure message; empty when there are none.
    static QString listed(const QStringList &problems)
    {
        if (problems.isEmpty())
            return {};
        return u"%1 text(s) not in the user's language:\n  "_s.arg(problems.size()) +
               problems.join(u"\n  "_s);
    }

    void readDemoNames()
    {
        QFile file(qEnvironmentVariable("SA_SOURCE_DIR") + u"/resources/demo-dataset.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QList<QJsonValue> queue{QJsonDocument::fromJson(file.readAll()).object()};
        while (!queue.isEmpty()) {
            const QJsonValue value = queue.takeLast();
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    queue << it.value();
            } else if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (const QJsonValue &v : array)
                    queue << v;
            } else if (value.isString() && !value.toString().contains(u' ')) {
                m_names.insert(value.toString().toLower());
            }
        }
        QVERIFY(m_names.contains(u"worker"_s));
    }

    void readMessages()
    {
        const TsFile ts = TsFile::read(qEnvironmentVariable("SA_SOURCE_DIR") +
                                       u"/translations/scaling-advisor_fr.ts"_s);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
        static const QRegularExpression spaces(u"\\s+"_s);
        for (const TsMessage &m : ts.messages) {
            QString source = m.source;
            source.remove(u'&'); // accelerators
            if (!m.current() || !ReportText::readsAsEnglish(source) ||
                source.split(u' ', Qt::SkipEmptyParts).size() < 3)
                continue;
            QString pattern;
            qsizetype last = 0;
            for (const auto &p : placeholder.globalMatch(source)) {
                pattern += QRegularExpression::escape(source.mid(last, p.capturedStart() - last));
                pattern += u".+?"_s;
                last = p.capturedEnd();
            }
            pattern += QRegularExpression::escape(source.mid(last));
            pattern.replace(QRegularExpression(u"(\\\\\\s)+"_s), u"\\s+"_s);
            m_ts << QRegularExpression(pattern);
            m_tsLabels << m.label();
        }
        QVERIFY(!m_ts.isEmpty());
    }

    static QStringList cases()
    {
        return {u"text"_s, u"markdown"_s,    u"html"_s,          u"csv"_s,  u"json"_s,
                u"pdf"_s,  u"error-usage"_s, u"error-runtime"_s, u"plan"_s, u"simulate"_s};
    }

    static QStringList jsonKeys(const QJsonValue &value, const QString &path = {})
    {
        QStringList keys;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                keys << path + u'/' + it.key() << jsonKeys(it.value(), path + u'/' + it.key());
        } else if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                keys << jsonKeys(v, path + u"[]"_s);
        }
        keys.removeDuplicates();
        keys.sort();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(CliRunner::binaryPath()), qPrintable(CliRunner::binaryPath()));
        readDemoNames();
        readMessages();
        for (const QString &kase : cases()) {
            m_english.insert(kase, run(kase, u"en_US.UTF-8"_s));
            const Output &english = m_english[kase];
            if (!english.problem.isEmpty())
                continue;
            QVERIFY2(english.run.finished, qPrintable(kase));
            // The comparison means something only if the English run says something.
            QVERIFY2(proseClauses(english, kase).size() >= (kase.startsWith(u"error"_s) ? 1 : 10),
                     qPrintable(kase + u": "_s + QString::fromUtf8(english.shown.left(300))));
        }
    }

    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("kase");
        for (const QString &kase : cases())
            QTest::newRow(qPrintable(kase)) << kase;
    }

    void noEnglishLeft()
    {
        QFETCH(QString, kase);
        if (!m_english[kase].problem.isEmpty())
            QSKIP(qPrintable(m_english[kase].problem));
        const Output french = run(kase, u"fr_FR.UTF-8"_s);
        const Output german = run(kase, u"de_DE.UTF-8"_s);
        QVERIFY(french.run.finished && german.run.finished);

        // What a script relies on does not change with the language.
        QCOMPARE(french.run.exitCode, m_english[kase].run.exitCode);
        QCOMPARE(german.run.exitCode, m_english[kase].run.exitCode);
        if (kase == u"json"_s) {
            const QStringList keys =
                jsonKeys(QJsonDocument::fromJson(m_english[kase].shown).object());
            QVERIFY(!keys.isEmpty());
            QCOMPARE(jsonKeys(QJsonDocument::fromJson(french.shown).object()), keys);
            QCOMPARE(jsonKeys(QJsonDocument::fromJson(german.shown).object()), keys);
        }
        if (kase == u"csv"_s) {
            const QByteArray header =
                m_english[kase].shown.left(m_english[kase].shown.indexOf('\n'));
            QVERIFY(french.shown.startsWith(QByteArray(header + '\n')));
            QVERIFY(german.shown.startsWith(QByteArray(header + '\n')));
        }

        QStringList problems =
            englishLeft(kase, u"fr"_s, french, german) + englishLeft(kase, u"de"_s, german, french);
        if (kase == u"html"_s) {
            for (const auto &[name, output] : {std::pair{u"fr"_s, &french}, {u"de"_s, &german}})
                if (!output->shown.contains(QByteArray("<html lang=\"" + name.toLatin1())))
                    problems << u"%1 html: the page does not say lang=\"%1\""_s.arg(name);
        }
        REPORT_PROBLEMS(problems);
    }

    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("kase");
        QTest::addColumn<QString>("lang");
        for (const QString &kase : {u"text"_s, u"markdown"_s, u"html"_s, u"pdf"_s})
            for (const QString &lang : {u"fr_FR"_s, u"de_DE"_s})
                QTest::newRow(qPrintable(kase + u' ' + lang)) << kase << lang;
    }

    void datesFollowTheLanguage()
    {
        QFETCH(QString, kase);
        QFETCH(QString, lang);
        const Output output = run(kase, lang + u".UTF-8"_s);
        if (!output.problem.isEmpty())
            QSKIP(qPrintable(output.problem));
        const QString text = QString::fromUtf8(output.shown);
        const QLocale locale(lang);
        QStringList written;
        for (const QDate &day : {QDate::currentDate(), QDateTime::currentDateTimeUtc().date()}) {
            for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                written << locale.toString(day, format);
            for (const QString &pattern : {u"d MMMM yyyy"_s, u"d. MMMM yyyy"_s, u"d MMM yyyy"_s,
                                           u"d. MMM yyyy"_s, u"dd/MM/yyyy"_s, u"dd.MM.yyyy"_s})
                written << locale.toString(day, pattern);
        }
        written.removeDuplicates();
        for (const QString &date : std::as_const(written))
            if (text.contains(date))
                return;
        REPORT_PROBLEMS(QStringList{
            u"%1 %2: no date written the %1 way (%3)"_s.arg(lang, kase, written.join(u" | "_s))});
    }

    // The platform's words for an instance's state and role ("#2 down (master)") are told in the
    // reader's words inside a translated finding: a snapshot of the demo account with instances
    // down, hibernating and in every database role, audited in each language.
    void instanceStatusAndRoleWords()
    {
        const QString path = m_dir.filePath(u"states.json"_s);
        const CliRunner::Run saved = CliRunner::run(
            {u"snapshot"_s, u"--demo"_s, u"--output"_s, path}, environment(u"en_US.UTF-8"_s));
        QCOMPARE(saved.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject snapshot = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray applications = snapshot[u"applications"_s].toArray();
        QVERIFY(!applications.isEmpty());
        const QStringList statuses{u"down"_s, u"hibernating"_s};
        const QStringList roles{u"master"_s, u"slave"_s, u"primary"_s, u"secondary"_s};
        int changed = 0;
        for (qsizetype a = 0; a < applications.size(); ++a) {
            QJsonObject app = applications[a].toObject();
            QJsonArray services = app[u"services"_s].toArray();
            for (qsizetype s = 0; s < services.size(); ++s) {
                QJsonObject service = services[s].toObject();
                QJsonArray instances = service[u"instances"_s].toArray();
                // One instance of each service stays up: every state is told as "n of m".
                for (qsizetype i = 1; i < instances.size(); ++i, ++changed) {
                    QJsonObject instance = instances[i].toObject();
                    instance[u"status"_s] = statuses[changed % statuses.size()];
                    instance[u"role"_s] = roles[changed % roles.size()];
                    instances[i] = instance;
                }
                service[u"instances"_s] = instances;
                services[s] = service;
            }
            app[u"services"_s] = services;
            applications[a] = app;
        }
        QVERIFY(changed >= 4);
        snapshot[u"applications"_s] = applications;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(snapshot).toJson());
        file.close();

        static const QRegularExpression raw(
            u"\\\\?#\\d+ (up|down|hibernating)\\b|"
            "\\\\?\\((master|slave|primary|secondary)\\\\?\\)"_s); // Markdown escapes them
        const QStringList args{u"audit"_s,    u"--snapshot"_s, path,      u"--format"_s,
                               u"markdown"_s, u"--fail-on"_s,  u"never"_s};
        const CliRunner::Run english = CliRunner::run(args, environment(u"en_US.UTF-8"_s));
        QCOMPARE(english.exitCode, 0);
        // The check can fail: the English report names the states and roles.
        QVERIFY2(raw.match(QString::fromUtf8(english.out)).hasMatch(),
                 english.out.left(2000).constData());
        QStringList problems;
        for (const QString &lang : {u"fr_FR.UTF-8"_s, u"de_DE.UTF-8"_s}) {
            const CliRunner::Run translated = CliRunner::run(args, environment(lang));
            QCOMPARE(translated.exitCode, 0);
            const QString text = QString::fromUtf8(translated.out);
            for (const auto &m : raw.globalMatch(text))
                problems << u"%1 markdown: instance word shown in English: %2"_s.arg(lang.left(2),
                                                                                     m.captured());
        }
        problems.removeDuplicates();
        REPORT_PROBLEMS(problems);
    }

    void explicitLanguageWinsOverTheEnvironment()
    {
        // Support staff in France writing a report for a German customer.
        const Output chosen = run(u"text"_s, u"fr_FR.UTF-8"_s, {u"--language"_s, u"de"_s});
        if (chosen.run.exitCode == 2)
            REPORT_PROBLEMS(QStringList{u"audit --language de: "_s +
                                        QString::fromUtf8(chosen.run.err).trimmed()});
        QCOMPARE(chosen.run.exitCode, 0);
        const Output german = run(u"text"_s, u"de_DE.UTF-8"_s);
        QCOMPARE(proseClauses(chosen, u"text"_s), proseClauses(german, u"text"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedAudit)
#include "tst_localizedaudit.moc"
