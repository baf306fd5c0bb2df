#pragma once

#include <QObject>
#include <QString>

// Where account secrets (API keys, passwords, refresh tokens) live. The application uses the OS
// keychain (KeychainCredentialStore); unit tests use MemoryCredentialStore. Nothing else in the
// project ever writes a secret anywhere.
//
// Every call is asynchronous: the keychain may prompt the user. Each request answers exactly once
// with the matching signal, carrying the key it was asked for.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        EntryNotFound, // no secret stored under this key: ask the user
        NoBackend,     // no keychain service on this system: offer "this session only"
        AccessDenied,  // the user refused, or the keychain is locked
        Other,
    };
    Q_ENUM(Error)

    using QObject::QObject;

    virtual void readSecret(const QString &key) = 0;
    virtual void writeSecret(const QString &key, const QString &secret) = 0;
    virtual void deleteSecret(const QString &key) = 0;

signals:
    void secretRead(const QString &key, const QString &secret, CredentialStore::Error error,
                    const QString &message);
    void secretWritten(const QString &key, CredentialStore::Error error, const QString &message);
    void secretDeleted(const QString &key, CredentialStore::Error error, const QString &message);
};
