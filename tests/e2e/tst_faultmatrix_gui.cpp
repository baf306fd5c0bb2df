// The fault matrix, in the window (docs/reliability.md): the real MainWindow, offscreen, reads an
// account from the in-process simulator, then refreshes under each fault. For each row: what the
// window tells the user, that the inventory on screen is still the last good one (with its age),
// that the cached snapshot on disk is byte-identical unless a complete read replaced it, and that
// the window is still there.
#include "accountsession.h"
#include "boundedwait.h"
#include "infobar.h"
#include "inventorytreemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "platformsimulator.h"
#include "simadmin.h"
#include "snapshot.h"
#include "verifyok.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

enum class Ending
{
    Complete,
    Partial,
    Failed
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Ending)

class TestFaultMatrixGui : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QString m_password;

    // Waits for the window's refresh to end; true when it showed a fresh inventory.
    static bool waitForRefresh(MainWindow &window)
    {
        QSignalSpy shown(&window, &MainWindow::inventoryShown);
        QSignalSpy failed(&window, &MainWindow::refreshFailed);
        (void)TestSupport::waitUntil([&] { return !shown.isEmpty() || !failed.isEmpty(); },
                                     u"the window's refresh"_s, 120s);
        return !shown.isEmpty();
    }

    Account account() const
    {
        Account a;
        a.name = u"Fault matrix"_s;
        a.apiUrl = m_sim.apiUrl();
        a.auth = Account::Auth::Password;
        a.username = u"alice"_s;
        return a;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
        PlatformSimulator::Options o;
        o.datasetFile =
            qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/client-dataset.json"_s;
        const Status started = m_sim.start(o);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        for (const QJsonValue &v : m_sim.startupInfo().value(u"users"_s).toArray())
            if (v.toObject().value(u"username"_s).toString() == "alice"_L1)
                m_password = v.toObject().value(u"password"_s).toString();
        QVERIFY(!m_password.isEmpty());
    }

    void init() { SA_VERIFY_OK(m_admin->reset()); }

    void faultRow_data()
    {
        QTest::addColumn<QJsonArray>("faults");
        QTest::addColumn<bool>("expireTokens");
        QTest::addColumn<Ending>("ending");
        QTest::addColumn<QString>("shown");

        const auto f = [](const QString &kind, const QJsonObject &extra = {}) {
            QJsonObject o = extra;
            o.insert(u"target"_s, u"api"_s);
            o.insert(u"kind"_s, kind);
            return o;
        };
        const QJsonObject onMe{{u"path_prefix"_s, u"/v1/me"_s}};
        QTest::newRow("api-down") << QJsonArray{f(u"drop"_s)} << false << Ending::Failed
                                  << u"Could not reach the platform"_s;
        QTest::newRow("both-down")
            << QJsonArray{f(u"drop"_s),
                          QJsonObject{{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}}
            << false << Ending::Failed << u"Could not reach the platform"_s;
        QTest::newRow("slow-beyond-stall-timeout")
            << QJsonArray{f(u"latency"_s, QJsonObject{{u"latency_ms"_s, 4000}})} << false
            << Ending::Failed << u"did not answer"_s;
        QTest::newRow("burst-of-500")
            << QJsonArray{f(u"status"_s, QJsonObject{{u"status"_s, 500}, {u"count"_s, 3}})} << false
            << Ending::Complete << QString();
        QTest::newRow("429-retry-after-too-long")
            << QJsonArray{f(u"status"_s, QJsonObject{{u"status"_s, 429}, {u"retry_after"_s, 3600}})}
            << false << Ending::Failed << u"try again in 3600 s"_s;
        QTest::newRow("418-maintenance")
            << QJsonArray{f(u"status"_s, QJsonObject{{u"status"_s, 418}})} << false
            << Ending::Failed << u"The platform API is in maintenance mode."_s;
        QTest::newRow("token-expiry") << QJsonArray{} << true << Ending::Complete << QString();
        QTest::newRow("malformed-json") << QJsonArray{f(u"malformed"_s, onMe)} << false
                                        << Ending::Failed << u"malformed JSON"_s;
        QTest::newRow("truncated-body")
            << QJsonArray{f(u"truncated"_s, onMe)} << false << Ending::Failed << u"cut short"_s;
        QTest::newRow("oversized-body") << QJsonArray{f(u"oversized"_s, onMe)} << false
                                        << Ending::Failed << u"larger than the"_s;
        QTest::newRow("wrong-field-types")
            << QJsonArray{f(u"wrong-types"_s, onMe)} << false << Ending::Failed << u"expected a"_s;
        QTest::newRow("one-service-malformed")
            << QJsonArray{f(
                   u"malformed"_s,
                   QJsonObject{{u"path_prefix"_s, u"/v1/me/applications/shop/services/db"_s}})}
            << false << Ending::Partial << u"db"_s;
    }

    void faultRow()
    {
        QFETCH(QJsonArray, faults);
        QFETCH(bool, expireTokens);
        QFETCH(Ending, ending);
        QFETCH(QString, shown);

        MemoryCredentialStore store;
        MainWindow window(&store);
        // The window is driven as a user sees it: its session, its info bars, its tree.
        AccountSession *session = window.findChild<AccountSession *>(u"accountSession"_s);
        QVERIFY(session);
        auto *refreshBar = window.findChild<InfoBar *>(u"refreshInfoBar"_s);
        auto *partialBar = window.findChild<InfoBar *>(u"partialInfoBar"_s);
        const QAbstractItemModel *tree = window.findChild<QTreeView *>(u"inventoryTree"_s)->model();
        PlatformClientOptions options = session->client()->options();
        options.retryBaseDelayMs = 50;
        // The "slow" row answers after 4 s; the others may take their time (a 64 MiB body).
        const bool slowRow = QByteArray(QTest::currentDataTag()) == "slow-beyond-stall-timeout";
        options.stallTimeoutMs = slowRow ? 1500 : 30000;
        session->client()->setOptions(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString cache = Snapshot::cachePath(m_sim.apiUrl().toString(), u"alice"_s);
        QFile::remove(cache);
        window.useAccount(account(), m_password);
        QVERIFY2(waitForRefresh(window), qPrintable(refreshBar->text()));
        const Inventory previous = session->inventory();
        QVERIFY(!previous.applications.isEmpty());
        QCOMPARE(session->origin(), DataAge::Origin::Live);
        const int rowsShown = tree->rowCount();
        QVERIFY(rowsShown > 0);
        const QByteArray cacheBefore = readAll(cache);
        QVERIFY2(!cacheBefore.isEmpty(), "a good read is cached");

        if (expireTokens)
            SA_VERIFY_OK(m_admin->expireTokens());
        for (const QJsonValue &fault : faults)
            SA_VERIFY_OK(m_admin->addFault(fault.toObject()));
        window.refresh();
        const bool fresh = waitForRefresh(window);
        QVERIFY(window.isVisible()); // still there

        switch (ending) {
        case Ending::Failed:
            QVERIFY(!fresh);
            // The last good inventory stays on screen, said to be the last good one.
            QCOMPARE(session->inventory(), previous);
            QCOMPARE(tree->rowCount(), rowsShown);
            QVERIFY(!refreshBar->isHidden());
            QVERIFY2(refreshBar->text().contains(shown), qPrintable(refreshBar->text()));
            QVERIFY2(refreshBar->text().contains(session->dataAgeText()),
                     qPrintable(refreshBar->text()));
            QCOMPARE(readAll(cache), cacheBefore);
            break;
        case Ending::Partial: {
            QVERIFY(fresh);
            QCOMPARE(session->inventory().errors.size(), 1);
            QVERIFY(!partialBar->isHidden());
            QVERIFY2(partialBar->text().contains(shown), qPrintable(partialBar->text()));
            // The last good detail of the service that failed is not lost from the cache.
            const Result<Inventory> cached = Snapshot::read(cache);
            QVERIFY2(cached.ok(), qPrintable(cached.error()));
            const Application *shop = cached->application(u"shop"_s);
            QVERIFY(shop && shop->service(u"db"_s));
            QCOMPARE(shop->service(u"db"_s)->instances,
                     previous.application(u"shop"_s)->service(u"db"_s)->instances);
            break;
        }
        case Ending::Complete: {
            QVERIFY2(fresh, qPrintable(refreshBar->text()));
            QVERIFY(session->inventory().errors.isEmpty());
            QCOMPARE(session->inventory().applications, previous.applications);
            QVERIFY(refreshBar->isHidden());
            const Result<Inventory> cached = Snapshot::read(cache);
            QVERIFY2(cached.ok(), qPrintable(cached.error()));
            QCOMPARE(cached->applications, previous.applications);
            break;
        }
        }
        SA_VERIFY_OK(m_admin->clearFaults());
        window.cancelRefresh();
    }
};

QTEST_MAIN(TestFaultMatrixGui)
#include "tst_faultmatrix_gui.moc"
