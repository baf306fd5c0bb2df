#pragma once

#include <QString>

// The account the platform API answers for (GET /v1/me).
struct User
{
    QString username;
    QString firstName;
    QString lastName;
    QString role = roleDeveloper(); // "developer" or "support"

    static QString roleDeveloper() { return QStringLiteral("developer"); }
    static QString roleSupport() { return QStringLiteral("support"); }
    bool isSupport() const { return role == roleSupport(); }

    friend bool operator==(const User &a, const User &b)
    {
        return a.username == b.username && a.firstName == b.firstName && a.lastName == b.lastName &&
               a.role == b.role;
    }
};
