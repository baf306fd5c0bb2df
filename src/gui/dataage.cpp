#include "dataage.h"

#include <QCoreApplication>
#include <QLocale>

namespace DataAge {

QString relative(const QDateTime &then, const QDateTime &now)
{
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return QCoreApplication::translate("DataAge", "just now");
    const qint64 mins = secs / 60;
    if (mins < 60)
        return QCoreApplication::translate("DataAge", "%n min ago", nullptr, int(mins));
    const qint64 hours = mins / 60;
    if (hours < 48)
        return QCoreApplication::translate("DataAge", "%n h ago", nullptr, int(hours));
    const int days = int(hours) / 24;
    return QCoreApplication::translate("DataAge", "%n days ago", nullptr, days);
}

QString describe(Origin origin, const QDateTime &fetchedAt, const QDateTime &now)
{
    if (origin == Origin::None || !fetchedAt.isValid())
        return QCoreApplication::translate("DataAge", "no data");
    const QString when = QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat);
    switch (origin) {
    case Origin::Live:
        return QCoreApplication::translate("DataAge", "fetched %1").arg(relative(fetchedAt, now));
    case Origin::Cache:
        return QCoreApplication::translate("DataAge", "cached data from %1 (%2)")
            .arg(when, relative(fetchedAt, now));
    case Origin::Snapshot:
        return QCoreApplication::translate("DataAge", "snapshot from %1 (%2)")
            .arg(when, relative(fetchedAt, now));
    case Origin::None:
        break;
    }
    return QString();
}

} // namespace DataAge
