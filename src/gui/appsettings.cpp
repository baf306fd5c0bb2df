#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.statusUrl = QUrl(s.value(u"status/url"_s).toString());
    a.pollIntervalSeconds = s.value(u"status/pollIntervalSeconds"_s, 0).toInt();
    a.notifications = s.value(u"status/notifications"_s, true).toBool();
    a.language = s.value(u"ui/language"_s).toString();
    a.cliName = s.value(u"platform/cliName"_s, u"dotcloud"_s).toString();
    if (a.cliName.trimmed().isEmpty())
        a.cliName = u"dotcloud"_s;
    a.inventoryRefreshMinutes = qMax(0, s.value(u"inventory/refreshMinutes"_s, 5).toInt());
    a.proxy.mode = ProxyConfiguration::modeFromName(s.value(u"network/proxyMode"_s).toString());
    a.proxy.host = s.value(u"network/proxyHost"_s).toString();
    a.proxy.port = quint16(s.value(u"network/proxyPort"_s, 0).toUInt());
    a.proxy.user = s.value(u"network/proxyUser"_s).toString();
    a.caFile = s.value(u"network/caFile"_s).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(u"status/url"_s, statusUrl.toString());
    if (pollIntervalSeconds > 0)
        s.setValue(u"status/pollIntervalSeconds"_s, pollIntervalSeconds);
    else
        s.remove(u"status/pollIntervalSeconds"_s);
    s.setValue(u"status/notifications"_s, notifications);
    s.setValue(u"ui/language"_s, language);
    s.setValue(u"platform/cliName"_s, cliName);
    s.setValue(u"inventory/refreshMinutes"_s, inventoryRefreshMinutes);
    s.setValue(u"network/proxyMode"_s, ProxyConfiguration::modeName(proxy.mode));
    s.setValue(u"network/proxyHost"_s, proxy.host);
    s.setValue(u"network/proxyPort"_s, proxy.port);
    s.setValue(u"network/proxyUser"_s, proxy.user);
    s.setValue(u"network/caFile"_s, caFile);
}

QString AppSettings::proxyPasswordKey()
{
    return u"network/proxy"_s;
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
