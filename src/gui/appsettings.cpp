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
}
