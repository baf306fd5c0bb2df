#include "statuswire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/status/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}
// A snapshot as a client holds it after a successful read.
StatusSnapshot current(StatusSnapshot s)
{
    s.lastSuccess = utc(2024, 1, 1, 0, 0);
    return s;
}
} // namespace

class TestStatusWire : public QObject
{
    Q_OBJECT

private slots:
    void nativeStatus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("outage");
        QTest::addColumn<int>("components");
        QTest::addColumn<QDateTime>("updatedAt");
        QTest::newRow("operational") << u"native-status-operational.json"_s << u"none"_s << false
                                     << 3 << utc(2012, 6, 29, 22, 0);
        // The flag raises the outage even when the indicator only says minor; the offset and
        // the milliseconds are honoured.
        QTest::newRow("outage-flag") << u"native-status-outage.json"_s << u"minor"_s << true << 2
                                     << utc(2012, 6, 30, 1, 12, 0, 250);
        QTest::newRow("nulls") << u"native-status-nulls.json"_s << u"maintenance"_s << false << 0
                               << QDateTime();
    }
    void nativeStatus()
    {
        QFETCH(QString, file);
        QFETCH(QString, level);
        QFETCH(bool, outage);
        QFETCH(int, components);
        QFETCH(QDateTime, updatedAt);
        const auto s = StatusWire::readNativeStatus(fixture(file));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const StatusSnapshot snap = current(*s);
        QCOMPARE(statusLevelName(snap.level()), level);
        QCOMPARE(snap.outage(), outage);
        QCOMPARE(snap.components.size(), components);
        QCOMPARE(snap.updatedAt, updatedAt);
    }

    void nativeUpdatesNewestFirstWithIncidents()
    {
        const auto updates = StatusWire::readNativeUpdates(fixture(u"native-updates.json"_s));
        QVERIFY2(updates.ok(), qPrintable(updates.error()));
        QCOMPARE(updates->size(), 3);
        // 03:30-07:00 is 10:30 UTC: newer than 04:00Z, so it sorts first (never compare as text).
        QCOMPARE(updates->at(0).id, u"2"_s);
        QCOMPARE(updates->at(0).createdAt, utc(2012, 6, 30, 10, 30));
        QCOMPARE(updates->at(1).id, u"3"_s);
        QVERIFY(updates->at(1).affected.isEmpty()); // null list
        QCOMPARE(updates->at(0).affected, QStringList{u"Amazon-us-east-1a"_s});

        StatusSnapshot snap;
        snap.updates = *updates;
        snap.incidents = StatusSnapshot::unresolvedIncidentsFrom(snap.updates);
        snap.lastSuccess = utc(2012, 6, 30, 11, 0);
        QCOMPARE(snap.incidents.size(), 2); // inc-0 is resolved
        // Indicator none, but a major incident is open: the shown level is major.
        QCOMPARE(snap.level(), StatusLevel::Major);
        QVERIFY(snap.outage());
    }

    void badNativePayloadsNameThePlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isUpdates");
        QTest::addColumn<QString>("expected");
        QTest::newRow("outage-string") << u"native-bad-outage-type.json"_s << false
                                       << u"object.outage: expected a boolean, got a string"_s;
        QTest::newRow("component-status")
            << u"native-bad-component-status.json"_s << false
            << u"object.components[1].status: \"on fire\" is not one of"_s;
        QTest::newRow("incident-status")
            << u"native-bad-update-incident.json"_s << true
            << u"objects[0].incident.status: \"panicking\" is not one of"_s;
        QTest::newRow("statuspage-as-native")
            << u"statuspage-nulls.json"_s << false << u"object: missing"_s;
    }
    void badNativePayloadsNameThePlace()
    {
        QFETCH(QString, file);
        QFETCH(bool, isUpdates);
        QFETCH(QString, expected);
        const QByteArray body = fixture(file);
        const QString error = isUpdates ? StatusWire::readNativeUpdates(body).error()
                                        : StatusWire::readNativeStatus(body).error();
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void nonsenseIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << u"status answer: malformed JSON"_s;
        QTest::newRow("empty") << QByteArray("") << u"status answer: empty"_s;
        QTest::newRow("number") << QByteArray("42") << u"status answer"_s;
        QTest::newRow("indicator-number") << QByteArray(R"({"object":{"indicator":3}})")
                                          << u"object.indicator: expected a string, got a number"_s;
    }
    void nonsenseIsAnError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto s = StatusWire::readNativeStatus(body);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().startsWith(expected), qPrintable(s.error()));
    }

    void streamLines()
    {
        const QList<QByteArray> lines = fixture(u"stream.txt"_s).split('\n');
        QCOMPARE(lines.size(), 4); // envelope, keep-alive, update, trailing newline
        auto first = StatusWire::readStreamLine(lines[0]);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->type, StatusWire::StreamLine::Type::Envelope);
        auto keepAlive = StatusWire::readStreamLine(lines[1] + "\r");
        QVERIFY(keepAlive.ok());
        QCOMPARE(keepAlive->type, StatusWire::StreamLine::Type::KeepAlive);
        auto update = StatusWire::readStreamLine(lines[2]);
        QVERIFY2(update.ok(), qPrintable(update.error()));
        QCOMPARE(update->type, StatusWire::StreamLine::Type::Updates);
        QCOMPARE(update->updates.size(), 1);
        QCOMPARE(update->updates[0].id, u"4"_s);
        QCOMPARE(update->updates[0].incident.status, u"monitoring"_s);
        QCOMPARE(update->updates[0].body, u"Power is back."_s);

        const auto bad = StatusWire::readStreamLine(R"({"object":{"id":5,"incident":{}}})");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(u"object.created_at: missing"_s), qPrintable(bad.error()));
        QVERIFY(!StatusWire::readStreamLine("{\"object\": {\"id\"").ok());
    }

    void statuspageSummaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("outage");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("updates");
        QTest::newRow("offsets-and-groups")
            << u"statuspage-offsets.json"_s << u"major"_s << true << 2 << 1 << 2;
        QTest::newRow("null-lists")
            << u"statuspage-nulls.json"_s << u"none"_s << false << 0 << 0 << 0;
        QTest::newRow("no-components-no-shortlink")
            << u"statuspage-no-components.json"_s << u"minor"_s << false << 0 << 1 << 1;
        QTest::newRow("indicator-none-minor-incident")
            << u"statuspage-none-with-minor-incident.json"_s << u"minor"_s << false << 1 << 1 << 0;
        QTest::newRow("maintenance-indicator") << u"statuspage-maintenance-indicator.json"_s
                                               << u"maintenance"_s << false << 1 << 0 << 0;
        // The running maintenance counts; the scheduled critical one does not (yet). Neither is
        // an incident, and their notes are not incident updates.
        QTest::newRow("maintenance-impact")
            << u"statuspage-maintenance-impact.json"_s << u"maintenance"_s << false << 1 << 0 << 0;
        // Real pages (tests/data/status/README.md).
        QTest::newRow("huobi-scheduled-maintenance")
            << u"statuspage-huobi-summary.json"_s << u"minor"_s << false << 1 << 1 << 1;
        QTest::newRow("hashicorp-groups-null-lists")
            << u"statuspage-hashicorp-groups.json"_s << u"minor"_s << false << 5 << 0 << 0;
    }
    void statuspageSummaries()
    {
        QFETCH(QString, file);
        QFETCH(QString, level);
        QFETCH(bool, outage);
        QFETCH(int, components);
        QFETCH(int, incidents);
        QFETCH(int, updates);
        const auto s = StatusWire::readStatuspageSummary(fixture(file));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const StatusSnapshot snap = current(*s);
        QCOMPARE(snap.kind, StatusSnapshot::Kind::Statuspage);
        QCOMPARE(statusLevelName(snap.level()), level);
        QCOMPARE(snap.outage(), outage);
        QCOMPARE(snap.components.size(), components);
        QCOMPARE(snap.incidents.size(), incidents);
        QCOMPARE(snap.updates.size(), updates);
    }

    void statuspageDetails()
    {
        const auto s = StatusWire::readStatuspageSummary(fixture(u"statuspage-offsets.json"_s));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->pageUrl, u"https://status.example.com"_s);
        QCOMPARE(s->updatedAt, utc(2024, 3, 5, 19, 42, 17, 349));
        const StatusIncident &incident = s->incidents.at(0);
        QCOMPARE(incident.createdAt, utc(2024, 3, 5, 18, 0)); // started_at wins
        QCOMPARE(incident.link, u"http://stspg.io/p31zjtct2jer"_s);
        QCOMPARE(s->updates.at(0).id, u"u2"_s);
        QCOMPARE(s->updates.at(0).affected, QStringList{u"Amazon-us-east-1b"_s});
        QCOMPARE(s->updates.at(0).incident.link, incident.link);
        QVERIFY(s->updates.at(1).affected.isEmpty());
        QCOMPARE(s->updates.at(1).incident.status, u"investigating"_s);

        // No shortlink: the link is built from the page.
        const auto n =
            StatusWire::readStatuspageSummary(fixture(u"statuspage-no-components.json"_s));
        QVERIFY(n.ok());
        QCOMPARE(n->incidents.at(0).link, u"https://status.compatible.example/incidents/i1"_s);
    }

    void maintenanceApartFromIncidents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("maintenances");
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("upcoming");
        QTest::newRow("in-progress-and-scheduled")
            << u"statuspage-maintenance-impact.json"_s << 2 << 1 << 1;
        QTest::newRow("huobi-scheduled") << u"statuspage-huobi-summary.json"_s << 1 << 0 << 1;
        QTest::newRow("no-maintenance") << u"statuspage-offsets.json"_s << 0 << 0 << 0;
    }
    void maintenanceApartFromIncidents()
    {
        QFETCH(QString, file);
        QFETCH(int, maintenances);
        QFETCH(int, active);
        QFETCH(int, upcoming);
        const auto s = StatusWire::readStatuspageSummary(fixture(file));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->maintenances.size(), maintenances);
        QCOMPARE(s->activeMaintenances().size(), active);
        QCOMPARE(s->upcomingMaintenances().size(), upcoming);
        for (const StatusIncident &i : s->incidents)
            for (const StatusMaintenance &m : s->maintenances)
                QVERIFY2(i.id != m.id, qPrintable(m.id));
        for (const IncidentUpdate &u : s->updates)
            for (const StatusMaintenance &m : s->maintenances)
                QVERIFY2(u.incident.id != m.id, qPrintable(u.id));
    }

    void scheduledMaintenanceOfARealPage()
    {
        const auto s =
            StatusWire::readStatuspageSummary(fixture(u"statuspage-huobi-summary.json"_s));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const StatusMaintenance &m = s->maintenances.at(0);
        QCOMPARE(m.status, u"scheduled"_s);
        QCOMPARE(m.scheduledFor, utc(2020, 2, 15, 0, 0));
        QCOMPARE(m.scheduledUntil, utc(2020, 2, 15, 1, 0));
        QCOMPARE(m.link, u"http://stspg.io/md4t4ym7nytd"_s);
        QCOMPARE(m.updates.size(), 1);
        QCOMPARE(m.updates.at(0).incident.status, u"scheduled"_s);
        // The update names the component "Deposit And Withdraw - Deposit"; its code says which
        // component that is, and the component's own name is the one name used.
        QCOMPARE(m.updates.at(0).affected, QStringList{u"Deposit"_s});
        QCOMPARE(m.components, QStringList{u"Deposit"_s});
        // The scheduled window does not make the level maintenance; the open incident rules.
        QCOMPARE(current(*s).level(), StatusLevel::Minor);
        QCOMPARE(s->incidents.at(0).name, u"Market data is delayed"_s);
    }

    void completedMaintenanceWithItsHistory()
    {
        const auto list = StatusWire::readStatuspageMaintenances(
            fixture(u"statuspage-discord-maintenances.json"_s));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        const StatusMaintenance &m = list->at(0);
        QVERIFY(m.isCompleted());
        QVERIFY(!m.isActive());
        QCOMPARE(m.impact, u"major"_s);
        // -07:00 offsets: 01:00 local is 08:00 UTC.
        QCOMPARE(m.scheduledFor, utc(2015, 9, 22, 8, 0));
        QCOMPARE(m.scheduledUntil, utc(2015, 9, 22, 8, 30));
        QCOMPARE(m.updates.size(), 4);
        QStringList words;
        for (const IncidentUpdate &u : m.updates)
            words << u.incident.status;
        QCOMPARE(words,
                 (QStringList{u"completed"_s, u"verifying"_s, u"in_progress"_s, u"scheduled"_s}));
        // The announcement was displayed at 18:20 (display_at), not when it was typed in.
        QCOMPARE(m.updates.at(3).createdAt, utc(2015, 9, 19, 1, 20));
        QVERIFY(m.updates.at(3).affected.isEmpty()); // affected_components: null
        QCOMPARE(m.link, u"http://stspg.io/1UdW"_s);

        StatusSnapshot s;
        s.maintenances = *list;
        s.lastSuccess = utc(2024, 1, 1, 0, 0);
        QCOMPARE(s.level(), StatusLevel::None); // completed work makes nothing worse
        s.maintenances[0].status = u"in_progress"_s;
        QCOMPARE(s.level(), StatusLevel::Maintenance); // running work does, whatever its impact
    }

    void componentsKeepTheirGroup()
    {
        const auto s =
            StatusWire::readStatuspageSummary(fixture(u"statuspage-hashicorp-groups.json"_s));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QStringList names;
        for (const StatusComponent &c : s->components)
            names << c.displayName();
        QCOMPARE(names,
                 (QStringList{u"Waypoint › Waypoint URL Service"_s,
                              u"HashiCorp Cloud Platform (HCP) › HCP Portal"_s,
                              u"HashiCorp Cloud Platform (HCP) › Consul"_s,
                              u"HashiCorp Cloud Platform (HCP) › Vault"_s, u"Vagrant Cloud"_s}));
        QCOMPARE(s->componentDisplayName(u"Consul"_s),
                 u"HashiCorp Cloud Platform (HCP) › Consul"_s);
        QCOMPARE(s->componentDisplayName(u"Elsewhere"_s), u"Elsewhere"_s);

        const QJsonObject json = StatusWire::toJson(current(*s));
        const QJsonObject portal = json["components"_L1].toArray().at(1).toObject();
        QCOMPARE(portal["name"_L1].toString(), u"HCP Portal"_s);
        QCOMPARE(portal["group"_L1].toString(), u"HashiCorp Cloud Platform (HCP)"_s);
        QCOMPARE(portal["display_name"_L1].toString(),
                 u"HashiCorp Cloud Platform (HCP) › HCP Portal"_s);
        QVERIFY(json["components"_L1].toArray().at(4).toObject()["group"_L1].isNull());
    }

    void maintenanceJsonContract()
    {
        const auto s =
            StatusWire::readStatuspageSummary(fixture(u"statuspage-maintenance-impact.json"_s));
        QVERIFY(s.ok());
        const QJsonObject json = StatusWire::toJson(current(*s));
        QVERIFY(json["incidents"_L1].toArray().isEmpty());
        QVERIFY(json["updates"_L1].toArray().isEmpty());
        const QJsonArray list = json["maintenances"_L1].toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject m = list.at(0).toObject();
        for (const char *key : {"id", "name", "status", "impact", "scheduled_for",
                                "scheduled_until", "link", "updates"})
            QVERIFY2(m.contains(QLatin1StringView(key)), key);
        QCOMPARE(m["status"_L1].toString(), u"in_progress"_s);
        QCOMPARE(m["scheduled_for"_L1].toString(), u"2024-04-01T06:00:00Z"_s);
        QCOMPARE(m["updates"_L1].toArray().at(0).toObject()["body"_L1].toString(), u"Started."_s);
        QCOMPARE(list.at(1).toObject()["status"_L1].toString(), u"scheduled"_s);

        // The native feed carries the same windows in its status object (read back alike).
        QJsonObject native{{u"indicator"_s, u"maintenance"_s},
                           {u"components"_s, QJsonArray()},
                           {u"scheduled_maintenances"_s, list}};
        const auto back = StatusWire::readNativeStatus(
            QJsonDocument(QJsonObject{{u"object"_s, native}}).toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->maintenances.size(), 2);
        QCOMPARE(back->maintenances.at(0).scheduledFor, utc(2024, 4, 1, 6, 0));
        QCOMPARE(back->maintenances.at(0).updates.at(0).body, u"Started."_s);
    }

    void badMaintenanceIsNamed()
    {
        QByteArray body = fixture(u"statuspage-huobi-summary.json"_s);
        body.replace("\"status\": \"scheduled\",\n            \"created_at\"",
                     "\"status\": \"planned\",\n            \"created_at\"");
        const auto s = StatusWire::readStatuspageSummary(body);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().startsWith(u"scheduled_maintenances[0].status: \"planned\""_s),
                 qPrintable(s.error()));
    }

    void badStatuspageSummaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("indicator")
            << u"statuspage-bad-indicator.json"_s << u"status.indicator: \"green\" is not one of"_s;
        QTest::newRow("update-date")
            << u"statuspage-bad-update-date.json"_s
            << u"incidents[0].incident_updates[0].created_at: \"yesterday\" is not an ISO 8601"_s;
        QTest::newRow("native-as-statuspage")
            << u"native-status-operational.json"_s << u"status: missing"_s;
    }
    void badStatuspageSummaries()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto s = StatusWire::readStatuspageSummary(fixture(file));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().startsWith(expected), qPrintable(s.error()));
    }

    void jsonContract()
    {
        auto s = StatusWire::readStatuspageSummary(fixture(u"statuspage-offsets.json"_s));
        QVERIFY(s.ok());
        StatusSnapshot snap = current(*s);
        snap.source = u"https://status.example.com/api/v2/summary.json"_s;
        const QJsonObject json = StatusWire::toJson(snap);
        for (const char *key : {"source", "kind", "level", "outage", "description", "updated_at",
                                "incidents", "updates", "error"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        QCOMPARE(json["kind"_L1].toString(), u"statuspage"_s);
        QCOMPARE(json["level"_L1].toString(), u"major"_s);
        QCOMPARE(json["outage"_L1].toBool(), true);
        QCOMPARE(json["updated_at"_L1].toString(), u"2024-03-05T19:42:17Z"_s);
        QVERIFY(json["error"_L1].isNull());
        const QJsonObject incident = json["incidents"_L1].toArray().at(0).toObject();
        for (const char *key : {"id", "name", "status", "impact", "updated_at"})
            QVERIFY2(incident.contains(QLatin1StringView(key)), key);
        const QJsonObject update = json["updates"_L1].toArray().at(0).toObject();
        for (const char *key : {"id", "created_at", "incident", "status", "body", "affected"})
            QVERIFY2(update.contains(QLatin1StringView(key)), key);
        QCOMPARE(update["created_at"_L1].toString(), u"2024-03-05T19:42:17Z"_s);
        QCOMPARE(update["incident"_L1].toString(), u"p31zjtct2jer"_s);

        // Unreadable: level unknown, the error said, never an outage claimed.
        snap.lastError = u"connection refused"_s;
        snap.failingSince = utc(2024, 3, 5, 20, 0);
        const QJsonObject failed = StatusWire::toJson(snap);
        QCOMPARE(failed["level"_L1].toString(), u"unknown"_s);
        QCOMPARE(failed["outage"_L1].toBool(), false);
        QCOMPARE(failed["error"_L1].toString(), u"connection refused"_s);
    }

    void neverGreenWithoutData()
    {
        StatusSnapshot nothing;
        QCOMPARE(nothing.level(), StatusLevel::Unknown);
        StatusSnapshot stale =
            current(*StatusWire::readNativeStatus(fixture(u"native-status-operational.json"_s)));
        QCOMPARE(stale.level(), StatusLevel::None);
        stale.lastError = u"timeout"_s;
        QCOMPARE(stale.level(), StatusLevel::Unknown);
        QCOMPARE(stale.dataLevel(), StatusLevel::None); // the last good data is kept
        QCOMPARE(stale.components.size(), 3);
    }

    void mergeUpdatesKeepsNewestFirstWithoutDuplicates()
    {
        const auto all = *StatusWire::readNativeUpdates(fixture(u"native-updates.json"_s));
        const QList<IncidentUpdate> merged =
            StatusSnapshot::mergeUpdates(all.mid(1), all.mid(0, 2), 10);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).id, u"2"_s);
        QCOMPARE(StatusSnapshot::mergeUpdates(all, {}, 2).size(), 2);
    }

    void nativeUpdateRoundTrip()
    {
        const auto all = *StatusWire::readNativeUpdates(fixture(u"native-updates.json"_s));
        const QByteArray wire =
            QJsonDocument(QJsonObject{{u"objects"_s, QJsonArray{StatusWire::toJson(all.at(0))}}})
                .toJson();
        const auto back = StatusWire::readNativeUpdates(wire);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->at(0), all.at(0));
    }
};

QTEST_GUILESS_MAIN(TestStatusWire)
#include "tst_statuswire.moc"
