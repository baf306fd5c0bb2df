#include "clisettings.h"

#include "settingskeys.h"
#include "storedcredentials.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString accountGroup(const QString &apiUrl)
{
    // QSettings keys cannot hold '/' safely: percent-encode the URL.
    return SettingsKeys::cliAccounts + u'/' +
           QString::fromLatin1(
               StoredCredentials::normalizedApiUrl(apiUrl).toUtf8().toPercentEncoding());
}

} // namespace

QString CliSettings::defaultPlatformApiUrl()
{
    return u"https://rest.dotcloud.com"_s;
}

QString CliSettings::resolveApiUrl(const QString &given)
{
    if (!given.isEmpty())
        return StoredCredentials::normalizedApiUrl(given);
    const QString fromEnv = qEnvironmentVariable("SCALING_ADVISOR_API_URL");
    if (!fromEnv.isEmpty())
        return StoredCredentials::normalizedApiUrl(fromEnv);
    const QString last = lastLoginApiUrl();
    if (!last.isEmpty())
        return last;
    return defaultPlatformApiUrl();
}

QString CliSettings::lastLoginApiUrl()
{
    return QSettings().value(SettingsKeys::cliLastLoginApi).toString();
}

void CliSettings::setLastLoginApiUrl(const QString &apiUrl)
{
    QSettings().setValue(SettingsKeys::cliLastLoginApi,
                         StoredCredentials::normalizedApiUrl(apiUrl));
}

void CliSettings::clearLastLoginApiUrl(const QString &apiUrl)
{
    QSettings settings;
    if (settings.value(SettingsKeys::cliLastLoginApi).toString() ==
        StoredCredentials::normalizedApiUrl(apiUrl))
        settings.remove(SettingsKeys::cliLastLoginApi);
}

QString CliSettings::lastUsername(const QString &apiUrl)
{
    return QSettings().value(accountGroup(apiUrl) + u"/username"_s).toString();
}

void CliSettings::setLastUsername(const QString &apiUrl, const QString &username)
{
    QSettings().setValue(accountGroup(apiUrl) + u"/username"_s, username);
}
