#include "logincommand.h"

#include "accountstore.h"
#include "clisettings.h"
#include "console.h"
#include "exitcode.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "platformclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int LoginCommand::run(const Command &command)
{
    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    CliSettings::migrateLegacyLogin(keychain);

    const QString apiUrl = CliSettings::resolveApiUrl(command.source.apiUrl);
    const QString apiKey = qEnvironmentVariable("SCALING_ADVISOR_API_KEY").trimmed();

    PlatformCredentials credentials;
    if (!apiKey.isEmpty()) {
        credentials.apiKey = apiKey;
    } else {
        if (command.username.isEmpty()) {
            Console::error(QCoreApplication::translate(
                "LoginCommand", "login needs --username NAME (its password is then read from "
                                "standard input), or an API key in SCALING_ADVISOR_API_KEY"));
            return ExitCode::UsageError;
        }
        QString password;
        if (!Console::readSecretLine(
                QCoreApplication::translate("LoginCommand", "Password for %1 at %2: ")
                    .arg(command.username, apiUrl),
                &password) ||
            password.isEmpty()) {
            Console::error(QCoreApplication::translate("LoginCommand", "no password given"));
            return ExitCode::RuntimeError;
        }
        credentials.username = command.username;
        credentials.password = password;
    }

    PlatformClient client;
    client.setOptions(CliSettings::clientOptions(command.source, apiUrl));
    client.setCredentials(credentials);
    const Result<User> user = client.signInAndWait();
    if (!user) {
        QString message = user.error();
        if (client.lastError().kind == PlatformErrorKind::Insecure &&
            !message.contains("--allow-insecure-http"_L1))
            message += QCoreApplication::translate(
                "LoginCommand",
                " (plain http:// is only allowed to a loopback host unless you pass "
                "--allow-insecure-http)");
        Console::error(QCoreApplication::translate("LoginCommand", "cannot log in to %1: %2")
                           .arg(apiUrl, message));
        return ExitCode::RuntimeError;
    }

    // The account of the shared store (the window signs in with it too); the least powerful
    // secret that works: the API key, else the refresh token, the password only without one.
    const bool byKey = !apiKey.isEmpty();
    Account account;
    if (const auto existing = AccountStore::findByApiUrl(apiUrl, user->username))
        account = *existing;
    else
        account.name = AccountStore::suggestedName(apiUrl, user->username);
    account.apiUrl = QUrl(apiUrl);
    account.username = user->username;
    account.auth = byKey ? Account::Auth::ApiKey : Account::Auth::Password;
    account.support = user->role == u"support"_s;
    PlatformCredentials granted = client.credentials();
    if (!byKey && granted.refreshToken.isEmpty())
        granted.password = credentials.password;
    const QString secret = AccountStore::secretFor(account, granted);

    if (Status written = keychain.write(account.secretKey(), secret); !written) {
        Console::error(
            QCoreApplication::translate("LoginCommand",
                                        "logged in as %1, but cannot keep the credentials: %2. Set "
                                        "SCALING_ADVISOR_API_KEY for each command instead")
                .arg(user->username, written.error()));
        return ExitCode::RuntimeError;
    }
    AccountStore::upsert(account);
    AccountStore::setCurrentName(account.name);
    Console::note(QCoreApplication::translate(
                      "LoginCommand",
                      "Logged in to %1 as %2 (%3), account \"%4\". The credentials are in the "
                      "system keychain; the window uses the same account.")
                      .arg(apiUrl, user->username, user->role, account.name));
    return ExitCode::Ok;
}
