#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// One saved platform account, the same for the window and the command line. Only names and URLs
// are kept in the settings; the secret (API key, or the refresh token of a password account)
// lives in the CredentialStore under secretKey().
struct Account
{
    enum class Auth
    {
        ApiKey,
        Password
    };

    QString name; // how the user calls it: "Work", "Support desk", "dana@rest.dotcloud.com"
    QUrl apiUrl;
    Auth auth = Auth::ApiKey;
    QString username; // for the password grant; also names the cached snapshot
    bool support = false;
    QString customer; // support accounts: whose applications to read
    QUrl statusUrl;   // this account's status feed (empty: the application's setting)

    bool isValid() const { return !name.isEmpty() && apiUrl.isValid() && !apiUrl.isEmpty(); }
    QString secretKey() const; // "account/NAME"
    // The name the cached snapshot is filed under.
    QString cacheUser() const;

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.name == b.name && a.apiUrl == b.apiUrl && a.auth == b.auth &&
               a.username == b.username && a.support == b.support && a.customer == b.customer &&
               a.statusUrl == b.statusUrl;
    }
};

// Whoever sees an Account sees its store.
#include "accountstore.h"
