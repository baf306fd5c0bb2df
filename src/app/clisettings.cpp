#include "clisettings.h"

#include "accountstore.h"
#include "keychainaccess.h"
#include "settingskeys.h"
#include "storedcredentials.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString CliSettings::defaultPlatformApiUrl()
{
    return u"https://rest.dotcloud.com"_s;
}

QString CliSettings::resolveApiUrl(const QString &given)
{
    if (!given.isEmpty())
        return AccountStore::normalizedApiUrl(given);
    const QString fromEnv = qEnvironmentVariable("SCALING_ADVISOR_API_URL");
    if (!fromEnv.isEmpty())
        return AccountStore::normalizedApiUrl(fromEnv);
    if (const auto current = AccountStore::current())
        return AccountStore::normalizedApiUrl(current->apiUrl.toString());
    return defaultPlatformApiUrl();
}

PlatformClientOptions CliSettings::clientOptions(const SourceOptions &source, const QString &apiUrl)
{
    PlatformClientOptions options;
    options.apiUrl = QUrl(apiUrl);
    options.customer = source.customer;
    options.allowInsecureHttp = source.allowInsecureHttp;
    options.caFile = source.caFile;
    options.proxy.mode = ProxyConfiguration::Mode::System; // the variables first, then the system
    return options;
}

void CliSettings::migrateLegacyLogin(KeychainAccess &keychain)
{
    QSettings settings;
    const QString legacyApi = settings.value(SettingsKeys::cliLastLoginApi).toString();
    if (legacyApi.isEmpty())
        return;
    const QString key = StoredCredentials::keychainKey(legacyApi);
    const KeychainAccess::ReadResult read = keychain.read(key);
    if (read.error == CredentialStore::Error::None) {
        const Result<StoredCredentials> stored = StoredCredentials::fromSecret(read.secret);
        if (stored) {
            const StoredCredentials &s = stored.value();
            Account account;
            if (const auto existing = AccountStore::findByApiUrl(legacyApi, s.username))
                account = *existing;
            else
                account.name = AccountStore::suggestedName(legacyApi, s.username);
            account.apiUrl = QUrl(AccountStore::normalizedApiUrl(legacyApi));
            account.username = s.username;
            account.auth = s.apiKey.isEmpty() ? Account::Auth::Password : Account::Auth::ApiKey;
            PlatformCredentials credentials;
            credentials.apiKey = s.apiKey;
            credentials.username = s.username;
            credentials.refreshToken = s.refreshToken;
            credentials.password = s.password;
            if (keychain.write(account.secretKey(),
                               AccountStore::secretFor(account, credentials))) {
                AccountStore::upsert(account);
                if (AccountStore::currentName().isEmpty())
                    AccountStore::setCurrentName(account.name);
                keychain.remove(key);
            } else {
                return; // try again next time
            }
        }
    } else if (read.error != CredentialStore::Error::EntryNotFound) {
        return; // the keychain is not there now: try again next time
    }
    settings.remove(SettingsKeys::cliLastLoginApi);
    settings.remove(SettingsKeys::cliAccounts);
}
