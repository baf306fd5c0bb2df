#include "platformsimulator.h"
#include "simmodel.h"
#include "statusbanner.h"
#include "statuscontroller.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using StatusPresentation::Look;

// The status feature end to end against the simulator: the banner follows the admin endpoint
// within one poll, notifications come once, a failed datacenter lights up exactly the user's
// services there, and a dead status service turns the banner grey while the inventory stays.
class TestStatusController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;

    int admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QUrl url = m_sim->apiUrl();
        url.setPath(path);
        QNetworkRequest req(url);
        req.setRawHeader("X-Admin-Token", m_sim->adminToken().toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(req, method, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }
    // Waits for a poll that starts after this call. A poll already on the wire (the stream
    // asks for one whenever it brings an update) may have been answered before the change the
    // test just made: its pollFinished must not count.
    static bool pollOnce(StatusController &controller)
    {
        StatusClient *client = controller.client();
        const qint64 before = client->stats().polls;
        controller.pollNow();
        QDeadlineTimer deadline(15000);
        while (!(client->stats().polls > before && !client->isPolling()) && !deadline.hasExpired())
            QTest::qWait(10);
        return client->stats().polls > before && !client->isPolling();
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
    }
    void cleanup() { m_sim.reset(); }

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
        QCOMPARE(
            admin("POST", u"/admin/status"_s, {{u"indicator"_s, u"minor"_s}, {u"outage"_s, true}}),
            200);
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
        QCOMPARE(admin("POST", u"/admin/datacenters/"_s + dc + u"/fail"_s), 200);
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
        QCOMPARE(
            admin("POST", u"/admin/faults"_s, {{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}),
            200);
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Unknown));
        QVERIFY2(banner->titleText().startsWith(u"Status unknown since"_s),
                 qPrintable(banner->titleText()));
        QCOMPARE(banner->backgroundColor(), StatusPresentation::background(Look::Unknown));
        QCOMPARE(notified.count(), toldBefore);
        QCOMPARE(controller.affectedServiceKeys(), expected);

        // Back: no notification for coming back to the same state.
        QCOMPARE(admin("DELETE", u"/admin/faults"_s), 200);
        QVERIFY(pollOnce(controller));
        QCOMPARE(int(banner->look()), int(Look::Outage));
        QCOMPARE(notified.count(), toldBefore);
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
