#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// One saved platform account. Only names and URLs are kept here (and in the settings file); the
// secret (API key or password) lives in the CredentialStore under secretKey().
struct Account
{
    enum class Auth
    {
        ApiKey,
        Password
    };

    QString name; // how the user calls it: "Work", "Support desk"
    QUrl apiUrl;
    Auth auth = Auth::ApiKey;
    QString username; // for the password grant; also names the cached snapshot
    bool support = false;
    QString customer; // support accounts: whose applications to read

    bool isValid() const { return !name.isEmpty() && apiUrl.isValid() && !apiUrl.isEmpty(); }
    QString secretKey() const;
    // The name the cached snapshot is filed under.
    QString cacheUser() const;

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.name == b.name && a.apiUrl == b.apiUrl && a.auth == b.auth &&
               a.username == b.username && a.support == b.support && a.customer == b.customer;
    }
};

// The saved accounts in QSettings (group "accounts"), and which one is current.
namespace AccountStore {
QList<Account> load();
void save(const QList<Account> &accounts);
QString currentName();
void setCurrentName(const QString &name);
} // namespace AccountStore
