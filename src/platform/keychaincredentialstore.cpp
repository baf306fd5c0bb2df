#include "keychaincredentialstore.h"

#include "platformlogging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultServiceName(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &serviceName, QObject *parent)
    : CredentialStore(parent)
    , m_serviceName(serviceName)
{}

QString KeychainCredentialStore::defaultServiceName()
{
    return u"scaling-advisor"_s;
}

CredentialStore::Error KeychainCredentialStore::mapError(int keychainError, const QString &message)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::EntryNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::OtherError: {
        // On Linux, a missing session bus (no desktop session, a container, CI) arrives as
        // OtherError with a D-Bus message: for the user that means "no keychain here".
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (message.contains(u"D-Bus"_s, Qt::CaseInsensitive) ||
            message.contains(u"DBus"_s, Qt::CaseInsensitive) ||
            message.contains(u"transport"_s, Qt::CaseInsensitive) || bus.startsWith("disabled:"))
            return Error::NoBackend;
        return Error::Other;
    }
    default:
        return Error::Other;
    }
}

namespace {
QString describe(CredentialStore::Error error, const QString &message)
{
    switch (error) {
    case CredentialStore::Error::NoBackend:
        return u"No keychain is available on this system (%1)."_s.arg(message);
    case CredentialStore::Error::AccessDenied:
        return u"The keychain refused access (%1)."_s.arg(message);
    default:
        return message;
    }
}
} // namespace

void KeychainCredentialStore::readSecret(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const Error error = mapError(read->error(), read->errorString());
        if (error != Error::None && error != Error::EntryNotFound)
            qCWarning(lcCredentials).noquote() << "keychain read failed:" << read->errorString();
        emit secretRead(key, error == Error::None ? read->textData() : QString(), error,
                        error == Error::None ? QString() : describe(error, read->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        const Error error = mapError(j->error(), j->errorString());
        if (error != Error::None)
            qCWarning(lcCredentials).noquote() << "keychain write failed:" << j->errorString();
        emit secretWritten(key, error,
                           error == Error::None ? QString() : describe(error, j->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::deleteSecret(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        const Error error = mapError(j->error(), j->errorString());
        if (error != Error::None && error != Error::EntryNotFound)
            qCWarning(lcCredentials).noquote() << "keychain delete failed:" << j->errorString();
        emit secretDeleted(key, error,
                           error == Error::None ? QString() : describe(error, j->errorString()));
    });
    job->start();
}
