#pragma once

#include <QString>
#include <QUrl>

// The application's settings (QSettings keys are part of the contract with the status feature):
//   status/url, status/pollIntervalSeconds, status/notifications, ui/language ("" = system,
//   "en", "fr", "de"), platform/cliName.
struct AppSettings
{
    QUrl statusUrl;
    int pollIntervalSeconds = 0; // 0: the status feature's default for the kind of feed
    bool notifications = true;
    QString language; // empty: follow the system
    QString cliName = QStringLiteral("dotcloud");

    static AppSettings load();
    void save() const;
};
