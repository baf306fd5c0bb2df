#pragma once

#include "platformclient.h"
#include "proxyconfiguration.h"

#include <QString>
#include <QUrl>

// The application's settings (QSettings keys are part of the contract with the status feature):
//   status/url, status/pollIntervalSeconds, status/notifications, ui/language ("" = system,
//   "en", "fr", "de"), platform/cliName, inventory/refreshMinutes (0 = never),
//   network/proxyMode ("system", "none", "manual"), network/proxyHost, network/proxyPort,
//   network/proxyUser, network/caFile. The proxy password is in the keychain, under
//   proxyPasswordKey(), never in the settings.
struct AppSettings
{
    QUrl statusUrl;
    int pollIntervalSeconds = 0; // 0: the status feature's default for the kind of feed
    bool notifications = true;
    QString language; // empty: follow the system
    QString cliName = QStringLiteral("dotcloud");
    int inventoryRefreshMinutes = 5;
    ProxyConfiguration proxy; // without the password
    QString caFile;

    static AppSettings load();
    void save() const;

    static QString proxyPasswordKey(); // "network/proxy"
    // The client's options with this proxy (and its password, read from the keychain) and CA file.
    PlatformClientOptions applyTo(PlatformClientOptions options,
                                  const QString &proxyPassword = QString()) const;
};
