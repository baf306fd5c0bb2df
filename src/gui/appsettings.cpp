#include "appsettings.h"

#include "settingskeys.h"

#include <QSettings>

using namespace Qt::StringLiterals;

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.statusUrl = QUrl(s.value(SettingsKeys::statusUrl).toString());
    a.pollIntervalSeconds = s.value(SettingsKeys::statusPollIntervalSeconds, 0).toInt();
    a.notifications = s.value(SettingsKeys::statusNotifications, true).toBool();
    a.language = s.value(SettingsKeys::uiLanguage).toString();
    a.cliName = s.value(SettingsKeys::platformCliName, u"dotcloud"_s).toString();
    if (a.cliName.trimmed().isEmpty())
        a.cliName = u"dotcloud"_s;
    a.inventoryRefreshMinutes = qMax(0, s.value(SettingsKeys::inventoryRefreshMinutes, 5).toInt());
    a.proxy.mode =
        ProxyConfiguration::modeFromName(s.value(SettingsKeys::networkProxyMode).toString());
    a.proxy.host = s.value(SettingsKeys::networkProxyHost).toString();
    a.proxy.port = quint16(s.value(SettingsKeys::networkProxyPort, 0).toUInt());
    a.proxy.user = s.value(SettingsKeys::networkProxyUser).toString();
    a.caFile = s.value(SettingsKeys::networkCaFile).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(SettingsKeys::statusUrl, statusUrl.toString());
    if (pollIntervalSeconds > 0)
        s.setValue(SettingsKeys::statusPollIntervalSeconds, pollIntervalSeconds);
    else
        s.remove(SettingsKeys::statusPollIntervalSeconds);
    s.setValue(SettingsKeys::statusNotifications, notifications);
    s.setValue(SettingsKeys::uiLanguage, language);
    s.setValue(SettingsKeys::platformCliName, cliName);
    s.setValue(SettingsKeys::inventoryRefreshMinutes, inventoryRefreshMinutes);
    s.setValue(SettingsKeys::networkProxyMode, ProxyConfiguration::modeName(proxy.mode));
    s.setValue(SettingsKeys::networkProxyHost, proxy.host);
    s.setValue(SettingsKeys::networkProxyPort, proxy.port);
    s.setValue(SettingsKeys::networkProxyUser, proxy.user);
    s.setValue(SettingsKeys::networkCaFile, caFile);
}

QString AppSettings::proxyPasswordKey()
{
    return QString(SettingsKeys::networkProxyPasswordSecret);
}

PlatformClientOptions AppSettings::applyTo(PlatformClientOptions options,
                                           const QString &proxyPassword) const
{
    options.proxy = proxy;
    options.proxy.password = proxy.mode == ProxyConfiguration::Mode::Manual && !proxy.user.isEmpty()
                                 ? proxyPassword
                                 : QString();
    options.caFile = caFile;
    return options;
}
