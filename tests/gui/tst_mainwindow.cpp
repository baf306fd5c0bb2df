// The real main window against the in-process platform simulator: load, filter, select, read the
// chart, run a what-if, exempt, export, scale, and see the API go down while the data stays.
// Screenshots of each tab land in <build>/screenshots/ for a person to look at.
#include "accountdialog.h"
#include "findingsmodel.h"
#include "guitestdata.h"
#include "infobar.h"
#include "inventoryfilterproxymodel.h"
#include "inventorytreemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "placementchartview.h"
#include "platformsimulator.h"
#include "scaledialog.h"
#include "snapshot.h"
#include "whatifview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_aliceKey;
    int m_shownApps = 0;

    QString screenshotDir() const
    {
        const QString dir =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(dir);
        return dir;
    }
    void screenshot(const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(screenshotDir() + u'/' + name + u".png"_s));
    }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"tabs"_s); }

    void admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sim.apiUrl().resolved(QUrl(path)));
        req.setRawHeader("X-Admin-Token", m_sim.adminToken().toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply =
            nam.sendCustomRequest(req, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }

    bool refreshAndWait()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        QSignalSpy failed(m_window.get(), &MainWindow::refreshFailed);
        m_window->refresh();
        (void)QTest::qWaitFor([&] { return shown.count() + failed.count() > 0; }, 30000);
        return shown.count() > 0;
    }

    QStringList visibleServiceTypes() const
    {
        QStringList types;
        const QAbstractItemModel *m = m_window->filterModel();
        for (int a = 0; a < m->rowCount(); ++a) {
            const QModelIndex app = m->index(a, 0);
            for (int s = 0; s < m->rowCount(app); ++s)
                types.append(m->index(s, InventoryTreeModel::KindColumn, app).data().toString());
        }
        return types;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        for (const auto &u : m_sim.startupInfo().value(u"users"_s).toArray())
            if (u.toObject().value(u"username"_s).toString() == u"alice"_s)
                m_aliceKey = u.toObject().value(u"api_key"_s).toString();
        QVERIFY(!m_aliceKey.isEmpty());

        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->setExemptionsPath(m_dir.filePath(u"exemptions.json"_s));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void loadsTheAccount()
    {
        Account alice;
        alice.name = u"Demo"_s;
        alice.apiUrl = m_sim.apiUrl();
        alice.username = u"alice"_s;
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        m_window->useAccount(alice, m_aliceKey);
        QVERIFY(m_window->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000);
        QCOMPARE(shown.last().at(0).value<DataAge::Origin>(), DataAge::Origin::Live);
        m_shownApps = m_window->treeModel()->rowCount();
        QCOMPARE(m_shownApps, 12);
        QVERIFY(m_window->findChild<QLabel *>(u"scoreLabel"_s)->text().contains(u"/100"_s));
        QVERIFY(m_window->findChild<QLabel *>(u"dangerLabel"_s)->text().contains(u"danger"_s));
        QCOMPARE(m_window->findChild<QLabel *>(u"dataAgeLabel"_s)->text(), u"fetched just now"_s);
        // Only a successful fetch writes the cache.
        QVERIFY(QFileInfo::exists(Snapshot::cachePath(m_sim.apiUrl().toString(), u"alice"_s)));

        auto *findings = m_window->findChild<QTableView *>(u"findingsView"_s);
        findings->setCurrentIndex(findings->model()->index(0, 0));
        QVERIFY(!m_window->findChild<QPlainTextEdit *>(u"fixEdit"_s)->toPlainText().isEmpty());
        tabs()->setCurrentIndex(0);
        screenshot(u"tab-findings"_s);
    }

    void filterAsYouType()
    {
        auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
        QTest::keyClicks(filter, u"mysql"_s);
        const QStringList types = visibleServiceTypes();
        QVERIFY(!types.isEmpty());
        for (const QString &t : types)
            QCOMPARE(t, u"mysql"_s);
        screenshot(u"filter-mysql"_s);
        filter->clear();
        QCOMPARE(m_window->filterModel()->rowCount(), m_shownApps);
    }

    void placementChartOfSelectedApplication()
    {
        m_window->selectApplication(u"shop"_s);
        tabs()->setCurrentIndex(1);
        PlacementChartView *chart = m_window->placementChart();
        QCOMPARE(chart->series()->barSets().size(), 5); // shop's five services
        QCOMPARE(chart->categories().size(), m_window->inventory().allDatacenters().size());
        qreal total = 0;
        for (QBarSet *s : chart->series()->barSets())
            for (int c = 0; c < s->count(); ++c)
                total += s->at(c);
        int expected = 0;
        for (const Service &svc : m_window->inventory().application(u"shop"_s)->services)
            expected += int(svc.instances.size());
        QCOMPARE(int(total), expected);
        auto *instances = m_window->findChild<QTableView *>(u"instancesView"_s);
        QCOMPARE(instances->model()->rowCount(), expected);
        screenshot(u"tab-placement"_s);
    }

    void whatIfADatacenterFails()
    {
        tabs()->setCurrentIndex(2);
        WhatIfView *whatIf = m_window->whatIfView();
        const QStringList dcs = whatIf->targets();
        QVERIFY(!dcs.isEmpty());
        whatIf->simulate(FailureKind::Datacenter, dcs.first());
        QVERIFY(whatIf->hasResult());
        QCOMPARE(whatIf->applicationsTree()->topLevelItemCount(), m_shownApps);
        QVERIFY(whatIf->result().down + whatIf->result().degraded > 0);
        // The list starts with an application that goes down or degrades.
        QVERIFY(whatIf->applicationsTree()->topLevelItem(0)->text(1) != u"OK"_s);
        screenshot(u"tab-whatif"_s);
    }

    void exemptAFinding()
    {
        FindingsModel *model = m_window->findingsModel();
        const Finding before = *model->finding(0);
        QVERIFY(!before.exempt);
        const int dangerBefore =
            m_window->audit().summary.danger + m_window->audit().summary.warning;
        QVERIFY(m_window->exemptFinding(0, u"accepted until the migration"_s).ok());
        bool found = false;
        for (const Finding &f : m_window->audit().findings)
            if (f.rule == before.rule && f.application == before.application &&
                f.service == before.service) {
                QVERIFY(f.exempt);
                QCOMPARE(f.exemptReason, u"accepted until the migration"_s);
                found = true;
            }
        QVERIFY(found);
        QCOMPARE(m_window->audit().summary.danger + m_window->audit().summary.warning,
                 dangerBefore - 1);
        const auto saved = ExemptionList::load(m_window->exemptionsPath());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().items().size(), 1);
        QCOMPARE(saved.value().items().first().rule, before.rule);
    }

    void exportEachFormat()
    {
        const QString html = m_dir.filePath(u"r.html"_s), pdf = m_dir.filePath(u"r.pdf"_s),
                      csv = m_dir.filePath(u"r.csv"_s), json = m_dir.filePath(u"r.json"_s);
        QVERIFY(m_window->exportReport(u"html"_s, html).ok());
        QVERIFY(m_window->exportReport(u"pdf"_s, pdf).ok());
        QVERIFY(m_window->exportReport(u"csv"_s, csv).ok());
        QVERIFY(m_window->exportReport(u"json"_s, json).ok());
        auto read = [](const QString &p) {
            QFile f(p);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(read(html).contains("<html"));
        const QString snapshot = m_dir.filePath(u"saved.json"_s);
        QVERIFY(m_window->saveSnapshot(snapshot).ok());
        const Result<Inventory> reread = Snapshot::read(snapshot);
        QVERIFY2(reread.ok(), qPrintable(reread.error()));
        QCOMPARE(reread->applications.size(), m_window->inventory().applications.size());
        QVERIFY(read(pdf).startsWith("%PDF"));
        const QList<QByteArray> lines = read(csv).split('\n');
        QVERIFY(lines.first().contains("rule"));
        const QJsonDocument doc = QJsonDocument::fromJson(read(json));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(u"findings"_s).toArray().size(),
                 m_window->audit().findings.size());
        // RFC 4180: quoted fields may span lines; count the records outside quotes.
        int records = 0;
        bool quoted = false;
        for (char c : read(csv)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
        }
        QCOMPARE(records - 1, m_window->audit().findings.size());
    }

    void scaleAServiceAndSeeTheNewCount()
    {
        const Service *www = m_window->inventory().application(u"api"_s)->service(u"www"_s);
        QCOMPARE(www->instances.size(), 1);
        auto *dialog = qobject_cast<ScaleDialog *>(m_window->openScaleDialog(u"api"_s, u"www"_s));
        QVERIFY(dialog);
        dialog->setInstances(3);
        QCOMPARE(dialog->command(), u"dotcloud -A api scale www:instances=3"_s);
        QVERIFY(dialog->request().startsWith(u"PATCH /v1/me/applications/api/services/www"_s));
        QVERIFY(!dialog->sendButton()->isEnabled()); // not before the confirmation
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(dialog->sendButton()->isEnabled());
        dialog->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answer().contains(u"Read again: www has 3"_s), 20000);
        QCOMPARE(m_window->inventory().application(u"api"_s)->service(u"www"_s)->instances.size(),
                 3);
        QVERIFY(dialog->grab().save(screenshotDir() + u"/dialog-scale.png"_s));
        dialog->close();
    }

    void platformRefusalIsShown()
    {
        // MongoDB with an even member count: the platform says no, and the dialog says why.
        auto *dialog = qobject_cast<ScaleDialog *>(m_window->openScaleDialog(u"api"_s, u"data"_s));
        dialog->setInstances(4);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        dialog->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answer().startsWith(u"The platform refused"_s), 20000);
        dialog->close();
    }

    void partialFailuresAreListed()
    {
        admin("POST", u"/admin/faults"_s,
              {{u"kind"_s, u"status"_s},
               {u"status"_s, 404},
               {u"path_prefix"_s, u"/v1/me/applications/wiki/services/db"_s}});
        QVERIFY(refreshAndWait());
        InfoBar *bar = m_window->partialInfoBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"wiki/db"_s), qPrintable(bar->text()));
        admin("DELETE", u"/admin/faults"_s);
        QVERIFY(refreshAndWait());
        QVERIFY(!bar->isVisible());
    }

    void apiDownKeepsTheData()
    {
        const Inventory before = m_window->inventory();
        admin("POST", u"/admin/faults"_s, {{u"kind"_s, u"status"_s}, {u"status"_s, 418}});
        QSignalSpy failed(m_window.get(), &MainWindow::refreshFailed);
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 30000);
        InfoBar *bar = m_window->refreshInfoBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"maintenance"_s), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(u"Next try at"_s));
        QCOMPARE(m_window->inventory(), before);
        QCOMPARE(m_window->treeModel()->rowCount(), m_shownApps);
        QVERIFY(m_window->findChild<QLabel *>(u"dataAgeLabel"_s)->text().startsWith(u"fetched"_s));
        tabs()->setCurrentIndex(0);
        screenshot(u"api-down"_s);
        admin("DELETE", u"/admin/faults"_s);
    }

    void remoteMarkupShownLiterally()
    {
        const QString path = m_dir.filePath(u"markup.json"_s);
        QVERIFY(Snapshot::write(GuiTestData::inventory(), path).ok());
        QVERIFY(m_window->openSnapshot(path).ok());
        QCOMPARE(m_window->dataOrigin(), DataAge::Origin::Snapshot);
        QVERIFY(m_window->findChild<QLabel *>(u"dataAgeLabel"_s)
                    ->text()
                    .startsWith(u"snapshot from"_s));
        auto *findings = m_window->findChild<QTableView *>(u"findingsView"_s);
        int row = -1;
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            if (findings->model()->index(r, FindingsModel::ApplicationColumn).data().toString() ==
                GuiTestData::markupApp)
                row = r;
        QVERIFY(row >= 0);
        findings->setCurrentIndex(findings->model()->index(row, 0));
        auto *title = m_window->findChild<QLabel *>(u"detailsTitle"_s);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(GuiTestData::markupApp));
        auto *message = m_window->findChild<QLabel *>(u"detailsMessage"_s);
        QCOMPARE(message->textFormat(), Qt::PlainText);
        tabs()->setCurrentIndex(0);
        screenshot(u"snapshot-markup"_s);
        // A snapshot is not an account: no scaling from here.
        QVERIFY(!ScaleDialog::unavailableReason(m_window->inventory(), u"shop"_s, false).isEmpty());
    }

    void scaleUnavailableForSandboxAndSupport()
    {
        Inventory inv = GuiTestData::inventory();
        QVERIFY(ScaleDialog::unavailableReason(inv, u"shop"_s, true).isEmpty());
        QVERIFY(ScaleDialog::unavailableReason(inv, u"blog"_s, true).contains(u"sandbox"_s));
        ScaleDialog sandbox(m_window->platformClient(), u"dotcloud"_s, inv, u"blog"_s, u"www"_s, 3);
        sandbox.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!sandbox.sendButton()->isEnabled());
        QCOMPARE(sandbox.command(), u"dotcloud -A blog scale www:instances=3"_s);
        inv.user.role = User::roleSupport();
        ScaleDialog support(m_window->platformClient(), u"dotcloud"_s, inv, u"shop"_s, u"www"_s, 3);
        support.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!support.sendButton()->isEnabled());
        QVERIFY(support.answer().contains(u"Support"_s));
    }

    void darkPaletteStaysReadable()
    {
        QVERIFY(refreshAndWait()); // back to the live data
        QCOMPARE(m_window->dataOrigin(), DataAge::Origin::Live);
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        m_window->selectApplication(u"shop"_s);
        tabs()->setCurrentIndex(1);
        // The chart follows the palette: its background is the dark base colour.
        QCOMPARE(m_window->placementChart()->chart()->backgroundBrush().color(),
                 dark.color(QPalette::Base));
        screenshot(u"dark-placement"_s);
        tabs()->setCurrentIndex(0);
        screenshot(u"dark-findings"_s);
        // The documentation link takes the dark palette's link colour, not a dark blue.
        QVERIFY(m_window->findChild<QLabel *>(u"docLinkLabel"_s)
                    ->text()
                    .contains(dark.color(QPalette::Link).name()));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }

    void frenchTranslation()
    {
        QTranslator french;
        QVERIFY(french.load(u":/i18n/scaling-advisor_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        QCoreApplication::processEvents();
        QCOMPARE(tabs()->tabText(0), u"&Constats"_s);
        QCOMPARE(m_window->treeModel()->headerData(0, Qt::Horizontal).toString(), u"Nom"_s);
        QVERIFY(m_window->findChild<QLabel *>(u"dataAgeLabel"_s)->text().startsWith(u"lu "_s));
        screenshot(u"fr-findings"_s);
        tabs()->setCurrentIndex(2);
        m_window->whatIfView()->simulate(FailureKind::Datacenter,
                                         m_window->whatIfView()->targets().first());
        QVERIFY(m_window->whatIfView()->summaryText().startsWith(u"Si "_s));
        screenshot(u"fr-whatif"_s);
        QCoreApplication::removeTranslator(&french);
        QCoreApplication::processEvents();
        tabs()->setCurrentIndex(0);
    }

    void startShowsTheCacheAtOnceThenRefreshes()
    {
        // A second window, as at the next start: the saved account, its secret in the store.
        Account alice;
        alice.name = u"Work"_s;
        alice.apiUrl = m_sim.apiUrl();
        alice.username = u"alice"_s;
        AccountStore::save({alice});
        AccountStore::setCurrentName(alice.name);
        QSignalSpy written(&m_store, &CredentialStore::secretWritten);
        m_store.writeSecret(alice.secretKey(), m_aliceKey);
        QVERIFY(written.wait(2000));
        MainWindow next(&m_store);
        next.setExemptionsPath(m_dir.filePath(u"exemptions.json"_s));
        QSignalSpy shown(&next, &MainWindow::inventoryShown);
        next.start();
        // The cached snapshot of the last good fetch is on screen before any network answer.
        QCOMPARE(next.dataOrigin(), DataAge::Origin::Cache);
        QCOMPARE(next.treeModel()->rowCount(), m_shownApps);
        QVERIFY(next.dataAgeText().startsWith(u"cached data from"_s));
        QTRY_VERIFY_WITH_TIMEOUT(next.dataOrigin() == DataAge::Origin::Live, 30000);
        QVERIFY(next.dataAgeText().startsWith(u"fetched"_s));
        // The exemption made in the first window holds in the next one.
        QVERIFY(next.audit().summary.exempt >= 1);
    }

    void missingSecretAsksForIt()
    {
        Account bob;
        bob.name = u"Bob"_s;
        bob.apiUrl = m_sim.apiUrl();
        bob.username = u"bob"_s;
        AccountStore::save({bob});
        AccountStore::setCurrentName(bob.name);
        MainWindow next(&m_store);
        next.start();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = next.findChild<AccountDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentAccount().name, u"Bob"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"No secret"_s));
        dialog->reject();
    }

    void supportAccountReadsACustomerAndCannotScale()
    {
        QString samKey;
        for (const auto &u : m_sim.startupInfo().value(u"users"_s).toArray())
            if (u.toObject().value(u"role"_s).toString() == u"support"_s)
                samKey = u.toObject().value(u"api_key"_s).toString();
        QVERIFY(!samKey.isEmpty());
        Account desk;
        desk.name = u"Desk"_s;
        desk.apiUrl = m_sim.apiUrl();
        desk.username = u"sam"_s;
        desk.support = true;
        desk.customer = u"alice"_s;
        MainWindow support(&m_store);
        support.setSnapshotCaching(false);
        support.useAccount(desk, samKey);
        QTRY_VERIFY_WITH_TIMEOUT(support.dataOrigin() == DataAge::Origin::Live, 30000);
        QCOMPARE(support.inventory().user.username, u"alice"_s);
        QCOMPARE(support.inventory().viewer, u"sam"_s);
        QCOMPARE(support.treeModel()->rowCount(), m_shownApps);
        support.selectApplication(u"api"_s, u"www"_s);
        QVERIFY(!support.findChild<QAction *>(u"actionScale"_s)->isEnabled());
        QVERIFY(!ScaleDialog::unavailableReason(support.inventory(), u"api"_s, true).isEmpty());
    }

    void everyControlHasAName()
    {
        // Screen readers: each control a user can reach says what it is.
        QStringList unnamed;
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(m_window.get()))
                continue;
            const bool control =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (!control || qobject_cast<QLineEdit *>(w->parentWidget()))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named =
                !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named)
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                               w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
