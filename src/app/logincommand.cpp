#include "logincommand.h"

#include "clisettings.h"
#include "console.h"
#include "exitcode.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "platformclient.h"
#include "storedcredentials.h"

using namespace Qt::StringLiterals;

int LoginCommand::run(const Command &command)
{
    const QString apiUrl = CliSettings::resolveApiUrl(command.source.apiUrl);
    const QString apiKey = qEnvironmentVariable("SCALING_ADVISOR_API_KEY").trimmed();

    PlatformCredentials credentials;
    if (!apiKey.isEmpty()) {
        credentials.apiKey = apiKey;
    } else {
        if (command.username.isEmpty()) {
            Console::error(u"login needs --username NAME (its password is then read from standard "
                           "input), or an API key in SCALING_ADVISOR_API_KEY"_s);
            return ExitCode::UsageError;
        }
        QString password;
        if (!Console::readSecretLine(u"Password for %1 at %2: "_s.arg(command.username, apiUrl),
                                     &password) ||
            password.isEmpty()) {
            Console::error(u"no password given"_s);
            return ExitCode::RuntimeError;
        }
        credentials.username = command.username;
        credentials.password = password;
    }

    PlatformClient client;
    PlatformClientOptions options;
    options.apiUrl = QUrl(apiUrl);
    options.allowInsecureHttp = command.source.allowInsecureHttp;
    client.setOptions(options);
    client.setCredentials(credentials);
    const Result<User> user = client.signInAndWait();
    if (!user) {
        QString message = user.error();
        if (client.lastError().kind == PlatformErrorKind::Insecure &&
            !message.contains("--allow-insecure-http"_L1))
            message += u" (plain http:// is only allowed to a loopback host unless you pass "
                       "--allow-insecure-http)"_s;
        Console::error(u"cannot log in to %1: %2"_s.arg(apiUrl, message));
        return ExitCode::RuntimeError;
    }

    // Keep the least powerful secret that works: the API key, else the refresh token the platform
    // granted, and the password only when it granted none.
    StoredCredentials stored;
    stored.username = user->username;
    if (!apiKey.isEmpty()) {
        stored.apiKey = apiKey;
    } else {
        const PlatformCredentials granted = client.credentials();
        if (!granted.refreshToken.isEmpty())
            stored.refreshToken = granted.refreshToken;
        else
            stored.password = credentials.password;
    }

    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    if (Status written = keychain.write(StoredCredentials::keychainKey(apiUrl), stored.toSecret());
        !written) {
        Console::error(u"logged in as %1, but cannot keep the credentials: %2. Set "
                       "SCALING_ADVISOR_API_KEY for each command instead"_s.arg(user->username,
                                                                                written.error()));
        return ExitCode::RuntimeError;
    }
    CliSettings::setLastLoginApiUrl(apiUrl);
    CliSettings::setLastUsername(apiUrl, user->username);
    Console::note(u"Logged in to %1 as %2 (%3). The credentials are in the system keychain."_s.arg(
        apiUrl, user->username, user->role));
    return ExitCode::Ok;
}
