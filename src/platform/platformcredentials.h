#pragma once

#include <QString>

// Exactly one of: api key, username + password, tokens.
struct PlatformCredentials
{
    QString apiKey;                    // "key:secret" → HTTP Basic
    QString username, password;        // → OAuth2 password grant (the password is then dropped)
    QString accessToken, refreshToken; // → Bearer; refresh once on 401

    bool isEmpty() const
    {
        return apiKey.isEmpty() && username.isEmpty() && password.isEmpty() &&
               accessToken.isEmpty() && refreshToken.isEmpty();
    }
};
