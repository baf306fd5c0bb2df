#pragma once

#include "result.h"

#include <QString>

// What `login` keeps in the system keychain for one platform API, and the keychain entry name.
// The secret is a small JSON object; it never leaves the keychain except to authenticate.
struct StoredCredentials
{
    QString username;
    QString apiKey;       // "key:secret", from SCALING_ADVISOR_API_KEY at login
    QString refreshToken; // after a password login, when the platform granted one
    QString password;     // after a password login, when the platform granted no refresh token

    bool isEmpty() const
    {
        return apiKey.isEmpty() && refreshToken.isEmpty() && password.isEmpty();
    }

    // The keychain entry of an API: "platform-api:https://api.example.com".
    static QString keychainKey(const QString &apiUrl);
    // The API URL in a canonical form (no trailing slash), so that one API has one entry.
    static QString normalizedApiUrl(const QString &apiUrl);

    QString toSecret() const;
    static Result<StoredCredentials> fromSecret(const QString &secret);
};
