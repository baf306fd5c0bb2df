#pragma once

#include "account.h"
#include "platformcredentials.h"

#include <QList>
#include <QString>

#include <optional>

// The saved accounts, shared by the window and the command line: the same list in the settings
// (array "accounts", and "currentAccount"), the same keychain entry per account
// (Account::secretKey()), the same cached snapshot (cachePath()). `scaling-advisor login` adds or
// updates an account and makes it current, so the window opens signed in; logging out in either
// place deletes the secret and clears the current account, so both are logged out.
//
// The secret: an API key account keeps the key as it is; a password account keeps
// {"username", "refresh_token"} as JSON (the password only when the platform granted no refresh
// token). A raw secret of a password account, as older versions of the window stored it, is read
// as the password: the first refresh replaces it with the token.
class AccountStore
{
public:
    static QList<Account> load();
    static void save(const QList<Account> &accounts);
    static QString currentName();
    static void setCurrentName(const QString &name);

    static std::optional<Account> find(const QString &name);
    // The account of this API (and user, when given); the current one first when it matches.
    static std::optional<Account> findByApiUrl(const QString &apiUrl,
                                               const QString &username = QString());
    static std::optional<Account> current();
    static void upsert(const Account &account); // by name; keeps the order
    static void remove(const QString &name);

    // One API, one spelling: no trailing slash, no query or fragment.
    static QString normalizedApiUrl(const QString &apiUrl);
    // A fresh name for an account of this user at this API ("dana@rest.dotcloud.com").
    static QString suggestedName(const QString &apiUrl, const QString &username);
    // The account's last good snapshot.
    static QString cachePath(const Account &account);

    static PlatformCredentials credentialsFromSecret(const Account &account, const QString &secret);
    // What to keep for these credentials (the least powerful secret that works).
    static QString secretFor(const Account &account, const PlatformCredentials &credentials);
};
