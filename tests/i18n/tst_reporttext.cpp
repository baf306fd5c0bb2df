#include "reporttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The comparison tst_localizedaudit relies on, on outputs whose answer is known: a faithful
// translation leaves nothing, and each English text left is named, once, whatever the format.
class TestReportText : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> names() { return {u"alice"_s, u"analytics"_s, u"worker"_s}; }

    static QByteArray text(const char *title, const char *account, const char *finding1,
                           const char *finding2, const char *fix, const char *more,
                           const char *severity = "DANGER")
    {
        return QByteArray(title) + "\n" + account + ":   alice\n\n" + severity +
               "  analytics/worker  [single-host]\n    " + finding1 + "\n    " + finding2 +
               "\n    " + fix + ": dotcloud -A analytics scale worker:instances=3\n    " + more +
               ": docs/rules.md#single-host\n";
    }

private slots:
    void untranslated_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("english");
        QTest::addColumn<QByteArray>("translated");
        QTest::addColumn<QByteArray>("other");
        QTest::addColumn<QStringList>("expected");

        const QByteArray english =
            text("Scaling Advisor audit", "Account",
                 "All 2 instances of worker run on the same host, node-a12: the instances",
                 "protect against a crashed process, not against the loss of that machine.", "Fix",
                 "More");
        const QByteArray french =
            text("Audit Scaling Advisor", "Compte",
                 "Les 2 instances de worker s’exécutent sur le même hôte, node-a12 : elles",
                 "protègent contre l’arrêt d’un processus, pas contre la perte de la machine.",
                 "Correctif", "En savoir plus");
        const QByteArray german =
            text("Scaling-Advisor-Prüfung", "Konto",
                 "Alle 2 Instanzen von worker laufen auf demselben Host, node-a12: sie schützen",
                 "vor einem abgestürzten Prozess, nicht vor dem Verlust der Maschine.", "Behebung",
                 "Mehr", "GEFAHR");
        QTest::newRow("text, translated")
            << u"text"_s << english << french << german << QStringList();
        // A wrapped sentence is one message however the lines fall.
        QTest::newRow("text, a finding left in English")
            << u"text"_s << english
            << text("Audit Scaling Advisor", "Compte",
                    "All 3 instances of worker run on the same host, node-a12: the instances "
                    "protect",
                    "against a crashed process, not against the loss of that machine.", "Correctif",
                    "En savoir plus")
            << german
            << QStringList{u"\"All # instances of worker run on the same host, node-a#\""_s,
                           u"\"the instances protect against a crashed process, not against the "
                           "loss of that machine\""_s};
        // "Fix" is English wherever it stays; "Flavor" only once German also keeps it.
        QTest::newRow("text, labels left in both languages")
            << u"text"_s
            << text("Scaling Advisor audit", "Flavor", "All 2 instances of worker", "run.", "Fix",
                    "More")
            << text("Audit Scaling Advisor", "Flavor", "Les 2 instances de worker", "tournent.",
                    "Fix", "En savoir plus")
            << text("Scaling-Advisor-Prüfung", "Flavor", "Alle 2 Instanzen von worker", "laufen.",
                    "Fix", "Mehr", "GEFAHR")
            << QStringList{u"\"Flavor\" (the same in all three languages)"_s, u"\"Fix\""_s};

        const QByteArray csvHeader = "rule,severity,application,service,message,fix\n";
        QTest::newRow("csv: ids stay, prose is translated")
            << u"csv"_s
            << csvHeader + "single-host,danger,analytics,worker,\"All 2 instances of worker run "
                           "on one host.\",dotcloud -A analytics scale worker:instances=3\n"
            << csvHeader +
                   "single-host,danger,analytics,worker,\"Les 2 instances de worker "
                   "sont sur un seul hôte.\",dotcloud -A analytics scale worker:instances=3\n"
            << csvHeader +
                   "single-host,danger,analytics,worker,\"Alle 2 Instanzen von worker "
                   "laufen auf einem Host.\",dotcloud -A analytics scale worker:instances=3\n"
            << QStringList();
        QTest::newRow("csv: a message left in English")
            << u"csv"_s
            << csvHeader + "single-host,danger,analytics,worker,\"No instance is up.\",\n"
            << csvHeader + "single-host,danger,analytics,worker,\"No instance is up.\",\n"
            << csvHeader + "single-host,danger,analytics,worker,\"Keine Instanz läuft.\",\n"
            << QStringList{u"\"No instance is up\""_s};
        QTest::newRow("json: keys and ids stay")
            << u"json"_s
            << QByteArray(R"({"findings":[{"rule":"single-host","severity":"danger",)"
                          R"("message":"The service is not answering right now."}]})")
            << QByteArray(R"({"findings":[{"rule":"single-host","severity":"danger",)"
                          R"("message":"Le service ne répond pas en ce moment."}]})")
            << QByteArray(R"({"findings":[{"rule":"single-host","severity":"danger",)"
                          R"("message":"Der Dienst antwortet gerade nicht."}]})")
            << QStringList();
        QTest::newRow("html: text and what a screen reader reads")
            << u"html"_s
            << QByteArray("<html lang=\"en\"><head><style>h1{color:red}</style><title>Report for "
                          "alice</title></head><body><h1>Will your applications survive?</h1>"
                          "<svg aria-label=\"Instances per datacenter\"></svg>"
                          "<p>If data centre <strong>Amazon-us-east-1a</strong> failed, this "
                          "application would be <span>down</span>.</p></body></html>")
            << QByteArray("<html lang=\"fr\"><head><style>h1{color:red}</style><title>Rapport pour "
                          "alice</title></head><body><h1>Vos applications survivront-elles ?</h1>"
                          "<svg aria-label=\"Instances per datacenter\"></svg>"
                          "<p>Si le centre de données <strong>Amazon-us-east-1a</strong> tombait "
                          "en panne, cette application serait <span>hors service</span>.</p>"
                          "</body></html>")
            << QByteArray("<html lang=\"de\"><head><title>Bericht für alice</title></head><body>"
                          "<h1>Überstehen Ihre Anwendungen?</h1>"
                          "<svg aria-label=\"Instanzen pro Rechenzentrum\"></svg><p>Fiele das "
                          "Rechenzentrum <strong>Amazon-us-east-1a</strong> aus, wäre diese "
                          "Anwendung <span>ausgefallen</span>.</p></body></html>")
            << QStringList{u"\"Instances per datacenter\""_s};
        QTest::newRow("markdown escapes do not hide a sentence")
            << u"markdown"_s << QByteArray("All 2 instances of worker run on node\\-a12\\.\n")
            << QByteArray("All 2 instances of worker run on node\\-a12\\.\n")
            << QByteArray("Alle 2 Instanzen von worker laufen auf node\\-a12\\.\n")
            << QStringList{u"\"All # instances of worker run on node-a#\""_s};
    }

    void untranslated()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, english);
        QFETCH(QByteArray, translated);
        QFETCH(QByteArray, other);
        QFETCH(QStringList, expected);
        const QStringList found =
            ReportText::untranslated(format, english, translated, other, names());
        QVERIFY2(found == expected, qPrintable(found.join(u" | "_s)));
    }

    void commandsNamesAndNumbersAreNotProse_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<bool>("prose");
        QTest::newRow("a command") << u"dotcloud -A analytics scale worker:instances=#"_s << false;
        QTest::newRow("names") << u"analytics/worker"_s << false;
        QTest::newRow("a name alone") << u"worker"_s << false;
        QTest::newRow("a product") << u"MySQL"_s << false;
        QTest::newRow("a path") << u"docs/rules.md#single-host"_s << false;
        QTest::newRow("a label") << u"Fix"_s << true;
        QTest::newRow("a sentence with a name") << u"No instance of worker is up"_s << true;
    }

    void commandsNamesAndNumbersAreNotProse()
    {
        QFETCH(QString, clause);
        QFETCH(bool, prose);
        QCOMPARE(ReportText::isProse(clause, names()), prose);
    }
};

QTEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
