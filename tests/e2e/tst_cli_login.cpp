#include "accountstore.h"
#include "boundedwait.h"
#include "clirunner.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "platformsimulator.h"
#include "verifyok.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// `login` keeps credentials in the real keychain (a private Secret Service on a private session
// bus) under the account the window uses too; later commands use them without any secret in
// sight; the window opens signed in; logging out in either place logs out both.
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

    // The account of the simulator's API in the shared store, read as the window reads it.
    static std::optional<Account> accountOf(const QString &api)
    {
        QSettings().sync();
        return AccountStore::findByApiUrl(api);
    }

    // What the keychain holds under a key, read as the window would (empty: nothing).
    static QString storedSecret(const QString &key)
    {
        KeychainCredentialStore store;
        const auto read = TestSupport::runAndWait(
            &store, &CredentialStore::secretRead, [&] { store.readSecret(key); },
            u"reading the keychain"_s, 30s);
        if (!read)
            qWarning("%s", qPrintable(read.error()));
        return read ? read->at(1).toString() : QString();
    }

    QString storedSecret() const
    {
        const auto account = accountOf(m_api);
        return account ? storedSecret(account->secretKey()) : QString();
    }

private slots:
    void initTestCase()
    {
        // The same settings file as the binary's.
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
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

    void theWindowOpensSignedInAfterLogin()
    {
        // What login left is the window's current account, with its secret and its snapshot.
        const auto account = accountOf(m_api);
        QVERIFY(account);
        QCOMPARE(AccountStore::currentName(), account->name);
        QCOMPARE(account->username, m_username);
        QVERIFY(QFileInfo::exists(AccountStore::cachePath(*account)));

        KeychainCredentialStore store;
        MainWindow window(&store);
        window.show();
        window.start();
        // Signed in: the secret was found, the account is in use and its data was read live (no
        // sign-in dialog). The title names the platform's user, the account label the account.
        auto *accountLabel = window.findChild<QLabel *>(u"accountLabel"_s);
        auto *dataAge = window.findChild<QLabel *>(u"dataAgeLabel"_s);
        QVERIFY(accountLabel && dataAge);
        QTRY_COMPARE_WITH_TIMEOUT(accountLabel->text(), account->name, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(dataAge->text(), u"fetched just now"_s, 30000);
        QCOMPARE(window.windowTitle(), m_username + u" — Scaling Advisor"_s);
        const auto dialogs = window.findChildren<QDialog *>();
        for (const QDialog *dialog : dialogs)
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->objectName()));
    }

    void logoutForgetsTheCredentials()
    {
        const CliRunner::Run logout = CliRunner::run({u"logout"_s, u"--api"_s, m_api});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY(storedSecret().isEmpty());
        QVERIFY(AccountStore::currentName().isEmpty()); // the window is logged out too
        const CliRunner::Run audit = CliRunner::run({u"audit"_s, u"--api"_s, m_api});
        QCOMPARE(audit.exitCode, 1);
        QVERIFY2(audit.err.contains("login"), audit.err.constData());
        // Logging out twice is fine.
        QCOMPARE(CliRunner::run({u"logout"_s, u"--api"_s, m_api}).exitCode, 0);
    }

    void theWindowsLogoutLogsTheCommandLineOut()
    {
        const CliRunner::Run login = CliRunner::run({u"login"_s, u"--api"_s, m_api}, withKey());
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const auto account = accountOf(m_api);
        QVERIFY(account);

        // The window's logout: the secret deleted, no current account.
        KeychainCredentialStore store;
        SA_VERIFY_OK(TestSupport::runAndWait(
            &store, &CredentialStore::secretDeleted,
            [&] { store.deleteSecret(account->secretKey()); }, u"deleting the secret"_s, 30s));
        AccountStore::setCurrentName(QString());
        QSettings().sync();

        const CliRunner::Run audit = CliRunner::run({u"audit"_s, u"--api"_s, m_api});
        QCOMPARE(audit.exitCode, 1);
        QVERIFY2(audit.err.contains("login"), audit.err.constData());
    }

    void theWindowsAccountSignsTheCommandLineIn()
    {
        // An account added in the window (API key as the window stores it) is the command
        // line's too.
        Account account;
        account.name = u"Work"_s;
        account.apiUrl = QUrl(m_api);
        account.auth = Account::Auth::ApiKey;
        KeychainCredentialStore store;
        SA_VERIFY_OK(TestSupport::runAndWait(
            &store, &CredentialStore::secretWritten,
            [&] { store.writeSecret(account.secretKey(), m_apiKey); }, u"writing the secret"_s,
            30s));
        QList<Account> all = AccountStore::load();
        all.removeIf(
            [](const Account &a) { return a.apiUrl.toString().startsWith(u"http://127"_s); });
        all.prepend(account);
        AccountStore::save(all);
        AccountStore::setCurrentName(account.name);
        QSettings().sync();

        const CliRunner::Run audit = CliRunner::run({u"audit"_s, u"--fail-on"_s, u"never"_s});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QCOMPARE(CliRunner::run({u"logout"_s}).exitCode, 0);
        QVERIFY(storedSecret(account.secretKey()).isEmpty());
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
        // Twice: a rotated refresh token was kept.
        const CliRunner::Run again =
            CliRunner::run({u"audit"_s, u"--api"_s, m_api, u"--fail-on"_s, u"never"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
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

QTEST_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
