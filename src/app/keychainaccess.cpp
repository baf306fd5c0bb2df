#include "keychainaccess.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString describe(CredentialStore::Error error, const QString &message)
{
    QString what;
    switch (error) {
    case CredentialStore::Error::None:
        return {};
    case CredentialStore::Error::EntryNotFound:
        what = u"no credentials stored"_s;
        break;
    case CredentialStore::Error::NoBackend:
        what = u"no system keychain is available"_s;
        break;
    case CredentialStore::Error::AccessDenied:
        what = u"access to the system keychain was denied (or it is locked)"_s;
        break;
    case CredentialStore::Error::Other:
        what = u"the system keychain failed"_s;
        break;
    }
    return message.isEmpty() ? what : QString(what + u" (" + message + u')');
}

} // namespace

KeychainAccess::KeychainAccess(CredentialStore &store, int timeoutMs)
    : m_store(store)
    , m_timeoutMs(timeoutMs)
{}

KeychainAccess::ReadResult KeychainAccess::read(const QString &key)
{
    ReadResult result;
    result.error = CredentialStore::Error::Other;
    result.message = u"the system keychain did not answer"_s;
    QEventLoop loop;
    QObject::connect(&m_store, &CredentialStore::secretRead, &loop,
                     [&](const QString &k, const QString &secret, CredentialStore::Error error,
                         const QString &message) {
                         if (k != key)
                             return;
                         result.error = error;
                         result.secret = secret;
                         result.message = describe(error, message);
                         loop.quit();
                     });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    // Queued, so that a store answering synchronously still reaches the running loop.
    QTimer::singleShot(0, &m_store, [this, key] { m_store.readSecret(key); });
    loop.exec();
    return result;
}

Status KeychainAccess::write(const QString &key, const QString &secret)
{
    Status status = Status::failure(u"the system keychain did not answer"_s);
    QEventLoop loop;
    QObject::connect(&m_store, &CredentialStore::secretWritten, &loop,
                     [&](const QString &k, CredentialStore::Error error, const QString &message) {
                         if (k != key)
                             return;
                         status = error == CredentialStore::Error::None
                                      ? success()
                                      : Status::failure(describe(error, message));
                         loop.quit();
                     });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &m_store, [this, key, secret] { m_store.writeSecret(key, secret); });
    loop.exec();
    return status;
}

Status KeychainAccess::remove(const QString &key)
{
    Status status = Status::failure(u"the system keychain did not answer"_s);
    QEventLoop loop;
    QObject::connect(&m_store, &CredentialStore::secretDeleted, &loop,
                     [&](const QString &k, CredentialStore::Error error, const QString &message) {
                         if (k != key)
                             return;
                         status = error == CredentialStore::Error::None ||
                                          error == CredentialStore::Error::EntryNotFound
                                      ? success()
                                      : Status::failure(describe(error, message));
                         loop.quit();
                     });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &m_store, [this, key] { m_store.deleteSecret(key); });
    loop.exec();
    return status;
}
