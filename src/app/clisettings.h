#pragma once

#include <QString>

// What the command line remembers between runs (never a secret): the API of the last login, and
// which account each API answered for last, so that a failed audit can point at its cached
// snapshot.
class CliSettings
{
public:
    static QString defaultPlatformApiUrl(); // https://rest.dotcloud.com
    // --api if given, else $SCALING_ADVISOR_API_URL, else the last login's API, else the default.
    static QString resolveApiUrl(const QString &given);

    static QString lastLoginApiUrl();
    static void setLastLoginApiUrl(const QString &apiUrl);
    static void clearLastLoginApiUrl(const QString &apiUrl); // only if it is this one

    static QString lastUsername(const QString &apiUrl);
    static void setLastUsername(const QString &apiUrl, const QString &username);
};
