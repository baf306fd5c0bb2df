#include "logoutcommand.h"

#include "accountstore.h"
#include "clisettings.h"
#include "console.h"
#include "exitcode.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "storedcredentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int LogoutCommand::run(const Command &command)
{
    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    CliSettings::migrateLegacyLogin(keychain);
    const QString apiUrl = CliSettings::resolveApiUrl(command.source.apiUrl);

    // Every account of this API: the window's and the command line's are the same ones.
    const QList<Account> accounts = AccountStore::load();
    for (const Account &account : accounts) {
        if (AccountStore::normalizedApiUrl(account.apiUrl.toString()) != apiUrl)
            continue;
        if (Status removed = keychain.remove(account.secretKey()); !removed) {
            Console::error(QCoreApplication::translate("LogoutCommand",
                                                       "cannot delete the credentials of %1: %2")
                               .arg(apiUrl, removed.error()));
            return ExitCode::RuntimeError;
        }
        if (AccountStore::currentName() == account.name)
            AccountStore::setCurrentName(QString());
    }
    keychain.remove(StoredCredentials::keychainKey(apiUrl)); // an entry of earlier versions
    Console::note(
        QCoreApplication::translate(
            "LogoutCommand", "Logged out of %1: no credentials for it remain in the keychain.")
            .arg(apiUrl));
    return ExitCode::Ok;
}
