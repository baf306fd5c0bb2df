#pragma once

#include "statusupdate.h"

// The state the status service publishes: the overall indicator, the outage flag and the feed of
// updates (newest last here; the API serves them newest first).
struct PlatformStatus
{
    QString indicator = QStringLiteral("none"); // none|minor|major|critical|maintenance
    QString description = describe(QStringLiteral("none"));
    bool outage = false;
    QDateTime updatedAt; // UTC
    StatusUpdateList updates;
    QList<StatusMaintenance> maintenances; // planned windows, kept apart from the updates

    static QStringList indicators()
    {
        return {QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"),
                QStringLiteral("critical"), QStringLiteral("maintenance")};
    }
    // The words Statuspage uses for each indicator.
    static QString describe(const QString &indicator)
    {
        if (indicator == QLatin1String("minor"))
            return QStringLiteral("Minor Service Outage");
        if (indicator == QLatin1String("major"))
            return QStringLiteral("Partial System Outage");
        if (indicator == QLatin1String("critical"))
            return QStringLiteral("Major System Outage");
        if (indicator == QLatin1String("maintenance"))
            return QStringLiteral("Service Under Maintenance");
        return QStringLiteral("All Systems Operational");
    }
    static bool outageFor(const QString &indicator)
    {
        return indicator == QLatin1String("major") || indicator == QLatin1String("critical");
    }

    friend bool operator==(const PlatformStatus &a, const PlatformStatus &b)
    {
        return a.indicator == b.indicator && a.description == b.description &&
               a.outage == b.outage && a.updatedAt == b.updatedAt && a.updates == b.updates &&
               a.maintenances == b.maintenances;
    }
};
