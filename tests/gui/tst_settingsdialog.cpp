#include "appsettings.h"
#include "dataage.h"
#include "memorycredentialstore.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor-test"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        QSettings().clear();
    }

    void savesWhatTheUserChose()
    {
        SettingsDialog dialog;
        dialog.open();
        dialog.findChild<QLineEdit *>(u"statusUrlEdit"_s)->setText(u"https://status.example.com"_s);
        dialog.findChild<QSpinBox *>(u"pollSpin"_s)->setValue(120);
        dialog.findChild<QCheckBox *>(u"notificationsCheck"_s)->setChecked(false);
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findText(u"Deutsch"_s));
        dialog.findChild<QLineEdit *>(u"cliEdit"_s)->setText(u"dotcloud2"_s);
        const QString shots =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/dialog-settings.png"_s));
        dialog.accept();
        const AppSettings s = AppSettings::load();
        QCOMPARE(s.statusUrl, QUrl(u"https://status.example.com"_s));
        QCOMPARE(s.pollIntervalSeconds, 120);
        QVERIFY(!s.notifications);
        QCOMPARE(s.language, u"de"_s);
        QCOMPARE(s.cliName, u"dotcloud2"_s);

        // Reopened, the dialog shows the saved choices; "automatic" removes the interval.
        SettingsDialog again;
        QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
                 u"de"_s);
        again.findChild<QSpinBox *>(u"pollSpin"_s)->setValue(0);
        again.accept();
        QVERIFY(!QSettings().contains(u"status/pollIntervalSeconds"_s));
    }

    void networkSettingsAreKeptAndThePasswordGoesToTheKeychain()
    {
        QSettings().clear();
        QCOMPARE(AppSettings::load().inventoryRefreshMinutes, 5); // the default
        MemoryCredentialStore store;
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        SettingsDialog dialog;
        dialog.setCredentialStore(&store);
        dialog.open();
        auto *proxy = dialog.findChild<QComboBox *>(u"proxyCombo"_s);
        auto *host = dialog.findChild<QLineEdit *>(u"proxyHostEdit"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"proxyPasswordEdit"_s);
        QVERIFY(!host->isEnabled()); // System: nothing to fill in
        proxy->setCurrentIndex(proxy->findData(u"manual"_s));
        QVERIFY(host->isEnabled());
        QVERIFY(!password->isEnabled()); // no user, no password
        host->setText(u"proxy.corp.example"_s);
        dialog.findChild<QSpinBox *>(u"proxyPortSpin"_s)->setValue(8080);
        dialog.findChild<QLineEdit *>(u"proxyUserEdit"_s)->setText(u"alice"_s);
        QVERIFY(password->isEnabled());
        password->setText(u"pr0xy"_s);
        dialog.findChild<QSpinBox *>(u"refreshSpin"_s)->setValue(15);
        const QString shots =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/dialog-settings-network.png"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const AppSettings s = AppSettings::load();
        QCOMPARE(s.proxy.mode, ProxyConfiguration::Mode::Manual);
        QCOMPARE(s.proxy.host, u"proxy.corp.example"_s);
        QCOMPARE(s.proxy.port, quint16(8080));
        QCOMPARE(s.proxy.user, u"alice"_s);
        QCOMPARE(s.inventoryRefreshMinutes, 15);
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"pr0xy"_s)); // never in the settings
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(), AppSettings::proxyPasswordKey());
        // The client gets the proxy with its password.
        const PlatformClientOptions options = s.applyTo({}, u"pr0xy"_s);
        QCOMPARE(options.proxy.proxiesFor(QUrl(u"https://api.example.com"_s)).first().hostName(),
                 u"proxy.corp.example"_s);
        QCOMPARE(options.proxy.password, u"pr0xy"_s);
    }

    void unreadableCaFileIsRefused()
    {
        SettingsDialog dialog;
        MemoryCredentialStore store;
        dialog.setCredentialStore(&store);
        dialog.open();
        dialog.findChild<QLineEdit *>(u"caFileEdit"_s)->setText(u"/nonexistent/ca.pem"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"problemLabel"_s)
                    ->text()
                    .contains(u"/nonexistent/ca.pem"_s));
        const QString real =
            qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/tls-localhost.crt"_s;
        dialog.findChild<QLineEdit *>(u"caFileEdit"_s)->setText(real);
        dialog.accept();
        QCOMPARE(AppSettings::load().caFile, real);
        QCOMPARE(AppSettings::load().applyTo({}).caFile, real);
    }

    void dataAgeSaysWhereAndHowOld()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(DataAge::describe(DataAge::Origin::Live, now.addSecs(-10), now),
                 u"fetched just now"_s);
        QCOMPARE(DataAge::describe(DataAge::Origin::Live, now.addSecs(-180), now),
                 u"fetched 3 min ago"_s);
        QVERIFY(DataAge::describe(DataAge::Origin::Cache, now.addSecs(-7200), now)
                    .startsWith(u"cached data from"_s));
        QVERIFY(DataAge::describe(DataAge::Origin::Snapshot, now.addDays(-3), now)
                    .endsWith(u"(3 days ago)"_s));
        QCOMPARE(DataAge::describe(DataAge::Origin::None, now, now), u"no data"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
