#include "accountdialog.h"
#include "memorycredentialstore.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A system without a keychain: every call answers NoBackend.
class NoBackendStore : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void readSecret(const QString &key) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, key] { emit secretRead(key, QString(), Error::NoBackend, u"no keychain"_s); },
            Qt::QueuedConnection);
    }
    void writeSecret(const QString &key, const QString &) override
    {
        QMetaObject::invokeMethod(
            this, [this, key] { emit secretWritten(key, Error::NoBackend, u"no keychain"_s); },
            Qt::QueuedConnection);
    }
    void deleteSecret(const QString &key) override
    {
        QMetaObject::invokeMethod(
            this, [this, key] { emit secretDeleted(key, Error::NoBackend, u"no keychain"_s); },
            Qt::QueuedConnection);
    }
};

const QString secret = u"aLiCe0demo1key2ABCDE:f3b9c1d27e8a4b6f9c0d1e2f3a4b5c6d7e8f9a0b"_s;

QString allSettingsText()
{
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QString readBack(CredentialStore &store, const QString &key)
{
    QSignalSpy spy(&store, &CredentialStore::secretRead);
    store.readSecret(key);
    if (!spy.wait(2000))
        return u"<no answer>"_s;
    return spy.first().at(1).toString();
}
} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT

private:
    void fill(AccountDialog &dialog, const QString &name)
    {
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
        dialog.findChild<QLineEdit *>(u"apiUrlEdit"_s)->setText(u"http://127.0.0.1:8080"_s);
        dialog.findChild<QRadioButton *>(u"apiKeyRadio"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(secret);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor-test"_s);
        QCoreApplication::setApplicationName(u"tst_accountdialog"_s);
    }
    void init() { QSettings().clear(); }

    void secretGoesToTheStoreOnly()
    {
        MemoryCredentialStore store, session;
        AccountDialog dialog(&store, &session);
        dialog.open();
        fill(dialog, u"Work"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(2000));
        QCOMPARE(dialog.currentAccount().name, u"Work"_s);
        QCOMPARE(readBack(store, dialog.currentAccount().secretKey()), secret);
        QCOMPARE(AccountStore::load().size(), 1);
        QCOMPARE(AccountStore::load().first().apiUrl, QUrl(u"http://127.0.0.1:8080"_s));
        const QString settings = allSettingsText();
        QVERIFY(settings.contains(u"Work"_s));
        QVERIFY(!settings.contains(secret));
        QVERIFY(!settings.contains(u"f3b9c1d27e8a"_s));
    }

    void noKeychainOffersSessionOnly()
    {
        NoBackendStore store;
        MemoryCredentialStore session;
        AccountDialog dialog(&store, &session);
        dialog.open();
        fill(dialog, u"Laptop"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        auto *sessionButton = dialog.findChild<QPushButton *>(u"sessionOnlyButton"_s);
        QTRY_VERIFY(sessionButton->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"No keychain"_s));
        QCOMPARE(accepted.count(), 0);
        const QString shots =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/dialog-account-nokeychain.png"_s));
        sessionButton->click();
        QVERIFY(accepted.wait(2000));
        QVERIFY(dialog.sessionOnly());
        QCOMPARE(readBack(session, u"account/Laptop"_s), secret);
        QVERIFY(!allSettingsText().contains(secret));
    }

    void supportAccountNeedsCustomer()
    {
        MemoryCredentialStore store, session;
        AccountDialog dialog(&store, &session);
        dialog.open();
        fill(dialog, u"Desk"_s);
        auto *customer = dialog.findChild<QLineEdit *>(u"customerEdit"_s);
        QVERIFY(!customer->isEnabled());
        dialog.findChild<QCheckBox *>(u"supportCheck"_s)->setChecked(true);
        QVERIFY(customer->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: no customer yet
        customer->setText(u"bob"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(2000));
        QCOMPARE(AccountStore::load().first().customer, u"bob"_s);
        QVERIFY(AccountStore::load().first().support);
    }

    void logOutDeletesTheSecret()
    {
        MemoryCredentialStore store, session;
        {
            AccountDialog dialog(&store, &session);
            dialog.open();
            fill(dialog, u"Work"_s);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            QVERIFY(accepted.wait(2000));
        }
        QCOMPARE(readBack(store, u"account/Work"_s), secret);
        AccountDialog dialog(&store, &session);
        dialog.open();
        dialog.selectAccount(u"Work"_s);
        QSignalSpy deleted(&store, &CredentialStore::secretDeleted);
        dialog.findChild<QPushButton *>(u"removeButton"_s)->click();
        QVERIFY(deleted.wait(2000));
        QCOMPARE(readBack(store, u"account/Work"_s), QString());
        QVERIFY(AccountStore::load().isEmpty());
    }

    void statusUrlIsKeptPerAccount()
    {
        MemoryCredentialStore store, session;
        AccountDialog dialog(&store, &session);
        dialog.open();
        fill(dialog, u"Work"_s);
        auto *status = dialog.findChild<QLineEdit *>(u"accountStatusUrlEdit"_s);
        status->setText(u"https://"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        QVERIFY(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"status URL"_s));
        status->setText(u"https://status.work.example"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(2000));
        QCOMPARE(AccountStore::find(u"Work"_s)->statusUrl, QUrl(u"https://status.work.example"_s));

        // Edited later: the new URL replaces the old one, the secret stays.
        AccountDialog again(&store, &session);
        again.open();
        again.selectAccount(u"Work"_s);
        QCOMPARE(again.findChild<QLineEdit *>(u"accountStatusUrlEdit"_s)->text(),
                 u"https://status.work.example"_s);
        again.findChild<QLineEdit *>(u"accountStatusUrlEdit"_s)
            ->setText(u"https://status2.example"_s);
        QSignalSpy acceptedAgain(&again, &QDialog::accepted);
        again.accept();
        QTRY_COMPARE(acceptedAgain.size(), 1);
        QCOMPARE(AccountStore::find(u"Work"_s)->statusUrl, QUrl(u"https://status2.example"_s));
        QCOMPARE(readBack(store, u"account/Work"_s), secret);
    }

    void sessionOnlySecretIsNotCalledStored()
    {
        NoBackendStore store;
        MemoryCredentialStore session;
        {
            AccountDialog dialog(&store, &session);
            dialog.open();
            fill(dialog, u"Laptop"_s);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            auto *sessionButton = dialog.findChild<QPushButton *>(u"sessionOnlyButton"_s);
            QTRY_VERIFY(sessionButton->isVisible());
            sessionButton->click();
            QVERIFY(accepted.wait(2000));
        }
        AccountDialog dialog(&store, &session);
        dialog.open();
        dialog.selectAccount(u"Laptop"_s);
        const QString placeholder =
            dialog.findChild<QLineEdit *>(u"secretEdit"_s)->placeholderText();
        QVERIFY2(!placeholder.contains(u"stored"_s), qPrintable(placeholder));
        QVERIFY2(placeholder.contains(u"session"_s), qPrintable(placeholder));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
