#include "tokenregistry.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QString randomToken()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString token;
    token.reserve(32);
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return token;
}
} // namespace

PlatformWire::TokenGrant TokenRegistry::issue(const QString &username)
{
    PlatformWire::TokenGrant grant;
    grant.accessToken = randomToken();
    grant.refreshToken = randomToken();
    grant.tokenType = u"bearer"_s;
    grant.expiresIn = lifetimeSeconds;
    grant.scope = QString(); // the platform implemented no scopes: it answered ""
    m_access.insert(grant.accessToken,
                    {username, QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds)});
    m_refresh.insert(grant.refreshToken, username);
    return grant;
}

QString TokenRegistry::userForAccessToken(const QString &token) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->expires < QDateTime::currentDateTimeUtc())
        return {};
    return it->username;
}

QString TokenRegistry::userForRefreshToken(const QString &token) const
{
    return m_refresh.value(token);
}

void TokenRegistry::clear()
{
    m_access.clear();
    m_refresh.clear();
}
