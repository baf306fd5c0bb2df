#include "logoutcommand.h"

#include "clisettings.h"
#include "console.h"
#include "exitcode.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "storedcredentials.h"

using namespace Qt::StringLiterals;

int LogoutCommand::run(const Command &command)
{
    const QString apiUrl = CliSettings::resolveApiUrl(command.source.apiUrl);
    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    if (Status removed = keychain.remove(StoredCredentials::keychainKey(apiUrl)); !removed) {
        Console::error(u"cannot delete the credentials of %1: %2"_s.arg(apiUrl, removed.error()));
        return ExitCode::RuntimeError;
    }
    CliSettings::clearLastLoginApiUrl(apiUrl);
    Console::note(u"Logged out of %1: no credentials for it remain in the keychain."_s.arg(apiUrl));
    return ExitCode::Ok;
}
