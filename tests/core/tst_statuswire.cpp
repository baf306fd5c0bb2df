#include "statuswire.h"

#include <QFile>
#include <QJsonArray>
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
        // The running maintenance counts; the scheduled critical one does not (yet).
        QTest::newRow("maintenance-impact")
            << u"statuspage-maintenance-impact.json"_s << u"maintenance"_s << false << 1 << 1 << 1;
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
