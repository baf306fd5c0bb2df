// The real main window against the in-process platform simulator: load, filter, select, read the
// chart, run a what-if, exempt, export, scale, and see the API go down while the data stays. Each
// test gets a fresh window; the test drives it as a user would, through its widgets (found by
// object name), its actions and its public signals.
// Screenshots land in <build>/screenshots/ for a person to look at.
#include "accountdialog.h"
#include "accountsession.h"
#include "findingsmodel.h"
#include "guitestdata.h"
#include "infobar.h"
#include "instancetablemodel.h"
#include "inventoryloader.h"
#include "inventorytreemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "placementchartview.h"
#include "planview.h"
#include "platformsimulator.h"
#include "scaledialog.h"
#include "simadmin.h"
#include "snapshot.h"
#include "statuscontroller.h"
#include "verifyok.h"
#include "whatifview.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_aliceKey;
    static constexpr int demoApplications = 12;

    QString screenshotDir() const
    {
        const QString dir =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(dir);
        return dir;
    }
    void screenshot(const QString &name, QWidget *w = nullptr)
    {
        QCoreApplication::processEvents();
        // What that posted: the layouts of texts just set (a headline wrapped to two lines).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY((w ? w : m_window.get())->grab().save(screenshotDir() + u'/' + name + u".png"_s));
    }
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QTabWidget *tabs() const { return child<QTabWidget>(u"tabs"_s); }
    QTreeView *tree() const { return child<QTreeView>(u"inventoryTree"_s); }
    QTableView *findings() const { return child<QTableView>(u"findingsView"_s); }
    QTableView *instances() const { return child<QTableView>(u"instancesView"_s); }
    QLineEdit *filter() const { return child<QLineEdit>(u"filterEdit"_s); }
    AccountSession *session() const { return child<AccountSession>(u"accountSession"_s); }
    const Inventory &inventory() const { return session()->inventory(); }
    InfoBar *refreshBar() const { return child<InfoBar>(u"refreshInfoBar"_s); }
    InfoBar *partialBar() const { return child<InfoBar>(u"partialInfoBar"_s); }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    QString labelText(const QString &name) const { return child<QLabel>(name)->text(); }
    WhatIfView *whatIf() const { return child<WhatIfView>(u"whatIfView"_s); }

    Account alice() const
    {
        Account a;
        a.name = u"Demo"_s;
        a.apiUrl = m_sim.apiUrl();
        a.username = u"alice"_s;
        return a;
    }

    // Signs in as alice and waits for the live data.
    bool loadAlice()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        m_window->useAccount(alice(), m_aliceKey);
        return QTest::qWaitFor(
            [&] {
                return !shown.isEmpty() &&
                       shown.last().at(0).value<DataAge::Origin>() == DataAge::Origin::Live;
            },
            30000);
    }

    bool refreshAndWait()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        QSignalSpy failed(m_window.get(), &MainWindow::refreshFailed);
        action(u"actionRefresh"_s)->trigger();
        (void)QTest::qWaitFor([&] { return shown.count() + failed.count() > 0; }, 30000);
        return shown.count() > 0;
    }

    QStringList visibleServiceTypes() const
    {
        QStringList types;
        const QAbstractItemModel *m = tree()->model();
        for (int a = 0; a < m->rowCount(); ++a) {
            const QModelIndex app = m->index(a, 0);
            for (int s = 0; s < m->rowCount(app); ++s)
                types.append(m->index(s, InventoryTreeModel::KindColumn, app).data().toString());
        }
        return types;
    }

    const Finding *currentFinding() const
    {
        const QModelIndex idx = findings()->currentIndex();
        if (!idx.isValid())
            return nullptr;
        auto *proxy = qobject_cast<const QAbstractProxyModel *>(findings()->model());
        auto *model = m_window->findChild<FindingsModel *>(u"findingsModel"_s);
        return model->finding(proxy->mapToSource(idx).row());
    }

    int findingRow(const QString &application, const QString &service) const
    {
        const QAbstractItemModel *m = findings()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, FindingsModel::ApplicationColumn).data().toString() == application &&
                m->index(r, FindingsModel::ServiceColumn).data().toString() == service)
                return r;
        return -1;
    }

    QString treeCurrent() const
    {
        const QModelIndex idx = tree()->currentIndex();
        const QString svc = idx.data(InventoryTreeModel::ServiceRole).toString();
        return idx.data(InventoryTreeModel::ApplicationRole).toString() +
               (svc.isEmpty() ? QString() : QString(u'/' + svc));
    }

    static QPalette darkPalette()
    {
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
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return dark;
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
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        for (const auto &u : m_sim.startupInfo().value(u"users"_s).toArray())
            if (u.toObject().value(u"username"_s).toString() == u"alice"_s)
                m_aliceKey = u.toObject().value(u"api_key"_s).toString();
        QVERIFY(!m_aliceKey.isEmpty());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(&m_store);
        session()->setExemptionsPath(m_dir.filePath(u"exemptions.json"_s));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        SA_VERIFY_OK(m_admin->clearFaults());
    }

    void theFirstStartFitsTheScreen()
    {
        // No saved geometry: the designed 1200×780, or the screen less a title bar where that is
        // smaller (the offscreen platform's is 800 wide), never below what the layouts need.
        m_window.reset(); // saves its geometry
        QSettings().remove(u"window/geometry"_s);
        MainWindow fresh(&m_store);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        const QSize room = fresh.screen()->availableGeometry().size() -
                           QSize(0, fresh.style()->pixelMetric(QStyle::PM_TitleBarHeight));
        const QSize expected = QSize(1200, 780).boundedTo(room).expandedTo(fresh.minimumSizeHint());
        QCOMPARE(fresh.size(), expected);
        m_window = std::make_unique<MainWindow>(&m_store); // what cleanup() resets
    }

    void loadsTheAccount()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        m_window->useAccount(alice(), m_aliceKey);
        QVERIFY(session()->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(shown.last().at(0).value<DataAge::Origin>(), DataAge::Origin::Live);
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
        QVERIFY(labelText(u"scoreLabel"_s).contains(u"/100"_s));
        QVERIFY(labelText(u"dangerLabel"_s).contains(u"danger"_s));
        QCOMPARE(labelText(u"dataAgeLabel"_s), u"fetched just now"_s);
        // Only a successful fetch writes the cache.
        QVERIFY(QFileInfo::exists(Snapshot::cachePath(m_sim.apiUrl().toString(), u"alice"_s)));

        findings()->setCurrentIndex(findings()->model()->index(0, 0));
        QVERIFY(!child<QPlainTextEdit>(u"fixEdit"_s)->toPlainText().isEmpty());
        tabs()->setCurrentIndex(0);
        screenshot(u"tab-findings"_s);
    }

    void titleNamesTheUser()
    {
        QCOMPARE(m_window->windowTitle(), u"Scaling Advisor"_s);
        QVERIFY(loadAlice());
        // The desktop shows it as is: the user first, the application once.
        QCOMPARE(m_window->windowTitle(), u"alice — Scaling Advisor"_s);
    }

    void summaryStripSaysTheHeadlineFirst()
    {
        QVERIFY(loadAlice());
        auto *strip = child<QWidget>(u"summaryStrip"_s);
        auto *headline = child<QLabel>(u"headlineLabel"_s);
        auto *grade = child<QLabel>(u"gradeLabel"_s);
        QVERIFY(headline->isVisible());
        QVERIFY2(headline->text().contains(u"applications survive the loss of any one"_s),
                 qPrintable(headline->text()));
        // Above the grade and the counts, and said first to a screen reader.
        QVERIFY(headline->mapTo(strip, QPoint(0, 0)).y() < grade->mapTo(strip, QPoint(0, 0)).y());
        QVERIFY(strip->accessibleDescription().startsWith(headline->text()));
        QVERIFY(grade->text().startsWith(u"Grade "_s));
        QVERIFY(!grade->toolTip().isEmpty()); // why the grade is what it is
        screenshot(u"summary-strip"_s, strip);
    }

    void filterAsYouType()
    {
        QVERIFY(loadAlice());
        QTest::keyClicks(filter(), u"mysql"_s);
        const QStringList types = visibleServiceTypes();
        QVERIFY(!types.isEmpty());
        for (const QString &t : types)
            QCOMPARE(t, u"mysql"_s);
        screenshot(u"filter-mysql"_s);
        filter()->clear();
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
    }

    void filterNarrowsEveryView()
    {
        QVERIFY(loadAlice());
        const int allFindings = findings()->model()->rowCount();
        QVERIFY(findingRow(u"crm"_s, u"db"_s) >= 0);
        m_window->selectApplication(u"crm"_s);
        filter()->setFocus();
        QTest::keyClicks(filter(), u"crm"_s);
        // The tree: crm alone.
        QCOMPARE(tree()->model()->rowCount(), 1);
        // The findings: crm's alone, and there are some.
        const QAbstractItemModel *f = findings()->model();
        QVERIFY(f->rowCount() > 0);
        QVERIFY(f->rowCount() < allFindings);
        for (int r = 0; r < f->rowCount(); ++r)
            QCOMPARE(f->index(r, FindingsModel::ApplicationColumn).data().toString(), u"crm"_s);
        // The placement: crm's instances.
        const QAbstractItemModel *i = instances()->model();
        QVERIFY(i->rowCount() > 0);
        for (int r = 0; r < i->rowCount(); ++r)
            QCOMPARE(i->index(r, 0).data(InstanceTableModel::ApplicationRole).toString(), u"crm"_s);
        screenshot(u"filter-crm"_s);
        // A service type narrows the findings to the services of that type.
        filter()->clear();
        QTest::keyClicks(filter(), u"mongodb"_s);
        QVERIFY(f->rowCount() > 0);
        for (int r = 0; r < f->rowCount(); ++r) {
            const QString app = f->index(r, FindingsModel::ApplicationColumn).data().toString();
            const QString svc = f->index(r, FindingsModel::ServiceColumn).data().toString();
            const Service *s = inventory().application(app)->service(svc);
            QVERIFY2(s && s->serviceType == u"mongodb"_s, qPrintable(app + u'/' + svc));
        }
        filter()->clear();
        QCOMPARE(f->rowCount(), allFindings);
    }

    // Behind another tab the instance table is filtered when it is shown, then at each keystroke.
    void hiddenInstancesAreFilteredWhenShown()
    {
        QVERIFY(loadAlice());
        tabs()->setCurrentIndex(0);
        QVERIFY(!instances()->isVisible());
        filter()->setFocus();
        QTest::keyClicks(filter(), u"mongodb"_s);
        tabs()->setCurrentIndex(1);
        const QAbstractItemModel *i = instances()->model();
        QVERIFY(i->rowCount() > 0);
        for (int r = 0; r < i->rowCount(); ++r) {
            const QString app = i->index(r, 0).data(InstanceTableModel::ApplicationRole).toString();
            const QString svc = i->index(r, 0).data(InstanceTableModel::ServiceRole).toString();
            const Service *s = inventory().application(app)->service(svc);
            QVERIFY2(s && s->serviceType == u"mongodb"_s, qPrintable(app + u'/' + svc));
        }
        filter()->clear();
        QTest::keyClicks(filter(), u"crm"_s);
        QVERIFY(i->rowCount() > 0);
        for (int r = 0; r < i->rowCount(); ++r)
            QCOMPARE(i->index(r, 0).data(InstanceTableModel::ApplicationRole).toString(), u"crm"_s);
    }

    void typingAndErasingKeepTheLinkedSelection()
    {
        QVERIFY(loadAlice());
        m_window->selectApplication(u"crm"_s, u"db"_s);
        QCOMPARE(treeCurrent(), u"crm/db"_s);
        filter()->setFocus();
        // One key at a time: each narrows what the one before left.
        for (const QChar c : u"crm"_s) {
            QTest::keyClick(filter(), c.toLatin1());
            QCOMPARE(treeCurrent(), u"crm/db"_s);
            QVERIFY(currentFinding());
            QCOMPARE(currentFinding()->application, u"crm"_s);
            QCOMPARE(currentFinding()->service, u"db"_s);
        }
        QCOMPARE(tree()->model()->rowCount(), 1);
        // Expanded: few applications are left, so their services are on screen.
        QVERIFY(tree()->isExpanded(tree()->model()->index(0, 0)));
        const int crmFindings = findings()->model()->rowCount();
        // A key erased widens again, the selection still on crm/db.
        QTest::keyClick(filter(), Qt::Key_Backspace);
        QVERIFY(tree()->model()->rowCount() >= 1);
        QVERIFY(findings()->model()->rowCount() >= crmFindings);
        QCOMPARE(treeCurrent(), u"crm/db"_s);
        // A finding picked under the filter selects its service in the tree.
        filter()->clear();
        QTest::keyClicks(filter(), u"api"_s);
        const int apiRow = findingRow(u"api"_s, u"www"_s);
        QVERIFY(apiRow >= 0);
        findings()->setCurrentIndex(findings()->model()->index(apiRow, 0));
        QCOMPARE(treeCurrent(), u"api/www"_s);
        filter()->clear();
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
        QCOMPARE(treeCurrent(), u"api/www"_s);
    }

    void openingASnapshotSaysReadingThenShowsIt()
    {
        const QString path = m_dir.filePath(u"reading.json"_s);
        QVERIFY(Snapshot::write(GuiTestData::inventory(), path).ok());
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        QVERIFY(m_window->openSnapshot(path).ok());
        // At once, before the read is done: the window says it is reading, and shows no data.
        QVERIFY(session()->isReading());
        QCOMPARE(labelText(u"headlineLabel"_s), u"Reading…"_s);
        QVERIFY(child<QWidget>(u"refreshProgress"_s)->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Reading "_s));
        QCOMPARE(tree()->model()->rowCount(), 0);
        // Then the account.
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.first().at(0).value<DataAge::Origin>(), DataAge::Origin::Snapshot);
        QVERIFY(!session()->isReading());
        QVERIFY(!child<QWidget>(u"refreshProgress"_s)->isVisible());
        QCOMPARE(tree()->model()->rowCount(), int(GuiTestData::inventory().applications.size()));
        QVERIFY(labelText(u"headlineLabel"_s) != u"Reading…"_s);
        QVERIFY(labelText(u"scoreLabel"_s).contains(u"/100"_s));
    }

    void anOlderReadArrivingLateIsDropped()
    {
        Inventory first = GuiTestData::inventory();
        Inventory second = first;
        second.applications.removeLast();
        const QString firstPath = m_dir.filePath(u"first.json"_s);
        const QString secondPath = m_dir.filePath(u"second.json"_s);
        QVERIFY(Snapshot::write(first, firstPath).ok());
        QVERIFY(Snapshot::write(second, secondPath).ok());
        auto *loader = child<InventoryLoader>(u"inventoryLoader"_s);
        QSignalSpy arrived(loader, &InventoryLoader::resultArrived);
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        // The user opens one file, then another before the first is read.
        QVERIFY(m_window->openSnapshot(firstPath).ok());
        QVERIFY(m_window->openSnapshot(secondPath).ok());
        QTRY_COMPARE(arrived.count(), 2);
        // The first read's result came back, and was not shown: only the second is on screen.
        QCOMPARE(arrived.at(0).at(1).toBool(), false);
        QCOMPARE(arrived.at(1).at(1).toBool(), true);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(inventory().source, secondPath);
        QCOMPARE(tree()->model()->rowCount(), int(second.applications.size()));
        // A later in-memory inventory supersedes a read still running, whatever it brings.
        QVERIFY(m_window->openSnapshot(firstPath).ok());
        m_window->showInventory(second, DataAge::Origin::Live);
        QTRY_COMPARE(arrived.count(), 3);
        QCOMPARE(arrived.last().at(1).toBool(), false);
        QCOMPARE(session()->origin(), DataAge::Origin::Live);
        QCOMPARE(tree()->model()->rowCount(), int(second.applications.size()));
        QVERIFY(!child<QWidget>(u"refreshProgress"_s)->isVisible());
    }

    void anUnreadableSnapshotIsReportedWhenItsReadEnds()
    {
        const QString path = m_dir.filePath(u"not-a-snapshot.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a snapshot\n");
        file.close();
        QString boxText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxText = box->text();
                box->close();
            }
        });
        closer.start(20);
        QVERIFY(m_window->openSnapshot(path).ok()); // the read starts; its end says more
        QTRY_VERIFY(!boxText.isEmpty());
        QVERIFY2(boxText.contains(u"is not a snapshot this application can read"_s),
                 qPrintable(boxText));
        QVERIFY(!session()->isReading());
        QCOMPARE(session()->origin(), DataAge::Origin::None);
        QCOMPARE(labelText(u"headlineLabel"_s), u"No data yet"_s);
        // A file that cannot be opened fails at once.
        QVERIFY(!m_window->openSnapshot(m_dir.filePath(u"no-such-file.json"_s)).ok());
    }

    void selectionIsLinked()
    {
        QVERIFY(loadAlice());
        // The tree → its finding and its placement.
        m_window->selectApplication(u"crm"_s, u"db"_s);
        const Finding *f = currentFinding();
        QVERIFY(f);
        QCOMPARE(f->application, u"crm"_s);
        QCOMPARE(f->service, u"db"_s);
        QVERIFY(child<QLabel>(u"detailsTitle"_s)->text().contains(u"crm/db"_s));
        QVERIFY(instances()->selectionModel()->hasSelection());
        for (const QModelIndex &idx : instances()->selectionModel()->selectedRows())
            QCOMPARE(idx.data(InstanceTableModel::ServiceRole).toString(), u"db"_s);
        // The finding → the tree; the fix box shows each finding's fix.
        const QString crmFix = child<QPlainTextEdit>(u"fixEdit"_s)->toPlainText();
        QCOMPARE(crmFix, f->fix);
        const int apiRow = findingRow(u"api"_s, u"www"_s);
        QVERIFY(apiRow >= 0);
        findings()->setCurrentIndex(findings()->model()->index(apiRow, 0));
        QCOMPARE(treeCurrent(), u"api/www"_s);
        QCOMPARE(child<QPlainTextEdit>(u"fixEdit"_s)->toPlainText(), currentFinding()->fix);
        QVERIFY(currentFinding()->fix != crmFix);
        // The placement → the tree and the finding.
        m_window->selectApplication(u"crm"_s);
        int dbInstance = -1;
        for (int r = 0; r < instances()->model()->rowCount(); ++r)
            if (instances()->model()->index(r, 0).data(InstanceTableModel::ServiceRole) == u"db"_s)
                dbInstance = r;
        QVERIFY(dbInstance >= 0);
        instances()->setCurrentIndex(instances()->model()->index(dbInstance, 0));
        QCOMPARE(treeCurrent(), u"crm/db"_s);
        QCOMPARE(currentFinding()->service, u"db"_s);
    }

    void placementChartOfSelectedApplication()
    {
        QVERIFY(loadAlice());
        m_window->selectApplication(u"shop"_s);
        tabs()->setCurrentIndex(1);
        auto *chart = child<PlacementChartView>(u"placementChart"_s);
        QCOMPARE(chart->series()->barSets().size(), 5); // shop's five services
        QCOMPARE(chart->categories().size(), inventory().allDatacenters().size());
        qreal total = 0;
        for (QBarSet *s : chart->series()->barSets())
            for (int c = 0; c < s->count(); ++c)
                total += s->at(c);
        int expected = 0;
        for (const Service &svc : inventory().application(u"shop"_s)->services)
            expected += int(svc.instances.size());
        QCOMPARE(int(total), expected);
        QCOMPARE(instances()->model()->rowCount(), expected);
        screenshot(u"tab-placement"_s);
    }

    void whatIfADatacenterFails()
    {
        QVERIFY(loadAlice());
        tabs()->setCurrentIndex(2);
        const QStringList dcs = whatIf()->targets();
        QVERIFY(!dcs.isEmpty());
        whatIf()->simulate(FailureKind::Datacenter, dcs.first());
        QVERIFY(whatIf()->hasResult());
        QCOMPARE(whatIf()->applicationsTree()->topLevelItemCount(), demoApplications);
        QVERIFY(whatIf()->result().down + whatIf()->result().degraded > 0);
        // The list starts with an application that goes down or degrades.
        QVERIFY(whatIf()->applicationsTree()->topLevelItem(0)->text(1) != u"OK"_s);
        screenshot(u"tab-whatif"_s);
        // The status banner's button: the What-if tab on that datacenter.
        tabs()->setCurrentIndex(0);
        m_window->showWhatIfOfDatacenter(dcs.last());
        QCOMPARE(tabs()->currentWidget()->objectName(), u"whatIfTab"_s);
        QCOMPARE(whatIf()->result().name, dcs.last());
    }

    void exemptAFinding()
    {
        QFile::remove(m_dir.filePath(u"exemptions.json"_s));
        session()->setExemptionsPath(m_dir.filePath(u"exemptions.json"_s));
        QVERIFY(loadAlice());
        findings()->setCurrentIndex(findings()->model()->index(0, 0));
        const Finding before = *currentFinding();
        QVERIFY(!before.exempt);
        const int countingBefore =
            session()->audit().summary.danger + session()->audit().summary.warning;
        // Tools → Exempt asks for the reason.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"accepted until the migration"_s);
            dialog->accept();
        });
        action(u"actionExempt"_s)->trigger();
        bool found = false;
        for (const Finding &f : session()->audit().findings)
            if (f.rule == before.rule && f.application == before.application &&
                f.service == before.service) {
                QVERIFY(f.exempt);
                QCOMPARE(f.exemptReason, u"accepted until the migration"_s);
                found = true;
            }
        QVERIFY(found);
        QCOMPARE(session()->audit().summary.danger + session()->audit().summary.warning,
                 countingBefore - 1);
        QVERIFY(labelText(u"exemptLabel"_s).contains(u"1 exempt"_s));
        const auto saved = ExemptionList::load(m_dir.filePath(u"exemptions.json"_s));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().items().size(), 1);
        QCOMPARE(saved.value().items().first().rule, before.rule);
    }

    void exportEachFormat()
    {
        QVERIFY(loadAlice());
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
        QCOMPARE(reread->applications.size(), inventory().applications.size());
        QVERIFY(read(pdf).startsWith("%PDF"));
        const QList<QByteArray> lines = read(csv).split('\n');
        QVERIFY(lines.first().contains("rule"));
        const QJsonDocument doc = QJsonDocument::fromJson(read(json));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(u"findings"_s).toArray().size(),
                 session()->audit().findings.size());
        // RFC 4180: quoted fields may span lines; count the records outside quotes.
        int records = 0;
        bool quoted = false;
        for (char c : read(csv)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
        }
        QCOMPARE(records - 1, session()->audit().findings.size());
    }

    void scaleKeepsTheSelectionOnTheScaledFinding()
    {
        QVERIFY(loadAlice());
        const Service *www = inventory().application(u"api"_s)->service(u"www"_s);
        QCOMPARE(www->instances.size(), 1);
        // The user reads api/www's finding and presses Scale in the detail pane.
        const int row = findingRow(u"api"_s, u"www"_s);
        QVERIFY(row >= 0);
        findings()->setCurrentIndex(findings()->model()->index(row, 0));
        auto *scale = child<QPushButton>(u"scaleButton"_s);
        QVERIFY(scale->isEnabled());
        scale->click();
        ScaleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ScaleDialog *>()) != nullptr);
        dialog->setInstances(3);
        QCOMPARE(dialog->command(), u"dotcloud -A api scale www:instances=3"_s);
        QVERIFY(dialog->request().startsWith(u"PATCH /v1/me/applications/api/services/www"_s));
        QVERIFY(dialog->request().contains(u"POST /v1/me/applications/api/deployments"_s));
        QVERIFY(!dialog->sendButton()->isEnabled()); // not before the confirmation
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(dialog->sendButton()->isEnabled());
        dialog->sendButton()->click();
        QVERIFY2(dialog->answer().startsWith(u"Scaling and redeploying"_s),
                 qPrintable(dialog->answer()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answer().contains(u"Read again: www has 3"_s), 20000);
        QCOMPARE(inventory().application(u"api"_s)->service(u"www"_s)->instances.size(), 3);
        // The window stays where the user was: api/www, and no other service's finding.
        QCOMPARE(treeCurrent(), u"api/www"_s);
        if (const Finding *f = currentFinding()) {
            QCOMPARE(f->application, u"api"_s);
            QCOMPARE(f->service, u"www"_s);
        } else {
            QVERIFY(child<QLabel>(u"detailsTitle"_s)->text().contains(u"api/www"_s));
        }
        QVERIFY(dialog->grab().save(screenshotDir() + u"/dialog-scale.png"_s));
        dialog->close();
    }

    void platformRefusalIsShown()
    {
        QVERIFY(loadAlice());
        // MongoDB with an even member count: the platform says no, and the dialog says why.
        auto *dialog = qobject_cast<ScaleDialog *>(m_window->openScaleDialog(u"api"_s, u"data"_s));
        QVERIFY(dialog);
        dialog->setInstances(4);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        dialog->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answer().startsWith(u"The platform refused"_s), 20000);
        QCOMPARE(treeCurrent(), u"api/data"_s);
        dialog->close();
    }

    void partialFailuresAreListed()
    {
        QVERIFY(loadAlice());
        SA_VERIFY_OK(
            m_admin->addFault({{u"kind"_s, u"status"_s},
                               {u"status"_s, 404},
                               {u"path_prefix"_s, u"/v1/me/applications/wiki/services/db"_s}}));
        QVERIFY(refreshAndWait());
        QVERIFY(partialBar()->isVisible());
        QVERIFY2(partialBar()->text().contains(u"wiki/db"_s), qPrintable(partialBar()->text()));
        SA_VERIFY_OK(m_admin->clearFaults());
        QVERIFY(refreshAndWait());
        QVERIFY(!partialBar()->isVisible());
    }

    void apiDownKeepsTheData()
    {
        QVERIFY(loadAlice());
        const Inventory before = inventory();
        SA_VERIFY_OK(m_admin->addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 418}}));
        QSignalSpy failed(m_window.get(), &MainWindow::refreshFailed);
        action(u"actionRefresh"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 30000);
        InfoBar *bar = refreshBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"maintenance"_s), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(u"Next try at"_s));
        QVERIFY2(bar->text().endsWith(u'.'), qPrintable(bar->text()));
        // Every sentence ends before the next begins.
        QVERIFY2(!bar->text().contains(QRegularExpression(u"[a-z] The data shown"_s)),
                 qPrintable(bar->text()));
        QVERIFY(bar->text().contains(u"fetched just now"_s));
        QCOMPARE(inventory(), before);
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
        QVERIFY(labelText(u"dataAgeLabel"_s).startsWith(u"fetched"_s));
        tabs()->setCurrentIndex(0);
        screenshot(u"api-down"_s);
        // The bar ages with the data: the same data, older, reads older in the bar too.
        Inventory older = before;
        older.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
        m_window->showInventory(older, DataAge::Origin::Live);
        QVERIFY2(bar->text().contains(labelText(u"dataAgeLabel"_s)), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(u"just now"_s));
    }

    void remoteMarkupShownLiterally()
    {
        const QString path = m_dir.filePath(u"markup.json"_s);
        QVERIFY(Snapshot::write(GuiTestData::inventory(), path).ok());
        QVERIFY(m_window->openSnapshot(path).ok());
        // Read and audited in the background.
        QTRY_COMPARE(session()->origin(), DataAge::Origin::Snapshot);
        QVERIFY(labelText(u"dataAgeLabel"_s).startsWith(u"snapshot from"_s));
        const int row = [&] {
            for (int r = 0; r < findings()->model()->rowCount(); ++r)
                if (findings()->model()->index(r, FindingsModel::ApplicationColumn).data() ==
                    GuiTestData::markupApp)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        findings()->setCurrentIndex(findings()->model()->index(row, 0));
        auto *title = child<QLabel>(u"detailsTitle"_s);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(GuiTestData::markupApp));
        QCOMPARE(child<QLabel>(u"detailsMessage"_s)->textFormat(), Qt::PlainText);
        tabs()->setCurrentIndex(0);
        screenshot(u"snapshot-markup"_s);
        // A snapshot is not an account: no scaling from here.
        QVERIFY(!ScaleDialog::unavailableReason(inventory(), u"shop"_s, false).isEmpty());
        QVERIFY(!child<QPushButton>(u"scaleButton"_s)->isEnabled());
    }

    void scaleUnavailableForSandboxAndSupport()
    {
        auto *client = m_window->findChild<PlatformClient *>(u"platformClient"_s);
        QVERIFY(client);
        Inventory inv = GuiTestData::inventory();
        QVERIFY(ScaleDialog::unavailableReason(inv, u"shop"_s, true).isEmpty());
        QVERIFY(ScaleDialog::unavailableReason(inv, u"blog"_s, true).contains(u"sandbox"_s));
        ScaleDialog sandbox(client, u"dotcloud"_s, inv, u"blog"_s, u"www"_s, 3);
        sandbox.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!sandbox.sendButton()->isEnabled());
        QCOMPARE(sandbox.command(), u"dotcloud -A blog scale www:instances=3"_s);
        inv.user.role = User::roleSupport();
        ScaleDialog support(client, u"dotcloud"_s, inv, u"shop"_s, u"www"_s, 3);
        support.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!support.sendButton()->isEnabled());
        QVERIFY(support.answer().contains(u"Support"_s));
    }

    void darkPaletteStaysReadable()
    {
        QVERIFY(loadAlice());
        const QPalette light = QApplication::palette();
        const QPalette dark = darkPalette();
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        m_window->selectApplication(u"shop"_s);
        tabs()->setCurrentIndex(1);
        // The chart follows the palette: its background is the dark base colour.
        QCOMPARE(child<PlacementChartView>(u"placementChart"_s)->chart()->backgroundBrush().color(),
                 dark.color(QPalette::Base));
        screenshot(u"dark-placement"_s);
        tabs()->setCurrentIndex(0);
        findings()->setCurrentIndex(findings()->model()->index(0, 0));
        screenshot(u"dark-findings"_s);
        // The documentation link takes the dark palette's link colour, not a dark blue, and is a
        // link a user can open.
        const QString link = labelText(u"docLinkLabel"_s);
        QVERIFY2(link.contains(dark.color(QPalette::Link).name()), qPrintable(link));
        QVERIFY2(link.contains(u"href=\"file://"_s), qPrintable(link));
        QVERIFY(!link.contains(u"example.org"_s));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
    }

    void layoutsHoldAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1024x700-light") << QSize(1024, 700) << false;
        QTest::newRow("1024x700-dark") << QSize(1024, 700) << true;
        QTest::newRow("1920x1080-light") << QSize(1920, 1080) << false;
        QTest::newRow("1920x1080-dark") << QSize(1920, 1080) << true;
    }

    void layoutsHoldAtEverySize()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        m_window->resize(size);
        QVERIFY(loadAlice());
        m_window->selectApplication(u"api"_s, u"www"_s);
        tree()->expandAll();
        QCoreApplication::processEvents();
        // Service rows show their name: the name column is never squeezed below "www…".
        const int nameWidth = tree()->columnWidth(InventoryTreeModel::NameColumn);
        QVERIFY2(nameWidth >= tree()->fontMetrics().horizontalAdvance(u"analytics"_s),
                 qPrintable(QString::number(nameWidth)));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        screenshot(u"window-"_s + tag);
        tabs()->setCurrentIndex(1);
        screenshot(u"window-placement-"_s + tag);
        QApplication::setPalette(light);
    }

    void bannerGrowingMovesNothing()
    {
        auto *banner = new QLabel(u"Platform outage"_s);
        banner->setWordWrap(true);
        m_window->setStatusBanner(banner);
        QCoreApplication::processEvents();
        auto *strip = child<QWidget>(u"summaryStrip"_s);
        const int before = strip->mapTo(m_window.get(), QPoint(0, 0)).y();
        banner->setText(u"Platform outage\nline two\nline three\nline four"_s);
        QCoreApplication::processEvents();
        QCOMPARE(strip->mapTo(m_window.get(), QPoint(0, 0)).y(), before);
    }

    void tabOrderReachesEveryControl()
    {
        QVERIFY(loadAlice());
        m_window->selectApplication(u"crm"_s, u"db"_s);
        QVERIFY(currentFinding());
        QVERIFY(child<QPushButton>(u"scaleButton"_s)->isEnabled());
        child<QToolButton>(u"explanationToggle"_s)->setChecked(false);
        filter()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), filter());
        QStringList visited{QApplication::focusWidget()->objectName()};
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            QVERIFY(w);
            if (w == filter())
                break;
            if (w->objectName() == u"copyFixButton"_s)
                screenshot(u"focus-copy"_s);
            if (w == tabs()->tabBar())
                screenshot(u"focus-tabs"_s);
            // The tab widget's stop is its tab bar.
            visited.append(w == tabs()->tabBar() ? u"tabs"_s : w->objectName());
        }
        const QStringList expected{u"filterEdit"_s,   u"inventoryTree"_s,    u"tabs"_s,
                                   u"findingsView"_s, u"fixEdit"_s,          u"copyFixButton"_s,
                                   u"scaleButton"_s,  u"explanationToggle"_s};
        QVERIFY2(visited.mid(0, expected.size()) == expected, qPrintable(visited.join(u" → "_s)));
        // No invisible stop: every widget reached is on screen.
        for (const QString &name : visited) {
            auto *w = m_window->findChild<QWidget *>(name);
            QVERIFY2(w && w->isVisible() && w->width() > 0 && w->height() > 0, qPrintable(name));
        }
        // And back to the filter.
        QCOMPARE(QApplication::focusWidget(), filter());
    }

    void mnemonicsAreUnique()
    {
        // Alt+letter of every menu title, tab and visible labelled control of the window.
        QMultiHash<QChar, QString> owners;
        auto add = [&](const QString &text, const QString &owner) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (mnemonic.isEmpty())
                return;
            const QString keys = mnemonic.toString();
            owners.insert(keys.back().toUpper(), owner + u" \""_s + text + u'"');
        };
        for (QAction *a : m_window->menuBar()->actions())
            add(a->text(), u"menu"_s);
        for (int i = 0; i < tabs()->count(); ++i)
            add(tabs()->tabText(i), u"tab"_s);
        tabs()->setCurrentIndex(0);
        for (auto *b : m_window->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(m_window.get()))
                add(b->text(), b->objectName());
        for (auto *l : m_window->findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(m_window.get()))
                add(l->text(), l->objectName());
        QStringList clashes;
        for (const QChar &key : owners.uniqueKeys())
            if (owners.count(key) > 1)
                clashes.append(QStringList(owners.values(key)).join(u" & "_s));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        // Alt+F opens the File menu.
        auto *file = child<QMenu>(u"menuFile"_s);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(file->isVisible());
        QTest::keyClick(file, Qt::Key_Escape);
        QTRY_VERIFY(!file->isVisible());
    }

    void shortcutsReachTheActions_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("filter") << u"actionFilter"_s << QKeySequence(u"Ctrl+F"_s);
        QTest::newRow("refresh") << u"actionRefresh"_s << QKeySequence(u"F5"_s);
        QTest::newRow("print") << u"actionPrint"_s << QKeySequence(u"Ctrl+P"_s);
        QTest::newRow("export") << u"actionExportPdf"_s << QKeySequence(u"Ctrl+E"_s);
        QTest::newRow("open") << u"actionOpenSnapshot"_s << QKeySequence(u"Ctrl+O"_s);
        QTest::newRow("help") << u"actionUserGuide"_s << QKeySequence(u"F1"_s);
    }

    void shortcutsReachTheActions()
    {
        QFETCH(QString, actionName);
        QFETCH(QKeySequence, keys);
        QAction *a = action(actionName);
        QVERIFY(a);
        QVERIFY2(a->shortcuts().contains(keys), qPrintable(a->shortcut().toString()));
        // The one shortcut that needs no dialog: pressing it does what it says.
        if (actionName == u"actionFilter"_s) {
            tree()->setFocus();
            QTest::keySequence(m_window.get(), keys);
            QTRY_COMPARE(QApplication::focusWidget(), filter());
        }
    }

    void helpListsTheShortcuts()
    {
        QVERIFY(action(u"actionUserGuide"_s));
        QString text;
        QTimer::singleShot(0, this, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->reject();
        });
        action(u"actionShortcuts"_s)->trigger();
        QVERIFY2(text.contains(QKeySequence(u"Ctrl+F"_s).toString(QKeySequence::NativeText)),
                 qPrintable(text));
        QVERIFY(text.contains(u"F5"_s));
    }

    void refreshScheduleFollowsTheSettingAndTheRateLimit()
    {
        QSettings().remove(u"inventory/refreshMinutes"_s);
        QVERIFY(loadAlice());
        QCOMPARE(session()->refreshInterval(), std::chrono::seconds(5 * 60));
        QVERIFY(session()->isRefreshScheduled());
        QSettings().setValue(u"inventory/refreshMinutes"_s, 1);
        // One minute is too often for the platform's rate limit on a large account.
        Inventory big = inventory();
        for (int i = 0; i < 400; ++i)
            big.applications.append(big.applications.first());
        QVERIFY(AccountSession::minimumRefreshInterval(big) > std::chrono::minutes(1));
        QVERIFY(AccountSession::minimumRefreshInterval(inventory()) <= std::chrono::minutes(5));
        QSettings().setValue(u"inventory/refreshMinutes"_s, 0);
        session()->reloadSchedule();
        QVERIFY(!session()->isRefreshScheduled());
        QSettings().remove(u"inventory/refreshMinutes"_s);
    }

    void platformStateChangeReadsTheInventoryAgain()
    {
        auto *status = new StatusController(m_window.get());
        status->setUseNetworkInformation(false);
        m_window->setStatusController(status);
        QVERIFY(loadAlice());
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        // The status level, the outage flag or the open incidents changed.
        emit status->platformStateChanged();
        QVERIFY(session()->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(shown.last().at(0).value<DataAge::Origin>(), DataAge::Origin::Live);
        // The banner's What-if button: the What-if tab on that datacenter.
        const QString dc = whatIf()->targets().value(0);
        QVERIFY(!dc.isEmpty());
        emit status->whatIfRequested(dc);
        QCOMPARE(tabs()->currentWidget()->objectName(), u"whatIfTab"_s);
        QCOMPARE(whatIf()->result().name, dc);
    }

    void planAppliedShowsBeforeAfter()
    {
        // A platform of its own: applying the plan changes it for good.
        PlatformSimulator sim;
        PlatformSimulator::Options options;
        options.demo = true;
        QVERIFY(sim.start(options).ok());
        QString key;
        for (const auto &u : sim.startupInfo().value(u"users"_s).toArray())
            if (u.toObject().value(u"username"_s).toString() == u"alice"_s)
                key = u.toObject().value(u"api_key"_s).toString();
        Account account = alice();
        account.apiUrl = sim.apiUrl();
        m_window->setSnapshotCaching(false);
        QSignalSpy shown(m_window.get(), &MainWindow::inventoryShown);
        m_window->useAccount(account, key);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        const int surviveBefore = session()->audit().resilience.surviveAnyDatacenter;

        tabs()->setCurrentWidget(child<QWidget>(u"planTab"_s));
        auto *plan = child<PlanView>(u"planView"_s);
        QVERIFY2(plan->canApply(), qPrintable(plan->applyBlockedReason()));
        QVERIFY(!plan->plan().actions.isEmpty());
        screenshot(u"tab-plan"_s);
        // The one question, answered with its Apply button.
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                    answer.stop();
                    b->click();
                    break;
                }
        });
        answer.start();
        QSignalSpy applied(plan, &PlanView::applied);
        shown.clear();
        plan->apply();
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1, 120000);
        // The summary says what changed, before → after, and the window reads the account again.
        auto *change = child<QLabel>(u"changeLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY(change->isVisible());
        QVERIFY2(change->text().contains(u"→"_s), qPrintable(change->text()));
        QVERIFY(session()->audit().resilience.surviveAnyDatacenter > surviveBefore);
        QVERIFY(
            labelText(u"headlineLabel"_s)
                .startsWith(QString::number(session()->audit().resilience.surviveAnyDatacenter)));
        screenshot(u"plan-applied"_s);
    }

    void frenchTranslation()
    {
        QVERIFY(loadAlice());
        // As LanguageChooser::install sets them: the translation and the locale together.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QTranslator french;
        QVERIFY(french.load(u":/i18n/scaling-advisor_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        QCoreApplication::processEvents();
        QCOMPARE(tabs()->tabText(1), u"&Répartition"_s);
        // The applications that would go down, joined the French way.
        const QString headline = labelText(u"headlineLabel"_s);
        QVERIFY2(headline.contains(u" et "_s) && !headline.contains(u" and "_s),
                 qPrintable(headline));
        QCOMPARE(tree()->model()->headerData(0, Qt::Horizontal).toString(), u"Nom"_s);
        QVERIFY(labelText(u"dataAgeLabel"_s).startsWith(u"lu "_s));
        screenshot(u"fr-findings"_s);
        tabs()->setCurrentIndex(2);
        whatIf()->simulate(FailureKind::Datacenter, whatIf()->targets().first());
        QVERIFY(whatIf()->summaryText().startsWith(u"Si "_s));
        screenshot(u"fr-whatif"_s);
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(before);
        QCoreApplication::processEvents();
        tabs()->setCurrentIndex(0);
    }

    void startShowsTheCacheAtOnceThenRefreshes()
    {
        // First a window that reads alice live and writes the cache, with an exemption.
        QFile::remove(m_dir.filePath(u"exemptions.json"_s));
        session()->setExemptionsPath(m_dir.filePath(u"exemptions.json"_s));
        QVERIFY(loadAlice());
        QVERIFY(session()->exempt(session()->audit().findings.first(), u"known"_s).ok());
        m_window.reset();

        // The next start: the saved account, its secret in the store.
        Account saved = alice();
        saved.name = u"Work"_s;
        AccountStore::save({saved});
        AccountStore::setCurrentName(saved.name);
        QSignalSpy written(&m_store, &CredentialStore::secretWritten);
        m_store.writeSecret(saved.secretKey(), m_aliceKey);
        QVERIFY(written.wait(2000));
        init();
        m_window->start();
        // The cached snapshot of the last good fetch is on screen before any network answer
        // (read in the background, ahead of the fetch).
        QTRY_COMPARE(session()->origin(), DataAge::Origin::Cache);
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
        QVERIFY(labelText(u"dataAgeLabel"_s).startsWith(u"cached data from"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session()->origin() == DataAge::Origin::Live, 30000);
        QVERIFY(labelText(u"dataAgeLabel"_s).startsWith(u"fetched"_s));
        // The exemption made in the first window holds in the next one.
        QVERIFY(session()->audit().summary.exempt >= 1);
        QFile::remove(m_dir.filePath(u"exemptions.json"_s));
    }

    void missingSecretAsksForIt()
    {
        Account bob;
        bob.name = u"Bob"_s;
        bob.apiUrl = m_sim.apiUrl();
        bob.username = u"bob"_s;
        AccountStore::save({bob});
        AccountStore::setCurrentName(bob.name);
        m_window->start();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) != nullptr);
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
        m_window->setSnapshotCaching(false);
        m_window->useAccount(desk, samKey);
        QTRY_VERIFY_WITH_TIMEOUT(session()->origin() == DataAge::Origin::Live, 30000);
        QCOMPARE(inventory().user.username, u"alice"_s);
        QCOMPARE(inventory().viewer, u"sam"_s);
        QCOMPARE(tree()->model()->rowCount(), demoApplications);
        m_window->selectApplication(u"api"_s, u"www"_s);
        QVERIFY(!action(u"actionScale"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"scaleButton"_s)->isEnabled());
        QVERIFY(!ScaleDialog::unavailableReason(inventory(), u"api"_s, true).isEmpty());
    }

    void everyControlHasAName()
    {
        QVERIFY(loadAlice());
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
