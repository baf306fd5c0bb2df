#pragma once

#include "credentialstore.h"

namespace QKeychain {
class Job;
}

// Secrets in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain, under the service name "scaling-advisor".
// There is no plain-text fallback: without a keychain every call answers NoBackend, and the
// application offers to keep the secret in memory for the session instead.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // Another service name keeps tests away from a user's real secrets.
    explicit KeychainCredentialStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_serviceName; }

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &secret) override;
    void deleteSecret(const QString &key) override;

    static QString defaultServiceName();
    // QtKeychain's error, and its message, in the project's terms.
    static Error mapError(int keychainError, const QString &message);

private:
    QString m_serviceName;
};
