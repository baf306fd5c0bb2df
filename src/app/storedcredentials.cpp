#include "storedcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

QString StoredCredentials::normalizedApiUrl(const QString &apiUrl)
{
    QUrl url(apiUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment | QUrl::RemoveQuery)
        .toString();
}

QString StoredCredentials::keychainKey(const QString &apiUrl)
{
    return u"platform-api:"_s + normalizedApiUrl(apiUrl);
}

QString StoredCredentials::toSecret() const
{
    QJsonObject o;
    if (!username.isEmpty())
        o.insert("username"_L1, username);
    if (!apiKey.isEmpty())
        o.insert("api_key"_L1, apiKey);
    if (!refreshToken.isEmpty())
        o.insert("refresh_token"_L1, refreshToken);
    if (!password.isEmpty())
        o.insert("password"_L1, password);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<StoredCredentials> StoredCredentials::fromSecret(const QString &secret)
{
    const QJsonDocument doc = QJsonDocument::fromJson(secret.toUtf8());
    if (!doc.isObject())
        return Result<StoredCredentials>::failure(
            u"the keychain entry is not in the expected format; run 'scaling-advisor login' again"_s);
    const QJsonObject o = doc.object();
    StoredCredentials c;
    c.username = o.value("username"_L1).toString();
    c.apiKey = o.value("api_key"_L1).toString();
    c.refreshToken = o.value("refresh_token"_L1).toString();
    c.password = o.value("password"_L1).toString();
    if (c.isEmpty())
        return Result<StoredCredentials>::failure(
            u"the keychain entry holds no credentials; run 'scaling-advisor login' again"_s);
    return c;
}
