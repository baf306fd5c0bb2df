#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

#include <memory>

class PlatformSimulator;

// The bundled demo platform, started in-process on 127.0.0.1 on free ports: what `--demo` reads,
// with no set-up and no account.
class DemoPlatform
{
public:
    DemoPlatform();
    ~DemoPlatform();
    DemoPlatform(const DemoPlatform &) = delete;
    DemoPlatform &operator=(const DemoPlatform &) = delete;

    Status start();
    QUrl apiUrl() const;
    QUrl statusUrl() const;

    struct Account
    {
        QString username;
        QString apiKey;
    };
    // The first demo user with this role ("developer" or "support"); empty when there is none.
    Account account(const QString &role) const;

private:
    std::unique_ptr<PlatformSimulator> m_simulator;
};
