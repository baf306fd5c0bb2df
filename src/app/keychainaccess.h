#pragma once

#include "credentialstore.h"
#include "result.h"

#include <QString>

// Blocking access to an asynchronous CredentialStore, for the command line: each call runs a
// local event loop until the store answers (or a minute passes: a keychain prompt nobody answers
// must not hang a CI job forever).
class KeychainAccess
{
public:
    explicit KeychainAccess(CredentialStore &store, int timeoutMs = 60000);

    struct ReadResult
    {
        CredentialStore::Error error = CredentialStore::Error::None;
        QString secret;
        QString message; // for a user, when error is not None
    };
    ReadResult read(const QString &key);
    Status write(const QString &key, const QString &secret);
    // Deleting an entry that does not exist succeeds.
    Status remove(const QString &key);

private:
    CredentialStore &m_store;
    int m_timeoutMs;
};
