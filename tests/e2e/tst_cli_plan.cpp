#include "clirunner.h"
#include "platformsimulator.h"
#include "resilience.h"
#include "snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `scaling-advisor plan` and `apply` against the simulator started in this process: the plan in
// text and JSON, the refusals that are usage errors, and an applied plan measured by a fresh read
// of the account — the saved applications survive, the untouched services are as they were.
class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    QTemporaryDir m_dir;
    QString m_api;

    QString keyOf(const QString &role) const
    {
        for (const QJsonValue &v : m_sim->startupInfo().value("users"_L1).toArray())
            if (v[u"role"_s].toString() == role)
                return v[u"api_key"_s].toString();
        return {};
    }
    QProcessEnvironment withKey(const QString &role) const
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        env.insert(u"SCALING_ADVISOR_API_KEY"_s, keyOf(role));
        return env;
    }
    // The account as the platform has it now, through the binary's own snapshot command.
    Inventory readAccount(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const CliRunner::Run run = CliRunner::run(
            {u"snapshot"_s, u"--api"_s, m_api, u"--output"_s, path}, withKey(u"developer"_s));
        if (run.exitCode != 0)
            qWarning("snapshot failed: %s", run.err.constData());
        const Result<Inventory> inventory = Snapshot::read(path);
        return inventory ? inventory.value() : Inventory();
    }
    static QHash<QString, int> instanceCounts(const Inventory &inventory)
    {
        QHash<QString, int> counts;
        for (const Application &a : inventory.applications)
            for (const Service &s : a.services)
                counts.insert(a.name + u'/' + s.name, s.instanceCount);
        return counts;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<PlatformSimulator>();
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_api = m_sim->apiUrl().toString();
    }
    void cleanup() { m_sim.reset(); }

    void planAsText()
    {
        const CliRunner::Run run =
            CliRunner::run({u"plan"_s, u"--api"_s, m_api}, withKey(u"developer"_s));
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("survive the loss of any one datacenter"), run.out.constData());
        QVERIFY2(run.out.contains("dotcloud -A "), run.out.constData());
        QVERIFY2(run.out.contains(":instances="), run.out.constData());
    }

    void planAsJson()
    {
        const CliRunner::Run run = CliRunner::run(
            {u"plan"_s, u"--api"_s, m_api, u"--format"_s, u"json"_s}, withKey(u"developer"_s));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject plan = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(plan.value("survive_any_datacenter_now"_L1).isDouble());
        QVERIFY(plan.value("manual"_L1).isArray());
        const QJsonArray actions = plan.value("actions"_L1).toArray();
        QVERIFY(!actions.isEmpty());
        for (const QJsonValue &v : actions) {
            const QJsonObject a = v.toObject();
            for (const char *key : {"application", "service", "instances", "command", "saves"})
                QVERIFY2(a.contains(QLatin1StringView(key)), key);
            QVERIFY(a.value("command"_L1).toString().startsWith("dotcloud -A "_L1));
            QVERIFY(a.value("instances"_L1).toInt() >= 2);
        }
        for (const QJsonValue &v : plan.value("manual"_L1).toArray())
            for (const char *key : {"application", "service", "rule", "steps"})
                QVERIFY2(v.toObject().contains(QLatin1StringView(key)), key);
    }

    void applyRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no terminal and no --yes")
            << QStringList() << u"developer"_s << QByteArray("--yes");
        QTest::newRow("a support key")
            << QStringList{u"--yes"_s} << u"support"_s << QByteArray("support");
    }
    void applyRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, role);
        QFETCH(QByteArray, mentions);
        const QHash<QString, int> before = instanceCounts(readAccount(u"before.json"_s));
        const CliRunner::Run run =
            CliRunner::run(QStringList{u"apply"_s, u"--api"_s, m_api} + args, withKey(role));
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("scaling-advisor: "), run.err.constData());
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QCOMPARE(instanceCounts(readAccount(u"after.json"_s)), before);
    }

    void applyToASnapshotIsAUsageError()
    {
        const CliRunner::Run run =
            CliRunner::run({u"apply"_s, u"--snapshot"_s, m_dir.filePath(u"x.json"_s), u"--yes"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("snapshot"), run.err.constData());
        QVERIFY2(run.err.contains("--help"), run.err.constData());
    }

    void applyCarriesThePlanOut()
    {
        const Inventory before = readAccount(u"before.json"_s);
        const Resilience resilienceBefore = Resilience::of(before);
        const CliRunner::Run planned = CliRunner::run(
            {u"plan"_s, u"--api"_s, m_api, u"--format"_s, u"json"_s}, withKey(u"developer"_s));
        QCOMPARE(planned.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(planned.out).object();
        const QJsonArray actions = plan.value("actions"_L1).toArray();
        QVERIFY(!actions.isEmpty());

        const CliRunner::Run applied =
            CliRunner::run({u"apply"_s, u"--api"_s, m_api, u"--yes"_s}, withKey(u"developer"_s));
        QVERIFY2(applied.finished, applied.err.constData());
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QVERIFY2(applied.out.contains("Before → after"), applied.out.constData());
        QVERIFY2(
            applied.out.contains(
                QString(u"%1 of %2 action"_s.arg(actions.size()).arg(actions.size())).toUtf8()),
            applied.out.constData());

        // A fresh read of the account: every action done, every saved application survives,
        // and nothing outside the plan changed.
        const Inventory after = readAccount(u"after.json"_s);
        const Resilience resilienceAfter = Resilience::of(after);
        QHash<QString, int> expected = instanceCounts(before);
        QSet<QString> saved;
        for (const QJsonValue &v : actions) {
            const QJsonObject a = v.toObject();
            expected.insert(a.value("application"_L1).toString() + u'/' +
                                a.value("service"_L1).toString(),
                            a.value("instances"_L1).toInt());
            for (const QJsonValue &app : a.value("saves"_L1).toArray())
                saved.insert(app.toString());
        }
        QCOMPARE(instanceCounts(after), expected);
        QVERIFY(!saved.isEmpty());
        for (const QString &app : std::as_const(saved))
            QVERIFY2(resilienceAfter.survivesAnyDatacenter(app), qPrintable(app));
        // Applications that survived before still do.
        for (const Application &a : before.applications)
            if (resilienceBefore.survivesAnyDatacenter(a.name))
                QVERIFY2(resilienceAfter.survivesAnyDatacenter(a.name), qPrintable(a.name));
        QVERIFY(resilienceAfter.surviveAnyDatacenter > resilienceBefore.surviveAnyDatacenter);
        QCOMPARE(resilienceBefore.surviveAnyDatacenter,
                 plan.value("survive_any_datacenter_now"_L1).toInt());
        qInfo("demo account: %d → %d of %d applications survive any one datacenter",
              resilienceBefore.surviveAnyDatacenter, resilienceAfter.surviveAnyDatacenter,
              resilienceAfter.applications);

        // Nothing left to do.
        const CliRunner::Run again = CliRunner::run(
            {u"plan"_s, u"--api"_s, m_api, u"--format"_s, u"json"_s}, withKey(u"developer"_s));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(
            QJsonDocument::fromJson(again.out).object().value("actions"_L1).toArray().isEmpty());
    }

    void applyAsksOnATerminal()
    {
        // script(1) gives the binary a pseudo-terminal; the answer "n" changes nothing.
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is not installed");
        const QHash<QString, int> before = instanceCounts(readAccount(u"before.json"_s));
        const QString command = u"'%1' apply --api '%2'"_s.arg(CliRunner::binaryPath(), m_api);
        const CliRunner::Run run = CliRunner::runProgram(
            u"script"_s, {u"-qec"_s, command, u"/dev/null"_s}, withKey(u"developer"_s), "n\n");
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("[y/N]"), run.out.constData());
        QVERIFY2(run.out.contains("Nothing was changed"), run.out.constData());
        QCOMPARE(instanceCounts(readAccount(u"after.json"_s)), before);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
