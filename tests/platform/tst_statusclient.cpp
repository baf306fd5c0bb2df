#include "platformsimulator.h"
#include "simadmin.h"
#include "statusclient.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The status clients over real HTTP against the in-process simulator (its status port).
class TestStatusClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;

    static bool poll(StatusClient &client)
    {
        QSignalSpy finished(&client, &StatusClient::pollFinished);
        client.pollNow();
        if (finished.isEmpty() && !finished.wait(15000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void init()
    {
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

    void detectsNativeAndUnchangedPollsAre304()
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(m_sim->statusUrl()); // auto
        QVERIFY(poll(client));
        QCOMPARE(client.kind(), StatusClient::Kind::Native);
        QCOMPARE(client.interval(), std::chrono::seconds(60));
        const StatusSnapshot &s = client.snapshot();
        QVERIFY2(s.isCurrent(), qPrintable(s.lastError));
        QCOMPARE(s.kind, StatusSnapshot::Kind::Native);
        QVERIFY(!s.components.isEmpty());
        QVERIFY(s.level() != StatusLevel::Unknown);

        QVERIFY(poll(client)); // the updates URL now carries since=: its first answer is a 200
        QSignalSpy changed(&client, &StatusClient::snapshotChanged);
        const StatusClient::Stats before = client.stats();
        QVERIFY(poll(client));
        const StatusClient::Stats after = client.stats();
        QCOMPARE(after.notModified - before.notModified, 2); // status and updates
        QCOMPARE(changed.count(), 0);                        // nothing new: nobody is told
        qInfo("bytes received for an unchanged poll: %lld (2 requests)",
              after.bytesReceived - before.bytesReceived);
    }

    void outageFlagIsSeenWithinOnePoll()
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        QVERIFY(poll(client));
        QVERIFY(!client.snapshot().outage());
        SA_VERIFY_OK(m_admin->setStatus(u"minor"_s, u"Power loss in one zone"_s, true));
        QVERIFY(poll(client));
        QVERIFY(client.snapshot().outage());
        QCOMPARE(client.snapshot().level(), StatusLevel::Minor);
        QCOMPARE(client.snapshot().description, u"Power loss in one zone"_s);
    }

    void postedUpdateArrivesThroughTheStream()
    {
        StatusClient client;
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        client.setInterval(std::chrono::hours(1)); // only the stream can bring it in time
        QSignalSpy connected(&client, &StatusClient::streamConnectedChanged);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.isStreamConnected(), 15000);
        QCOMPARE(m_admin
                     ->httpStatus("POST", u"/admin/status/updates"_s,
                                  {{u"incident"_s, QJsonObject{{u"id"_s, u"inc-stream"_s},
                                                               {u"name"_s, u"Streamed incident"_s},
                                                               {u"status"_s, u"investigating"_s},
                                                               {u"impact"_s, u"major"_s}}},
                                   {u"body"_s, u"<b>bold</b><img src=x>"_s},
                                   {u"affected"_s, QJsonArray{u"Amazon-us-east-1a"_s}}})
                     .value(),
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(client.stats().streamUpdates >= 1, 15000);
        const IncidentUpdate *latest = client.snapshot().latestUpdate();
        QVERIFY(latest);
        QCOMPARE(latest->body, u"<b>bold</b><img src=x>"_s);
        QCOMPARE(latest->incident.name, u"Streamed incident"_s);
        QCOMPARE(client.snapshot().level(), StatusLevel::Major); // the open incident counts
    }

    void streamReconnectsAfterBeingDropped()
    {
        StatusClient client;
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        client.setStreamBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        client.setInterval(std::chrono::hours(1));
        client.setStreamingEnabled(false);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.snapshot().isCurrent(), 15000);
        // The next two stream connections are cut: the client comes back by itself.
        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s},
                                        {u"kind"_s, u"drop"_s},
                                        {u"path_prefix"_s, u"/v1/status/updates"_s},
                                        {u"count"_s, 2}}));
        client.setStreamingEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(client.isStreamConnected(), 15000);
        QVERIFY2(client.stats().streamConnects >= 2,
                 qPrintable(QString::number(client.stats().streamConnects)));
    }

    void failedPollIsRetriedSoon()
    {
        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}));
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        client.setInterval(std::chrono::hours(1));
        client.setRetryDelay(std::chrono::milliseconds(100));
        QSignalSpy finished(&client, &StatusClient::pollFinished);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(finished.at(0).first().toBool(), false);
        SA_VERIFY_OK(m_admin->clearFaults());
        // The next poll comes after the retry delay, not an hour later.
        QTRY_VERIFY_WITH_TIMEOUT(client.snapshot().isCurrent(), 15000);
    }

    void statusDownIsUnknownNeverGreenAndKeepsTheLastData()
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        QVERIFY(poll(client));
        QCOMPARE(client.snapshot().level(), StatusLevel::None);
        const auto components = client.snapshot().components;

        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"drop"_s}}));
        QSignalSpy changed(&client, &StatusClient::snapshotChanged);
        QVERIFY(!poll(client));
        QCOMPARE(client.snapshot().level(), StatusLevel::Unknown);
        QVERIFY(!client.snapshot().lastError.isEmpty());
        QVERIFY(client.snapshot().failingSince.isValid());
        QCOMPARE(client.snapshot().components, components); // last good data kept
        QCOMPARE(changed.count(), 1);
        const QDateTime since = client.snapshot().failingSince;
        QVERIFY(!poll(client));
        QCOMPARE(client.snapshot().failingSince, since); // "since" the first failure

        SA_VERIFY_OK(m_admin->clearFaults());
        QVERIFY(poll(client));
        QCOMPARE(client.snapshot().level(), StatusLevel::None);
        QVERIFY(!client.snapshot().failingSince.isValid());
    }

    void nonsenseIsUnknownWithTheReason()
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        QVERIFY(poll(client));
        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"malformed"_s}}));
        QVERIFY(!poll(client));
        QCOMPARE(client.snapshot().level(), StatusLevel::Unknown);
        QVERIFY2(client.snapshot().lastError.contains(u"status answer"_s),
                 qPrintable(client.snapshot().lastError));
        SA_VERIFY_OK(m_admin->clearFaults());
        SA_VERIFY_OK(
            m_admin->addFault({{u"target"_s, u"status"_s}, {u"kind"_s, u"wrong-types"_s}}));
        // A fresh client (one that knows an ETag is answered 304 before any body is sent).
        StatusClient fresh;
        fresh.setStreamingEnabled(false);
        fresh.setUrl(m_sim->statusUrl(), StatusClient::Kind::Native);
        QVERIFY(!poll(fresh));
        QCOMPARE(fresh.snapshot().level(), StatusLevel::Unknown);
        QVERIFY2(fresh.snapshot().lastError.contains(u"expected"_s),
                 qPrintable(fresh.snapshot().lastError));
    }

    void statuspagePagesByUrlAndByProbing()
    {
        StatusClient client;
        QUrl summary = m_sim->statusUrl();
        summary.setPath(u"/api/v2/summary.json"_s);
        client.setUrl(summary); // auto: the path says Statuspage
        QCOMPARE(client.kind(), StatusClient::Kind::Statuspage);
        QCOMPARE(client.interval(), std::chrono::seconds(300));
        QVERIFY(poll(client));
        QCOMPARE(client.snapshot().kind, StatusSnapshot::Kind::Statuspage);
        QVERIFY(!client.snapshot().components.isEmpty());
        const StatusClient::Stats before = client.stats();
        QVERIFY(poll(client));
        QCOMPARE(client.stats().notModified - before.notModified, 1);

        // A page without the native API: probing falls back to summary.json.
        SA_VERIFY_OK(m_admin->addFault({{u"target"_s, u"status"_s},
                                        {u"kind"_s, u"status"_s},
                                        {u"status"_s, 404},
                                        {u"path_prefix"_s, u"/v1/"_s}}));
        StatusClient probing;
        probing.setStreamingEnabled(false);
        probing.setUrl(m_sim->statusUrl());
        QVERIFY(poll(probing));
        QCOMPARE(probing.kind(), StatusClient::Kind::Statuspage);
        QCOMPARE(probing.snapshot().kind, StatusSnapshot::Kind::Statuspage);
    }

    void unreachableAndRefusedUrls()
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setUrl(QUrl(u"http://127.0.0.1:1"_s));
        QVERIFY(!poll(client));
        QCOMPARE(client.snapshot().level(), StatusLevel::Unknown);
        QVERIFY2(client.snapshot().lastError.contains(u"no status feed found"_s),
                 qPrintable(client.snapshot().lastError));

        client.setUrl(QUrl(u"http://status.example.com"_s));
        QVERIFY(!poll(client));
        QVERIFY2(client.snapshot().lastError.contains(u"plain http://"_s),
                 qPrintable(client.snapshot().lastError));

        const auto once =
            StatusClient::fetchOnceAndWait(m_sim->statusUrl(), StatusClient::Kind::Auto);
        QVERIFY2(once.ok(), qPrintable(once.error()));
        QCOMPARE(once->level(), StatusLevel::None);
        const auto failed = StatusClient::fetchOnceAndWait(QUrl(u"http://127.0.0.1:1"_s),
                                                           StatusClient::Kind::Native);
        QVERIFY(!failed.ok());
    }
};

QTEST_GUILESS_MAIN(TestStatusClient)
#include "tst_statusclient.moc"
