#include "statusreportwriter.h"
#include "statustext.h"
#include "statuswire.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
StatusSnapshot read(const QString &file)
{
    auto s = StatusWire::readStatuspageSummary(fixture(file));
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    StatusSnapshot snap = *s;
    snap.source = u"https://status.example.com"_s;
    snap.lastSuccess = utc(2024, 1, 1, 0, 0);
    return snap;
}
StatusReportWriter::Options at(const QDateTime &now)
{
    StatusReportWriter::Options o;
    o.now = now;
    o.locale = QLocale::c();
    return o;
}
} // namespace

// What `scaling-advisor status` prints, read as a user reads it.
class TestStatusReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void oneHeadlineThePageQuoted()
    {
        const QString text = StatusReportWriter::text(read(u"statuspage-offsets.json"_s),
                                                      at(utc(2024, 3, 5, 20, 0)));
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.at(0), u"Platform status: Platform outage"_s);
        QCOMPARE(lines.at(1), u"  The page says: “Partial System Outage”"_s);
        QVERIFY(!text.contains(u"PLATFORM OUTAGE"_s));
        // Components by their one name, with their group.
        QVERIFY2(text.contains(u"  Datacenters › Amazon-us-east-1b: partial outage"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Affects: Datacenters › Amazon-us-east-1b"_s), qPrintable(text));
        // Every time with its zone and its age.
        QVERIFY2(text.contains(u"2024-03-05 19:42 UTC (17 min ago)"_s), qPrintable(text));
    }

    void maintenanceApartWithItsWindow()
    {
        const QString text = StatusReportWriter::text(read(u"statuspage-huobi-summary.json"_s),
                                                      at(utc(2020, 2, 12, 0, 0)));
        QVERIFY2(text.contains(u"Open incidents (1):"_s), qPrintable(text));
        QVERIFY(text.contains(u"Market data is delayed"_s));
        const qsizetype upcoming = text.indexOf(u"Upcoming maintenance:"_s);
        QVERIFY2(upcoming > 0, qPrintable(text));
        const QString after = text.mid(upcoming);
        QVERIFY(after.contains(u"Schedule maintenance — scheduled"_s));
        QVERIFY2(after.contains(u"2020-02-15 00:00 UTC (in 3 day(s)) to 2020-02-15 01:00 UTC"_s),
                 qPrintable(after));
        QVERIFY(after.contains(u"Affects: Deposit"_s));
        QVERIFY(!after.contains(u"Deposit And Withdraw - Deposit"_s)); // one name
        // The maintenance note is not an incident update.
        const QString updates = text.mid(text.indexOf(u"Recent updates:"_s));
        QVERIFY(!updates.contains(u"scheduled maintenance"_s, Qt::CaseInsensitive));
    }

    void bodiesKeepTheirParagraphsWrapped()
    {
        const auto list = StatusWire::readStatuspageMaintenances(
            fixture(u"statuspage-discord-maintenances.json"_s));
        QVERIFY(list.ok());
        StatusSnapshot s = read(u"statuspage-nulls.json"_s);
        s.maintenances = *list;
        s.maintenances[0].updates = {list->at(0).updates.last()}; // the three-paragraph one
        StatusReportWriter::Options o = at(utc(2026, 12, 1, 12, 0));
        o.width = 60;
        const QString text = StatusReportWriter::text(s, o);
        const QString part = text.mid(text.indexOf(u"Completed maintenance:"_s));
        QVERIFY2(part.contains(u"\n\n    We're powering up"_s), qPrintable(part));
        QVERIFY2(part.contains(u"\n\n    On a serious note"_s), qPrintable(part));
        for (const QString &line : text.split(u'\n'))
            if (line.startsWith(u"    "_s) && !line.contains(u" UTC"_s)) // body lines
                QVERIFY2(line.size() <= 60 || !line.mid(4).contains(u' '), qPrintable(line));
        QVERIFY2(part.contains(u"(11 year(s) ago)"_s), qPrintable(part));
    }

    void pluralsAndSingleComponent()
    {
        StatusSnapshot one;
        one.source = u"https://status.example.com"_s;
        one.components = {{u"API"_s, u"operational"_s, {}, {}}};
        one.lastSuccess = utc(2024, 1, 1, 0, 0);
        const QString text = StatusReportWriter::text(one, at(utc(2024, 1, 1, 0, 1)));
        QVERIFY(!text.contains(u"All 1"_s));
        QVERIFY(text.contains(u"The one component is operational."_s));
        QCOMPARE(StatusText::age(utc(2018, 1, 1, 0, 0), utc(2024, 6, 1, 0, 0)),
                 QCoreApplication::translate("StatusText", "%n year(s) ago", nullptr, 6));
        QCOMPARE(StatusText::age(utc(2024, 1, 1, 0, 0), utc(2024, 1, 1, 0, 3)),
                 QCoreApplication::translate("StatusText", "%n min ago", nullptr, 3));
    }

    void remoteTextCannotDriveTheTerminal()
    {
        StatusSnapshot s;
        s.source = u"https://status.example.com"_s;
        s.indicator = u"minor"_s;
        s.description = u"\x1b]0;pwned\x07 Bad\u202Edesc"_s;
        s.lastSuccess = utc(2024, 1, 1, 0, 0);
        const QString text = StatusReportWriter::text(s, at(utc(2024, 1, 1, 0, 1)));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY2(text.contains(u"\\x1B]0;pwned\\x07"_s), qPrintable(text));
        QVERIFY(text.contains(u"<U+202E>"_s));
    }

    void unknownSaysSinceWhen()
    {
        StatusSnapshot s = read(u"statuspage-offsets.json"_s);
        s.lastError = u"status.example.com: connection refused"_s;
        s.failingSince = utc(2024, 3, 5, 20, 0);
        const QString text = StatusReportWriter::text(s, at(utc(2024, 3, 5, 20, 5)));
        QVERIFY2(text.startsWith(
                     u"Platform status: Status unknown since 2024-03-05 20:00 UTC (5 min ago)"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"Platform outage"_s)); // stale data claims nothing
        const QJsonObject json = QJsonDocument::fromJson(StatusReportWriter::json(s)).object();
        QCOMPARE(json["level"_L1].toString(), u"unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusReportWriter)
#include "tst_statusreportwriter.moc"
