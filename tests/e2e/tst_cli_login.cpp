#include "clirunner.h"
#include "keychaincredentialstore.h"
#include "platformsimulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// `login` keeps credentials in the real keychain (a private Secret Service on a private session
// bus), later commands use them without any secret in sight, and `logout` removes them.
class TestCliLogin : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    QString m_api, m_username, m_password, m_apiKey;

    QProcessEnvironment withKey() const
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        env.insert(u"SCALING_ADVISOR_API_KEY"_s, m_apiKey);
        return env;
    }

    // What the keychain holds for the simulator's API, read as the binary would.
    QString storedSecret()
    {
        KeychainCredentialStore store;
        QString secret;
        QEventLoop loop;
        connect(&store, &CredentialStore::secretRead, &loop,
                [&](const QString &, const QString &s, CredentialStore::Error, const QString &) {
                    secret = s;
                    loop.quit();
                });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        store.readSecret(u"platform-api:"_s + m_api);
        loop.exec();
        return secret;
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_api = m_sim.apiUrl().toString();
        for (const QJsonValue &v : m_sim.startupInfo().value("users"_L1).toArray()) {
            const QJsonObject user = v.toObject();
            if (user.value("role"_L1).toString() == "developer"_L1) {
                m_username = user.value("username"_L1).toString();
                m_password = user.value("password"_L1).toString();
                m_apiKey = user.value("api_key"_L1).toString();
                break;
            }
        }
        QVERIFY(!m_password.isEmpty());
    }

    void loginWithTheKeyThenAuditWithoutIt()
    {
        const CliRunner::Run login = CliRunner::run({u"login"_s, u"--api"_s, m_api}, withKey());
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.err.contains(m_username.toUtf8()));

        // No key in the environment from here on.
        const CliRunner::Run audit = CliRunner::run(
            {u"audit"_s, u"--api"_s, m_api, u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QCOMPARE(QJsonDocument::fromJson(audit.out)
                     .object()
                     .value("source"_L1)
                     .toObject()
                     .value("user"_L1)
                     .toString(),
                 m_username);

        // The last login's API is the default.
        const CliRunner::Run byDefault = CliRunner::run({u"audit"_s, u"--fail-on"_s, u"never"_s});
        QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
    }

    void logoutForgetsTheCredentials()
    {
        const CliRunner::Run logout = CliRunner::run({u"logout"_s, u"--api"_s, m_api});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY(storedSecret().isEmpty());
        const CliRunner::Run audit = CliRunner::run({u"audit"_s, u"--api"_s, m_api});
        QCOMPARE(audit.exitCode, 1);
        QVERIFY2(audit.err.contains("login"), audit.err.constData());
        // Logging out twice is fine.
        QCOMPARE(CliRunner::run({u"logout"_s, u"--api"_s, m_api}).exitCode, 0);
    }

    void loginWithAPasswordKeepsOnlyAToken()
    {
        const CliRunner::Run login =
            CliRunner::run({u"login"_s, u"--api"_s, m_api, u"--username"_s, m_username},
                           CliRunner::cleanEnvironment(), m_password.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(!login.err.contains(m_password.toUtf8()));
        const QString secret = storedSecret();
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!secret.contains(m_password), "the password itself is not kept");
        QVERIFY(QJsonDocument::fromJson(secret.toUtf8()).object().contains("refresh_token"_L1));

        const CliRunner::Run audit =
            CliRunner::run({u"audit"_s, u"--api"_s, m_api, u"--fail-on"_s, u"never"_s});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QCOMPARE(CliRunner::run({u"logout"_s, u"--api"_s, m_api}).exitCode, 0);
    }

    void aWrongPasswordIsRefused()
    {
        const CliRunner::Run login =
            CliRunner::run({u"login"_s, u"--api"_s, m_api, u"--username"_s, m_username},
                           CliRunner::cleanEnvironment(), "not-the-password\n");
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains("cannot log in"), login.err.constData());
        QVERIFY(storedSecret().isEmpty());
    }

    void loginNeedsAUserOrAKey()
    {
        const CliRunner::Run login = CliRunner::run({u"login"_s, u"--api"_s, m_api});
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains("--username"), login.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
