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
}
