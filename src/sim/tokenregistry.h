#pragma once

#include "platformwire.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// OAuth2 tokens the simulator has issued: random access tokens valid for an hour and refresh
// tokens valid until reset.
class TokenRegistry
{
public:
    static constexpr int lifetimeSeconds = 3600;

    PlatformWire::TokenGrant issue(const QString &username);
    // The user of a valid access token, or empty.
    QString userForAccessToken(const QString &token) const;
    // The user of a refresh token, or empty.
    QString userForRefreshToken(const QString &token) const;
    // Every access token issued so far becomes invalid; refresh tokens keep working.
    void expireAccessTokens() { m_access.clear(); }
    void clear();

private:
    struct Access
    {
        QString username;
        QDateTime expires;
    };
    QHash<QString, Access> m_access;
    QHash<QString, QString> m_refresh;
};
