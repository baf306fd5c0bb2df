#include "boundedwait.h"
#include "followedfeedsdialog.h"
#include "platformsimulator.h"
#include "simadmin.h"
#include "simmodel.h"
#include "statusbanner.h"
#include "statuscontroller.h"
#include "statusfeeddialog.h"
#include "verifyok.h"
#include "zonesimulation.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using StatusPresentation::Look;

// The status feature end to end against the simulator: the banner follows the admin endpoint
// within one poll, notifications come once, a failed datacenter lights up exactly the user's
// services there, and a dead status service turns the banner grey while the inventory stays.
class TestStatusController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;

    // Waits for a poll that starts after this call. A poll already on the wire (the stream
    // asks for one whenever it brings an update) may have been answered before the change the
    // test just made: its pollFinished must not count.
    static bool pollOnce(StatusController &controller)
    {
        StatusClient *client = controller.client();
        const qint64 before = client->stats().polls;
        controller.pollNow();
        return TestSupport::waitUntil(
                   [&] { return client->stats().polls > before && !client->isPolling(); },
                   u"a new poll"_s, 15s)
            .ok();
    }
    Inventory demoInventory() const
    {
        const Dataset &data = m_sim->model().data();
        Inventory inv;
        inv.user = data.users.first().user;
        inv.applications = data.users.first().applications;
        inv.datacenters = data.datacenters;
        return inv;
    }

private slots:
    void init()
    {
        QSettings().clear(); // each test starts from a fresh install
        m_sim = std::make_unique<PlatformSimulator>();
        PlatformSimulator::Options options;
        options.demo = true;
        options.keepAliveMs = 200;
        const Status started = m_sim->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim->apiUrl(), m_sim->adminToken());
    }
    void cleanup()
    {
        m_admin.reset();
        m_sim.reset();
    }

    void followsThePlatformEndToEnd()
    {
        StatusController controller;
        controller.setUseNetworkInformation(false);
        controller.start();
        QSignalSpy notified(&controller, &StatusController::notificationPosted);
        QSignalSpy impactChanged(&controller, &StatusController::impactChanged);
        controller.setInventory(demoInventory());
        controller.setStatusUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        auto *banner = controller.statusBanner();
        QVERIFY(controller.banner() == banner);
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Operational), 15000);
        QCOMPARE(notified.count(), 0); // the first state is shown, not announced
        // The settings hand the same URL back: the feed keeps its state (no grey flash).
        controller.setStatusUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        QCOMPARE(int(banner->look()), int(Look::Operational));

        // The outage flag through the admin endpoint: red within one poll, told once.
        SA_VERIFY_OK(m_admin->setStatus(u"minor"_s, {}, true));
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Outage));
        QVERIFY(banner->titleText().startsWith(u"Platform outage"_s));
        QCOMPARE(banner->backgroundColor(), StatusPresentation::background(Look::Outage));
        QCOMPARE(notified.count(), 1);
        QVERIFY(pollOnce(controller));
        QCOMPARE(notified.count(), 1); // an unchanged poll tells nobody

        // A failed datacenter lights up exactly the services with instances there.
        const QString dc = m_sim->model().data().datacenters.first().name;
        QSet<QString> expected;
        for (const Application &app : demoInventory().applications)
            for (const Service &svc : app.services)
                for (const Instance &inst : svc.instances)
                    if (inst.datacenter == dc)
                        expected.insert(app.name + u'/' + svc.name);
        QVERIFY(!expected.isEmpty());
        SA_VERIFY_OK(m_admin->failDatacenter(dc));
        QVERIFY(pollOnce(controller));
        QTRY_COMPARE_WITH_TIMEOUT(controller.affectedServiceKeys(), expected, 15000);
        QVERIFY(!impactChanged.isEmpty());
        QCOMPARE(impactChanged.last().first().value<QSet<QString>>(), expected);
        QVERIFY2(banner->impactText().startsWith(
                     u"%1 of your services have instances in %2"_s.arg(expected.size()).arg(dc)),
                 qPrintable(banner->impactText()));

        // The status service goes away: grey "unknown", no notification, the impact and the
        // inventory stay.
        const int toldBefore = int(notified.count());
        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}));
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Unknown));
        QVERIFY2(banner->titleText().startsWith(u"Status unknown since"_s),
                 qPrintable(banner->titleText()));
        QCOMPARE(banner->backgroundColor(), StatusPresentation::background(Look::Unknown));
        QCOMPARE(notified.count(), toldBefore);
        QCOMPARE(controller.affectedServiceKeys(), expected);

        // Back: no notification for coming back to the same state.
        SA_VERIFY_OK(m_admin->clearFaults());
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Outage));
        QCOMPARE(notified.count(), toldBefore);
    }

    // During an outage the banner names the applications that go down there and offers the
    // What-if of that datacenter; after the restore it is green again; the tray says what the
    // banner says at every step; the window is told each time the platform's state changes.
    void outageNamesTheDownApplications()
    {
        StatusController controller;
        controller.setUseNetworkInformation(false);
        controller.start();
        const Inventory inventory = demoInventory();
        controller.setInventory(inventory);
        controller.setStatusUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        StatusBanner *banner = controller.statusBanner();
        QSignalSpy stateChanged(&controller, &StatusController::platformStateChanged);
        QSignalSpy whatIf(&controller, &StatusController::whatIfRequested);
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Operational), 15000);
        QCOMPARE(controller.trayText(), banner->summaryText());
        QVERIFY(banner->downText().isEmpty());
        QCOMPARE(stateChanged.count(), 0); // the first state is the baseline

        // The applications the loss of this datacenter takes down (ZoneSimulation is the one
        // implementation of that rule).
        const QString dc = m_sim->model().data().datacenters.first().name;
        QStringList expected;
        for (const ApplicationOutcome &app :
             ZoneSimulation::fail(inventory, FailureKind::Datacenter, dc).applications) {
            bool there = false;
            for (const Application &a : inventory.applications)
                if (a.name == app.name)
                    for (const Service &svc : a.services)
                        for (const Instance &inst : svc.instances)
                            there = there || inst.datacenter == dc;
            if (app.state == Survival::Down && there)
                expected.append(app.name);
        }
        QVERIFY2(!expected.isEmpty(), "the demo account must have an application that goes down");

        SA_VERIFY_OK(m_admin->failDatacenter(dc));
        QVERIFY(pollOnce(controller));
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Outage), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->downText().isEmpty(), 15000);
        const QString down = banner->downText();
        QVERIFY2(down.contains(dc), qPrintable(down));
        for (const QString &name : std::as_const(expected).mid(0, 6))
            QVERIFY2(down.contains(name), qPrintable(name + u" missing from: "_s + down));
        QCOMPARE(controller.trayText(), banner->summaryText());
        QVERIFY(controller.trayText().contains(down));
        QVERIFY(stateChanged.count() >= 1);

        auto *whatIfButton = banner->findChild<QPushButton *>(u"statusBannerWhatIf"_s);
        QVERIFY(whatIfButton && whatIfButton->isVisibleTo(banner));
        QVERIFY(whatIfButton->text().contains(dc));
        QTest::mouseClick(whatIfButton, Qt::LeftButton);
        QCOMPARE(whatIf.count(), 1);
        QCOMPARE(whatIf.first().first().toString(), dc);

        // Restored: green within one poll, nothing named down, the window told again.
        const int changesBefore = int(stateChanged.count());
        SA_VERIFY_OK(m_admin->restoreDatacenter(dc));
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Operational));
        QVERIFY(banner->downText().isEmpty());
        QCOMPARE(controller.trayText(), banner->summaryText());
        QVERIFY(stateChanged.count() > changesBefore);
    }

    // "Check now" on the banner reads the status at once: after the status service comes back
    // the banner is right without waiting for the retry schedule.
    void checkNowRecoversAtOnce()
    {
        StatusController controller;
        controller.setUseNetworkInformation(false);
        controller.start();
        // Only Check now is quick: no stream reconnect polls, and retries wait 30 s.
        controller.client()->setRetryDelay(std::chrono::seconds(60));
        controller.client()->setStreamingEnabled(false);
        controller.setStatusUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        StatusBanner *banner = controller.statusBanner();
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Operational), 15000);

        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}));
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Unknown));
        QCOMPARE(controller.trayText(), banner->summaryText());
        QVERIFY(controller.trayText().startsWith(u"Status unknown since"_s));
        auto *checkNow = banner->findChild<QPushButton *>(u"statusBannerCheckNow"_s);
        QVERIFY(checkNow && checkNow->isVisibleTo(banner));

        SA_VERIFY_OK(m_admin->clearFaults());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.client()->isPolling(), 15000);
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Operational), 10000);
        QCOMPARE(controller.trayText(), banner->summaryText());
    }

    // Other feeds keep their own state in the feed dialog; a dead one reads unknown, and neither
    // changes the platform's banner or tray.
    void followedFeedsKeepTheirOwnState()
    {
        StatusController controller;
        controller.setUseNetworkInformation(false);
        controller.start();
        controller.setStatusUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        StatusBanner *banner = controller.statusBanner();
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->look()), int(Look::Operational), 15000);
        const QString before = controller.trayText();

        const FollowedFeed page{u"Other service"_s, m_sim->statusUrl(),
                                FollowedFeed::Kind::Statuspage};
        const FollowedFeed dead{u"Dead feed"_s, QUrl(u"http://127.0.0.1:9/history.atom"_s),
                                FollowedFeed::Kind::Feed};
        controller.setFollowedFeeds({page, dead});
        QTRY_VERIFY_WITH_TIMEOUT(controller.followedFeedStates().at(0).isCurrent() &&
                                     !controller.followedFeedStates().at(1).lastError.isEmpty(),
                                 20000);
        QCOMPARE(controller.followedFeedStates().at(0).level(), StatusLevel::None);
        QCOMPARE(controller.followedFeedStates().at(1).level(), StatusLevel::Unknown);
        QCOMPARE(int(banner->look()), int(Look::Operational));
        QCOMPARE(controller.trayText(), before);

        controller.showFeed();
        QVERIFY(controller.feedDialog());
        const QStringList lines = controller.feedDialog()->followedFeedLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"Other service: All systems operational"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"Dead feed: status unknown"_s), qPrintable(lines.at(1)));
        controller.feedDialog()->close();

        StatusController again;
        again.setUseNetworkInformation(false);
        again.start();
        QCOMPARE(again.followedFeeds(), (QList<FollowedFeed>{page, dead}));

        QVERIFY(!FollowedFeedsDialog::parse(u"x"_s, u"ftp://example.com/feed"_s,
                                            FollowedFeed::Kind::Feed)
                     .ok());
        QVERIFY(!FollowedFeedsDialog::parse(u" "_s, u"https://example.com"_s,
                                            FollowedFeed::Kind::Statuspage)
                     .ok());
        QVERIFY(FollowedFeedsDialog::parse(u"GitHub"_s, u"www.githubstatus.com"_s,
                                           FollowedFeed::Kind::Statuspage)
                    .ok());
    }

    void muteAndFollowAreRemembered()
    {
        {
            StatusController controller;
            controller.setUseNetworkInformation(false);
            controller.muteFor(std::chrono::hours(4));
            controller.setFollowedComponents({u"Amazon-us-east-1a"_s});
            controller.setPollInterval(std::chrono::seconds(120));
        }
        StatusController again;
        again.setUseNetworkInformation(false);
        again.start();
        QVERIFY(again.notifier().isMuted(QDateTime::currentDateTimeUtc().addSecs(3 * 3600)));
        QVERIFY(!again.notifier().isMuted(QDateTime::currentDateTimeUtc().addSecs(5 * 3600)));
        QCOMPARE(again.notifier().followedComponents(), QStringList{u"Amazon-us-east-1a"_s});
        QCOMPARE(again.client()->interval(), std::chrono::seconds(120));
    }
};

QTEST_MAIN(TestStatusController)
#include "tst_statuscontroller.moc"
