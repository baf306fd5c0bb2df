#include "accountstore.h"

#include "settingskeys.h"

#include "snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

QList<Account> AccountStore::load()
{
    QSettings s;
    QList<Account> list;
    const int n = s.beginReadArray(SettingsKeys::accounts);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Account a;
        a.name = s.value(u"name"_s).toString();
        a.apiUrl = QUrl(s.value(u"apiUrl"_s).toString());
        a.auth = s.value(u"auth"_s).toString() == u"password"_s ? Account::Auth::Password
                                                                : Account::Auth::ApiKey;
        a.username = s.value(u"username"_s).toString();
        a.support = s.value(u"support"_s).toBool();
        a.customer = s.value(u"customer"_s).toString();
        a.statusUrl = QUrl(s.value(u"statusUrl"_s).toString());
        if (a.isValid())
            list.append(a);
    }
    s.endArray();
    return list;
}

void AccountStore::save(const QList<Account> &accounts)
{
    QSettings s;
    s.remove(SettingsKeys::accounts);
    s.beginWriteArray(SettingsKeys::accounts, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        s.setArrayIndex(i);
        s.setValue(u"name"_s, a.name);
        s.setValue(u"apiUrl"_s, normalizedApiUrl(a.apiUrl.toString()));
        s.setValue(u"auth"_s, a.auth == Account::Auth::Password ? u"password"_s : u"apikey"_s);
        s.setValue(u"username"_s, a.username);
        s.setValue(u"support"_s, a.support);
        s.setValue(u"customer"_s, a.customer);
        s.setValue(u"statusUrl"_s, a.statusUrl.toString());
    }
    s.endArray();
}

QString AccountStore::currentName()
{
    return QSettings().value(SettingsKeys::currentAccount).toString();
}

void AccountStore::setCurrentName(const QString &name)
{
    QSettings().setValue(SettingsKeys::currentAccount, name);
}

std::optional<Account> AccountStore::find(const QString &name)
{
    const QList<Account> all = load();
    for (const Account &a : all)
        if (a.name == name)
            return a;
    return std::nullopt;
}

std::optional<Account> AccountStore::findByApiUrl(const QString &apiUrl, const QString &username)
{
    const QString wanted = normalizedApiUrl(apiUrl);
    const auto matches = [&](const Account &a) {
        return normalizedApiUrl(a.apiUrl.toString()) == wanted &&
               (username.isEmpty() || a.username == username);
    };
    if (const auto now = current(); now && matches(*now))
        return now;
    const QList<Account> all = load();
    for (const Account &a : all)
        if (matches(a))
            return a;
    return std::nullopt;
}

std::optional<Account> AccountStore::current()
{
    const QString name = currentName();
    if (name.isEmpty())
        return std::nullopt;
    return find(name);
}

void AccountStore::upsert(const Account &account)
{
    QList<Account> all = load();
    bool replaced = false;
    for (Account &a : all)
        if (a.name == account.name) {
            a = account;
            replaced = true;
        }
    if (!replaced)
        all.append(account);
    save(all);
}

void AccountStore::remove(const QString &name)
{
    QList<Account> all = load();
    all.removeIf([&name](const Account &a) { return a.name == name; });
    save(all);
    if (currentName() == name)
        setCurrentName(QString());
}

QString AccountStore::normalizedApiUrl(const QString &apiUrl)
{
    QUrl url(apiUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment | QUrl::RemoveQuery)
        .toString();
}

QString AccountStore::suggestedName(const QString &apiUrl, const QString &username)
{
    const QUrl url(normalizedApiUrl(apiUrl));
    QString host = url.host();
    if (url.port() > 0)
        host += u':' + QString::number(url.port());
    const QString base = username.isEmpty() ? host : QString(username + u'@' + host);
    QString name = base;
    for (int n = 2; find(name).has_value(); ++n)
        name = base + u" ("_s + QString::number(n) + u')';
    return name;
}

QString AccountStore::cachePath(const Account &account)
{
    return Snapshot::cachePath(normalizedApiUrl(account.apiUrl.toString()), account.cacheUser());
}

PlatformCredentials AccountStore::credentialsFromSecret(const Account &account,
                                                        const QString &secret)
{
    PlatformCredentials c;
    const QJsonDocument doc = QJsonDocument::fromJson(secret.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        c.apiKey = o.value("api_key"_L1).toString();
        c.refreshToken = o.value("refresh_token"_L1).toString();
        c.password = o.value("password"_L1).toString();
        c.username = o.value("username"_L1).toString(account.username);
        if (!c.apiKey.isEmpty() || !c.refreshToken.isEmpty() || !c.password.isEmpty()) {
            if (!c.apiKey.isEmpty())
                c.username.clear();
            return c;
        }
        c = {};
    }
    // A bare secret: the API key, or (as older versions kept it) the password.
    if (account.auth == Account::Auth::ApiKey) {
        c.apiKey = secret;
    } else {
        c.username = account.username;
        c.password = secret;
    }
    return c;
}

QString AccountStore::secretFor(const Account &account, const PlatformCredentials &credentials)
{
    if (account.auth == Account::Auth::ApiKey || !credentials.apiKey.isEmpty())
        return credentials.apiKey; // as it is: every version reads it
    QJsonObject o;
    const QString username =
        credentials.username.isEmpty() ? account.username : credentials.username;
    if (!username.isEmpty())
        o.insert("username"_L1, username);
    if (!credentials.refreshToken.isEmpty())
        o.insert("refresh_token"_L1, credentials.refreshToken);
    else if (!credentials.password.isEmpty())
        o.insert("password"_L1, credentials.password); // the platform granted no refresh token
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
