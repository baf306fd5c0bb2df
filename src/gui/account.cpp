#include "account.h"

#include "settingskeys.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString Account::secretKey() const
{
    return u"account/"_s + name;
}

QString Account::cacheUser() const
{
    const QString who = username.isEmpty() ? name : username;
    return customer.isEmpty() ? who : QString(who + u"@"_s + customer);
}

namespace AccountStore {

QList<Account> load()
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
        if (a.isValid())
            list.append(a);
    }
    s.endArray();
    return list;
}

void save(const QList<Account> &accounts)
{
    QSettings s;
    s.remove(SettingsKeys::accounts);
    s.beginWriteArray(SettingsKeys::accounts, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        s.setArrayIndex(i);
        s.setValue(u"name"_s, a.name);
        s.setValue(u"apiUrl"_s, a.apiUrl.toString());
        s.setValue(u"auth"_s, a.auth == Account::Auth::Password ? u"password"_s : u"apikey"_s);
        s.setValue(u"username"_s, a.username);
        s.setValue(u"support"_s, a.support);
        s.setValue(u"customer"_s, a.customer);
    }
    s.endArray();
}

QString currentName()
{
    return QSettings().value(u"currentAccount"_s).toString();
}

void setCurrentName(const QString &name)
{
    QSettings().setValue(u"currentAccount"_s, name);
}

} // namespace AccountStore
