#include "appsettings.h"
#include "dataage.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
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
