#pragma once

#include "service.h"

#include <QDateTime>
#include <QString>

struct Application
{
    QString name;
    QString flavor; // "sandbox", "live", "enterprise" or "legacy"
    QDateTime createdAt;
    ServiceList services;

    static QStringList knownFlavors()
    {
        return {QStringLiteral("sandbox"), QStringLiteral("live"), QStringLiteral("enterprise"),
                QStringLiteral("legacy")};
    }
    bool isSandbox() const { return flavor == QLatin1String("sandbox"); }
    const Service *service(const QString &serviceName) const
    {
        for (const Service &s : services)
            if (s.name == serviceName)
                return &s;
        return nullptr;
    }

    friend bool operator==(const Application &a, const Application &b)
    {
        return a.name == b.name && a.flavor == b.flavor && a.createdAt == b.createdAt &&
               a.services == b.services;
    }
};
using ApplicationList = QList<Application>;
