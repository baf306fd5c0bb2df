// The same checks on every CredentialStore: the in-memory one (no session bus), and, in the
// KEYCHAIN build of this file, the real keyring under dbus-run-session + gnome-keyring-daemon.
#include "keychaincredentialstore.h"
#include "memorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CredentialStore> makeStore()
    {
#ifdef SA_TEST_KEYCHAIN
        return std::make_unique<KeychainCredentialStore>();
#else
        return std::make_unique<MemoryCredentialStore>();
#endif
    }

    // A key no earlier run left behind.
    static QString freshKey()
    {
        return u"test-account-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    struct ReadAnswer
    {
        QString key;
        QString secret;
        CredentialStore::Error error = CredentialStore::Error::Other;
        QString message;
    };

    static ReadAnswer read(CredentialStore *store, const QString &key)
    {
        QSignalSpy spy(store, &CredentialStore::secretRead);
        store->readSecret(key);
        if (!spy.wait(20000))
            return {};
        const auto args = spy.takeFirst();
        return {args.at(0).toString(), args.at(1).toString(),
                args.at(2).value<CredentialStore::Error>(), args.at(3).toString()};
    }

private slots:
    void writesReadsBackDeletesThenNotFound()
    {
        auto store = makeStore();
        const QString key = freshKey();
        const QString secret = u"aB3dEfGhIjKlMnOpQrSt:0123456789abcdefghij0123456789ABCDEFGHIJ"_s;

        QSignalSpy written(store.get(), &CredentialStore::secretWritten);
        store->writeSecret(key, secret);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(0).toString(), key);
        QCOMPARE(written.first().at(1).value<CredentialStore::Error>(),
                 CredentialStore::Error::None);

        const ReadAnswer back = read(store.get(), key);
        QCOMPARE(back.key, key);
        QCOMPARE(back.error, CredentialStore::Error::None);
        QCOMPARE(back.secret, secret);

        // Overwriting replaces, as when a refresh token is renewed.
        store->writeSecret(key, u"second"_s);
        QVERIFY(written.wait(20000));
        QCOMPARE(read(store.get(), key).secret, u"second"_s);

        QSignalSpy deleted(store.get(), &CredentialStore::secretDeleted);
        store->deleteSecret(key);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(deleted.first().at(0).toString(), key);
        QCOMPARE(deleted.first().at(1).value<CredentialStore::Error>(),
                 CredentialStore::Error::None);

        const ReadAnswer gone = read(store.get(), key);
        QCOMPARE(gone.key, key);
        QCOMPARE(gone.error, CredentialStore::Error::EntryNotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void unknownKeyIsEntryNotFound()
    {
        auto store = makeStore();
        const ReadAnswer answer = read(store.get(), freshKey());
        QCOMPARE(answer.error, CredentialStore::Error::EntryNotFound);
        QVERIFY(answer.secret.isEmpty());
    }

    void keysAreIndependent()
    {
        auto store = makeStore();
        const QString a = freshKey();
        const QString b = freshKey();
        QSignalSpy written(store.get(), &CredentialStore::secretWritten);
        store->writeSecret(a, u"secret-a"_s);
        store->writeSecret(b, u"secret-b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 20000);
        QCOMPARE(read(store.get(), a).secret, u"secret-a"_s);
        QCOMPARE(read(store.get(), b).secret, u"secret-b"_s);

        QSignalSpy deleted(store.get(), &CredentialStore::secretDeleted);
        store->deleteSecret(a);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(read(store.get(), a).error, CredentialStore::Error::EntryNotFound);
        QCOMPARE(read(store.get(), b).secret, u"secret-b"_s);
        store->deleteSecret(b);
        QVERIFY(deleted.wait(20000));
    }

#ifndef SA_TEST_KEYCHAIN
    // Without a session bus (CI, containers) the keychain says plainly that there is none, so
    // that the application can offer "use for this session only" instead of failing oddly.
    void keychainWithoutSessionBusIsNoBackend()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
        KeychainCredentialStore store;
        QCOMPARE(store.serviceName(), u"scaling-advisor"_s);
        const ReadAnswer answer = read(&store, freshKey());
        QCOMPARE(answer.error, CredentialStore::Error::NoBackend);
        QVERIFY(answer.message.contains(u"No keychain"_s));

        QSignalSpy written(&store, &CredentialStore::secretWritten);
        store.writeSecret(freshKey(), u"never stored"_s);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(1).value<CredentialStore::Error>(),
                 CredentialStore::Error::NoBackend);
    }

    void keychainErrorMapping_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("message");
        QTest::addColumn<CredentialStore::Error>("expected");
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << QString() << CredentialStore::Error::EntryNotFound;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                        << CredentialStore::Error::AccessDenied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QString()
                                << CredentialStore::Error::AccessDenied;
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << CredentialStore::Error::NoBackend;
        QTest::newRow("other, no bus")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << CredentialStore::Error::NoBackend;
    }

    void keychainErrorMapping()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, message);
        QFETCH(CredentialStore::Error, expected);
        QCOMPARE(KeychainCredentialStore::mapError(keychainError, message), expected);
    }
#endif
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
