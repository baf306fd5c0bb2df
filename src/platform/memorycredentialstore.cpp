#include "memorycredentialstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString notFound(const QString &key)
{
    return u"No secret is stored for %1."_s.arg(key);
}
} // namespace

void MemoryCredentialStore::readSecret(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd())
            emit secretRead(key, QString(), Error::EntryNotFound, notFound(key));
        else
            emit secretRead(key, *it, Error::None, QString());
    });
}

void MemoryCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    // Stored at once, so that a read issued right after the write sees it.
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [this, key] { emit secretWritten(key, Error::None, QString()); });
}

void MemoryCredentialStore::deleteSecret(const QString &key)
{
    const bool existed = m_secrets.remove(key) > 0;
    QTimer::singleShot(0, this, [this, key, existed] {
        if (existed)
            emit secretDeleted(key, Error::None, QString());
        else
            emit secretDeleted(key, Error::EntryNotFound, notFound(key));
    });
}
