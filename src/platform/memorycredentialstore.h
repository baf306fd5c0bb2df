#pragma once

#include "credentialstore.h"

#include <QHash>

// Secrets kept in this process only: for tests and for "use for this session only" when the
// system has no keychain. Nothing is ever written anywhere; everything is gone when it is
// destroyed. Answers arrive asynchronously, like the keychain's.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &secret) override;
    void deleteSecret(const QString &key) override;
    // Synchronous, for what shows a secret's state (never its value).
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};
