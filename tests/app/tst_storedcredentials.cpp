#include "keychainaccess.h"
#include "memorycredentialstore.h"
#include "storedcredentials.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What `login` keeps and where: one keychain entry per API, whatever way the URL was typed, and a
// secret that reads back exactly.
class TestStoredCredentials : public QObject
{
    Q_OBJECT

private slots:
    void oneEntryPerApi_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"https://api.example.com"_s
                               << u"platform-api:https://api.example.com"_s;
        QTest::newRow("trailing slash")
            << u"https://api.example.com/"_s << u"platform-api:https://api.example.com"_s;
        QTest::newRow("spaces") << u"  https://api.example.com  "_s
                                << u"platform-api:https://api.example.com"_s;
        QTest::newRow("path kept") << u"https://example.com/platform//"_s
                                   << u"platform-api:https://example.com/platform"_s;
        QTest::newRow("port kept")
            << u"http://127.0.0.1:8080"_s << u"platform-api:http://127.0.0.1:8080"_s;
        QTest::newRow("query dropped")
            << u"https://api.example.com/?x=1"_s << u"platform-api:https://api.example.com"_s;
    }
    void oneEntryPerApi()
    {
        QFETCH(QString, typed);
        QTEST(StoredCredentials::keychainKey(typed), "key");
    }

    void secretRoundTrip()
    {
        StoredCredentials c;
        c.username = u"alice"_s;
        c.refreshToken = u"r3fr3sh"_s;
        const Result<StoredCredentials> back = StoredCredentials::fromSecret(c.toSecret());
        QVERIFY(back.ok());
        QCOMPARE(back->username, c.username);
        QCOMPARE(back->refreshToken, c.refreshToken);
        QVERIFY(back->apiKey.isEmpty());
        QVERIFY(back->password.isEmpty());
        QVERIFY(!c.toSecret().contains(u"password"_s));
    }

    void unreadableSecretsSayLogInAgain_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("not JSON") << u"abc:def"_s;
        QTest::newRow("array") << u"[]"_s;
        QTest::newRow("no credentials") << uR"({"username": "alice"})"_s;
    }
    void unreadableSecretsSayLogInAgain()
    {
        QFETCH(QString, secret);
        const Result<StoredCredentials> r = StoredCredentials::fromSecret(secret);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"login"_s), qPrintable(r.error()));
    }

    void keychainAccessWaitsForTheStore()
    {
        MemoryCredentialStore store;
        KeychainAccess keychain(store, 5000);
        QCOMPARE(keychain.read(u"k"_s).error, CredentialStore::Error::EntryNotFound);
        QVERIFY(keychain.write(u"k"_s, u"secret"_s).ok());
        const KeychainAccess::ReadResult read = keychain.read(u"k"_s);
        QCOMPARE(read.error, CredentialStore::Error::None);
        QCOMPARE(read.secret, u"secret"_s);
        QVERIFY(keychain.remove(u"k"_s).ok());
        QVERIFY(keychain.remove(u"k"_s).ok()); // nothing left to delete is fine
        QCOMPARE(keychain.read(u"k"_s).error, CredentialStore::Error::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestStoredCredentials)
#include "tst_storedcredentials.moc"
