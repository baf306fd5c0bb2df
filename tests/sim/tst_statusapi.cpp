#include "platformsimulator.h"
#include "simhttp.h"
#include "statuswire.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestStatusApi : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<SimHttp> m_status;
    std::unique_ptr<SimHttp> m_api;

    HttpAnswer admin(const QString &path, const QByteArray &body = {})
    {
        return m_api->send("POST", path, body, "application/json", {},
                           {{"X-Admin-Token", m_sim.adminToken().toUtf8()}});
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        options.keepAliveMs = 100;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_status = std::make_unique<SimHttp>(m_sim.statusUrl());
        m_api = std::make_unique<SimHttp>(m_sim.apiUrl());
    }

    void init() { QCOMPARE(admin(u"/admin/reset"_s).status, 200); }

    void servesTheStatus()
    {
        const HttpAnswer a = m_status->get(u"/v1/status"_s);
        QCOMPARE(a.status, 200);
        const auto status = StatusWire::readNativeStatus(a.body);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->indicator, u"none"_s);
        QVERIFY(!status->outageFlag);
        QCOMPARE(status->description, u"All Systems Operational"_s);
        // Datacenters are components under their own names.
        QCOMPARE(status->components.size(), 4);
        QCOMPARE(status->components[0].name, u"Amazon-us-east-1a"_s);
        QCOMPARE(status->components[0].status, u"operational"_s);
    }

    // A maintenance window scheduled through the admin API appears apart from incidents in the
    // native status, in summary.json and in the scheduled-maintenances lists, and the client's
    // readers take it back whole.
    void servesScheduledMaintenance()
    {
        const QByteArray body = R"({"id": "db-upgrade", "name": "Database upgrade",
            "status": "scheduled", "scheduled_for": "2030-04-01T02:00:00-04:00",
            "scheduled_until": "2030-04-01T04:00:00-04:00", "components": ["Amazon-us-east-1c"],
            "body": "We will upgrade the databases.\n\nExpect short interruptions."})";
        QCOMPARE(admin(u"/admin/status/maintenances"_s, body).status, 201);

        const auto native = StatusWire::readNativeStatus(m_status->get(u"/v1/status"_s).body);
        QVERIFY2(native.ok(), qPrintable(native.error()));
        QCOMPARE(native->maintenances.size(), 1);
        const StatusMaintenance &m = native->maintenances.at(0);
        QCOMPARE(m.id, u"db-upgrade"_s);
        QCOMPARE(m.status, u"scheduled"_s);
        QCOMPARE(m.scheduledFor, QDateTime(QDate(2030, 4, 1), QTime(6, 0), QTimeZone::utc()));
        QCOMPARE(m.components, QStringList{u"Amazon-us-east-1c"_s});
        QCOMPARE(m.updates.size(), 1);
        QVERIFY(m.updates.at(0).body.contains(u"\n\nExpect"_s));

        const auto summary =
            StatusWire::readStatuspageSummary(m_status->get(u"/api/v2/summary.json"_s).body);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->maintenances.size(), 1);
        QVERIFY(summary->incidents.isEmpty()); // planned work is no incident
        QCOMPARE(summary->upcomingMaintenances().size(), 1);
        const auto upcoming = StatusWire::readStatuspageMaintenances(
            m_status->get(u"/api/v2/scheduled-maintenances/upcoming.json"_s).body);
        QVERIFY(upcoming.ok());
        QCOMPARE(upcoming->size(), 1);
        QVERIFY(StatusWire::readStatuspageMaintenances(
                    m_status->get(u"/api/v2/scheduled-maintenances/active.json"_s).body)
                    ->isEmpty());

        // It starts: in progress, active, the level reads maintenance.
        QCOMPARE(admin(u"/admin/status/maintenances"_s,
                       R"({"id": "db-upgrade", "name": "Database upgrade", "status": "in_progress",
                           "scheduled_for": "2030-04-01T06:00:00Z", "body": "Started."})")
                     .status,
                 201);
        const auto running =
            StatusWire::readStatuspageSummary(m_status->get(u"/api/v2/summary.json"_s).body);
        QVERIFY(running.ok());
        QCOMPARE(running->activeMaintenances().size(), 1);
        QCOMPARE(running->activeMaintenances().at(0).updates.size(), 2);
        StatusSnapshot snap = *running;
        snap.lastSuccess = QDateTime::currentDateTimeUtc();
        QCOMPARE(snap.level(), StatusLevel::Maintenance);

        // A bad window is refused with the field named.
        const HttpAnswer bad = admin(u"/admin/status/maintenances"_s,
                                     R"({"name": "x", "status": "soon", "scheduled_for": "now"})");
        QCOMPARE(bad.status, 422);
    }

    void statusIsNotOnTheApiPort()
    {
        // On the API port everything under /v1 needs credentials.
        QCOMPARE(m_api->get(u"/v1/status"_s).status, 401);
        QCOMPARE(m_status->get(u"/v1/me"_s).status, 404);
        QCOMPARE(m_status->send("POST", u"/v1/status"_s, "{}", "application/json").status, 405);
    }

    void listsUpdatesNewestFirst()
    {
        const HttpAnswer all = m_status->get(u"/v1/status/updates"_s);
        QCOMPARE(all.status, 200);
        const auto updates = StatusWire::readNativeUpdates(all.body);
        QVERIFY2(updates.ok(), qPrintable(updates.error()));
        QCOMPARE(updates->size(), 5);
        QCOMPARE(updates->first().id, u"5"_s);
        QCOMPARE(updates->last().id, u"1"_s);
        QCOMPARE(updates->at(1).incident.status, u"resolved"_s);

        const auto since =
            StatusWire::readNativeUpdates(m_status->get(u"/v1/status/updates?since=3"_s).body);
        QCOMPARE(since->size(), 2);
        QCOMPARE(since->first().id, u"5"_s);
        const auto limited = StatusWire::readNativeUpdates(
            m_status->get(u"/v1/status/updates?since=1&limit=2"_s).body);
        QCOMPARE(limited->size(), 2);
        QCOMPARE(limited->at(1).id, u"4"_s);
        QCOMPARE(m_status->get(u"/v1/status/updates?since=abc"_s).status, 400);
        QCOMPARE(m_status->get(u"/v1/status/updates?limit=0"_s).status, 400);
    }

    void etagGivesNotModified_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("status") << u"/v1/status"_s;
        QTest::newRow("updates") << u"/v1/status/updates"_s;
        QTest::newRow("summary") << u"/api/v2/summary.json"_s;
    }
    void etagGivesNotModified()
    {
        QFETCH(QString, path);
        const HttpAnswer first = m_status->get(path);
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());
        const HttpAnswer same = m_status->get(path, {}, {{"If-None-Match", etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(m_status->get(path, {}, {{"If-None-Match", "\"other\""}}).status, 200);

        // A change gives a new tag.
        QCOMPARE(admin(u"/admin/status/updates"_s,
                       R"({"incident":{"name":"Slow API","impact":"minor"},"body":"Looking."})")
                     .status,
                 201);
        const HttpAnswer changed = m_status->get(path, {}, {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("etag") != etag);
    }

    void streamsUpdatesAsTheyArePosted()
    {
        QNetworkRequest request(m_status->url(u"/v1/status/updates?stream"_s));
        QNetworkReply *stream = m_status->nam().get(request);
        QByteArray received;
        QList<QByteArray> lines;
        connect(stream, &QNetworkReply::readyRead, this, [&] {
            received += stream->readAll();
            qsizetype end;
            while ((end = received.indexOf("\r\n")) >= 0) {
                lines.append(received.left(end));
                received.remove(0, end + 2);
            }
        });
        // The first line is an envelope carrying the status.
        QTRY_VERIFY(!lines.isEmpty());
        const auto first = StatusWire::readStreamLine(lines.first());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->type, StatusWire::StreamLine::Type::Status);
        QCOMPARE(QJsonDocument::fromJson(lines.first())[u"request"_s][u"uri"_s].toString(),
                 u"/v1/status/updates?stream"_s);
        QTRY_COMPARE(m_sim.openStreams(), 1);

        QCOMPARE(admin(u"/admin/status/updates"_s,
                       R"({"incident":{"id":"inc-9","name":"Zone trouble","status":"investigating",
                           "impact":"major"},"body":"Instances in 1b are slow.",
                           "affected":["Amazon-us-east-1b"]})")
                     .status,
                 201);
        auto isUpdate = [&lines] {
            for (const QByteArray &line : lines)
                if (line.startsWith("{\"object\""))
                    return true;
            return false;
        };
        QTRY_VERIFY(isUpdate());
        QByteArray updateLine;
        for (const QByteArray &line : std::as_const(lines))
            if (line.startsWith("{\"object\""))
                updateLine = line;
        const auto update = StatusWire::readStreamLine(updateLine);
        QVERIFY2(update.ok(), qPrintable(update.error()));
        QCOMPARE(update->type, StatusWire::StreamLine::Type::Updates);
        QCOMPARE(update->updates.size(), 1);
        QCOMPARE(update->updates[0].incident.id, u"inc-9"_s);
        QCOMPARE(update->updates[0].body, u"Instances in 1b are slow."_s);
        QCOMPARE(update->updates[0].affected, QStringList{u"Amazon-us-east-1b"_s});

        // Empty keep-alive lines follow (every 100 ms in this test).
        QTRY_VERIFY(lines.count(QByteArray()) >= 1);
        stream->abort();
        stream->deleteLater();
    }

    void statuspageSummaryIsValid()
    {
        QCOMPARE(admin(u"/admin/datacenters/Amazon-us-east-1c/fail"_s).status, 200);
        const HttpAnswer a = m_status->get(u"/api/v2/summary.json"_s);
        QCOMPARE(a.status, 200);
        const auto summary = StatusWire::readStatuspageSummary(a.body);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const QJsonObject root = a.json();
        const QJsonObject page = root[u"page"_s].toObject();
        for (const QString &key : {u"id"_s, u"name"_s, u"url"_s, u"time_zone"_s, u"updated_at"_s})
            QVERIFY2(page.contains(key), qPrintable(key));
        QVERIFY(root[u"status"_s].toObject().contains(u"indicator"_s));
        QVERIFY(root[u"status"_s].toObject().contains(u"description"_s));
        const QJsonArray components = root[u"components"_s].toArray();
        QCOMPARE(components.size(), 4);
        QJsonObject failed;
        for (const QJsonValue &c : components) {
            QVERIFY(!c[u"id"_s].toString().isEmpty());
            if (c[u"name"_s].toString() == "Amazon-us-east-1c"_L1)
                failed = c.toObject();
        }
        QCOMPARE(failed[u"status"_s].toString(), u"major_outage"_s);
        const QJsonArray incidents = root[u"incidents"_s].toArray();
        QCOMPARE(incidents.size(), 1); // only unresolved ones
        const QJsonObject incident = incidents.first().toObject();
        QCOMPARE(incident[u"status"_s].toString(), u"investigating"_s);
        QCOMPARE(incident[u"impact"_s].toString(), u"major"_s);
        const QJsonArray updates = incident[u"incident_updates"_s].toArray();
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates[0][u"affected_components"_s][0][u"name"_s].toString(),
                 u"Amazon-us-east-1c"_s);
        QVERIFY(root[u"scheduled_maintenances"_s].isArray());
        // The reader sees the outage too.
        QCOMPARE(summary->components.size(), 4);
    }

    void statuspageOtherPages()
    {
        const HttpAnswer status = m_status->get(u"/api/v2/status.json"_s);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json()[u"status"_s][u"indicator"_s].toString(), u"none"_s);
        QVERIFY(status.json()[u"page"_s].toObject().contains(u"updated_at"_s));
        const HttpAnswer unresolved = m_status->get(u"/api/v2/incidents/unresolved.json"_s);
        QCOMPARE(unresolved.status, 200);
        QCOMPARE(unresolved.json()[u"incidents"_s].toArray().size(), 0);
        const HttpAnswer all = m_status->get(u"/api/v2/incidents.json"_s);
        QCOMPARE(all.json()[u"incidents"_s].toArray().size(), 2);
        QCOMPARE(all.json()[u"incidents"_s][1][u"incident_updates"_s].toArray().size(), 4);
        QCOMPARE(m_status->get(u"/api/v2/components.json"_s).status, 200);
        QCOMPARE(m_status->get(u"/api/v2/nothing.json"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestStatusApi)
#include "tst_statusapi.moc"
