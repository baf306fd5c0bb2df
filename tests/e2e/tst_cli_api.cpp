#include "clirunner.h"
#include "platformsimulator.h"
#include "simadmin.h"
#include "snapshot.h"
#include "verifyok.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `scaling-advisor … --api URL` against a separate platform (the simulator, started in this
// process on 127.0.0.1), as a developer and as support staff, with the API key in the environment.
class TestCliApi : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QTemporaryDir m_dir;
    QString m_api;
    QString m_developer, m_developerKey;
    QString m_support, m_supportKey;

    QProcessEnvironment withKey(const QString &key) const
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        env.insert(u"SCALING_ADVISOR_API_KEY"_s, key);
        return env;
    }

    static QJsonObject parseObject(const QByteArray &bytes)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        return doc.isObject() ? doc.object() : QJsonObject();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    CliRunner::Run audit(const QStringList &extra, const QString &key)
    {
        return CliRunner::run(QStringList{u"audit"_s, u"--api"_s, m_api} + extra, withKey(key));
    }

private slots:
    void initTestCase()
    {
        // The same identity as the binary, so that Snapshot::cachePath finds its cache.
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
        QVERIFY(m_dir.isValid());
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        m_api = m_sim.apiUrl().toString();
        for (const QJsonValue &v : m_sim.startupInfo().value("users"_L1).toArray()) {
            const QJsonObject user = v.toObject();
            if (user.value("role"_L1).toString() == "developer"_L1 && m_developer.isEmpty()) {
                m_developer = user.value("username"_L1).toString();
                m_developerKey = user.value("api_key"_L1).toString();
            } else if (user.value("role"_L1).toString() == "support"_L1) {
                m_support = user.value("username"_L1).toString();
                m_supportKey = user.value("api_key"_L1).toString();
            }
        }
        QVERIFY(!m_developerKey.isEmpty());
        QVERIFY(!m_supportKey.isEmpty());
    }

    void cleanup() { SA_VERIFY_OK(m_admin->clearFaults()); }

    void auditsWithTheKeyFromTheEnvironment()
    {
        const CliRunner::Run run =
            audit({u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, m_developerKey);
        QVERIFY2(run.finished, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseObject(run.out);
        const QJsonObject source = report.value("source"_L1).toObject();
        QCOMPARE(source.value("api"_L1).toString(), m_api);
        QCOMPARE(source.value("user"_L1).toString(), m_developer);
        QVERIFY(!report.value("findings"_L1).toArray().isEmpty());
        QCOMPARE(report.value("errors"_L1).toArray().size(), 0);
        // A complete read becomes the account's last good snapshot.
        QVERIFY(QFile::exists(Snapshot::cachePath(m_api, m_developer)));
    }

    void defaultsToTheApiInTheEnvironment()
    {
        QProcessEnvironment env = withKey(m_developerKey);
        env.insert(u"SCALING_ADVISOR_API_URL"_s, m_api);
        const CliRunner::Run run =
            CliRunner::run({u"audit"_s, u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseObject(run.out).value("source"_L1).toObject().value("api"_L1).toString(),
                 m_api);
    }

    void supportStaffAuditACustomer()
    {
        const CliRunner::Run mine =
            audit({u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, m_developerKey);
        const CliRunner::Run support =
            audit({u"--user"_s, m_developer, u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s},
                  m_supportKey);
        QVERIFY2(support.finished, support.err.constData());
        QCOMPARE(support.exitCode, 0);
        const QJsonObject report = parseObject(support.out);
        QCOMPARE(report.value("source"_L1).toObject().value("user"_L1).toString(), m_developer);
        QCOMPARE(report.value("findings"_L1).toArray(),
                 parseObject(mine.out).value("findings"_L1).toArray());
    }

    void aDeveloperCannotReadAnotherAccount()
    {
        const CliRunner::Run run = audit({u"--user"_s, m_support}, m_developerKey);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(m_api.toUtf8()), run.err.constData());
    }

    void aWrongKeyIsAnAuthenticationError()
    {
        const CliRunner::Run run =
            audit({}, u"AAAAAAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!run.err.contains("BBBBBBBBBB"), "the key is never echoed");
    }

    void withoutCredentialsItSaysHowToGiveThem()
    {
        const CliRunner::Run run = CliRunner::run({u"audit"_s, u"--api"_s, m_api});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("SCALING_ADVISOR_API_KEY"), run.err.constData());
    }

    void maintenancePointsAtTheCachedSnapshot()
    {
        QCOMPARE(audit({u"--fail-on"_s, u"never"_s}, m_developerKey).exitCode, 0);
        const QString cache = Snapshot::cachePath(m_api, m_developer);
        const QByteArray before = readFile(cache);
        QVERIFY(!before.isEmpty());

        SA_VERIFY_OK(m_admin->addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 418}}));
        const CliRunner::Run failed = audit({u"--fail-on"_s, u"never"_s}, m_developerKey);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.isEmpty());
        QVERIFY2(failed.err.toLower().contains("maintenance"), failed.err.constData());
        QVERIFY2(failed.err.contains(QString(u"--snapshot "_s + cache).toUtf8()),
                 failed.err.constData());
        QCOMPARE(readFile(cache), before); // a failed read never touches the last good data

        const CliRunner::Run offline =
            CliRunner::run({u"audit"_s, u"--snapshot"_s, cache, u"--fail-on"_s, u"never"_s});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY(offline.out.contains(m_developer.toUtf8()));
    }

    void servicesThatFailAreListedAndTheRestAudited()
    {
        const QString cache = Snapshot::cachePath(m_api, m_developer);
        const QJsonObject report = parseObject(
            audit({u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, m_developerKey).out);
        const QByteArray before = readFile(cache);
        QVERIFY(!before.isEmpty());

        // One service's detail keeps failing (after the client's retries).
        const QJsonObject first = report.value("placement"_L1).toArray().first().toObject();
        const QString app = first.value("application"_L1).toString();
        const QString service = first.value("service"_L1).toString();
        SA_VERIFY_OK(m_admin->addFault(
            {{u"kind"_s, u"status"_s},
             {u"status"_s, 500},
             {u"path_prefix"_s, u"/v1/me/applications/%1/services/%2"_s.arg(app, service)}}));

        const CliRunner::Run run =
            audit({u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, m_developerKey);
        QVERIFY2(run.finished, run.err.constData());
        // An incomplete audit does not pass a CI gate, but its report is written.
        QCOMPARE(run.exitCode, 1);
        const QJsonObject partial = parseObject(run.out);
        const QJsonArray errors = partial.value("errors"_L1).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.keys(), (QStringList{u"application"_s, u"error"_s, u"service"_s}));
        QCOMPARE(error.value("application"_L1).toString(), app);
        QCOMPARE(error.value("service"_L1).toString(), service);
        QVERIFY(!partial.value("findings"_L1).toArray().isEmpty());
        QVERIFY2(run.err.contains(QString(app + u'.' + service).toUtf8()), run.err.constData());
        QCOMPARE(readFile(cache), before); // partial data does not replace the last good data
    }

    void theApiKeyIsNeverWritten()
    {
        const QByteArray key = m_developerKey.toUtf8();
        const QByteArray secretPart = key.mid(key.indexOf(':') + 1);
        QVERIFY(secretPart.size() >= 20);
        QStringList files;
        QByteArrayList printed;
        for (const QString &format : {u"text"_s, u"json"_s, u"csv"_s, u"markdown"_s, u"html"_s}) {
            const QString file = m_dir.filePath(u"secret-check."_s + format);
            const CliRunner::Run run =
                audit({u"--format"_s, format, u"--output"_s, file, u"--fail-on"_s, u"never"_s},
                      m_developerKey);
            QCOMPARE(run.exitCode, 0);
            files << file;
            printed << run.out << run.err;
        }
        const QString snapshot = m_dir.filePath(u"secret-check-snapshot.json"_s);
        const CliRunner::Run saved = CliRunner::run(
            {u"snapshot"_s, u"--api"_s, m_api, u"--output"_s, snapshot}, withKey(m_developerKey));
        QCOMPARE(saved.exitCode, 0);
        files << snapshot;
        printed << saved.out << saved.err;
        const CliRunner::Run text = audit({u"--fail-on"_s, u"never"_s}, m_developerKey);
        printed << text.out << text.err;

        // Everything the command line keeps: settings and cached snapshots.
        for (const QString &root :
             {QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 6);
        for (const QString &file : std::as_const(files)) {
            const QByteArray bytes = readFile(file);
            QVERIFY2(!bytes.contains(secretPart), qPrintable(file));
        }
        for (const QByteArray &output : std::as_const(printed))
            QVERIFY2(!output.contains(secretPart), output.left(200).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
