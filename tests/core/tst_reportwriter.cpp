#include "csvparser.h"
#include "inventorybuilder.h"
#include "markdownreport.h"
#include "reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace InventoryBuilder;

namespace {

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.cbegin(), k.cend());
}

QSet<QString> set(const QStringList &l)
{
    return QSet<QString>(l.cbegin(), l.cend());
}

// An account with remote strings that try to break every format.
Inventory hostileInventory()
{
    Inventory inv = inventory(
        {application(u"shop"_s, u"live"_s,
                     {{u"<img src=x>"_s, u"python: a/h1"_s},
                      {u"we\"b,1"_s, u"python: a/h2, a/h3"_s},
                      {u"db"_s, u"mysql: a/h4/up/master, b/h5/up/slave"_s},
                      {u"cache"_s, u"redis: =2"_s}}),
         application(u"<script>alert(1)</script>"_s, u"sandbox"_s, {{u"www"_s, u"php: b/h6"_s}})});
    inv.user.username = u"al&ice"_s;
    inv.applications[0].services[3].fetchError = u"HTTP 500 <b>oops</b>"_s;
    return inv;
}

AuditReport auditOf(const Inventory &inv)
{
    AuditOptions options;
    options.exemptions.add({u"single-zone"_s, u"shop"_s, u"we\"b,1"_s, u"moving, soon"_s, {}});
    return RulesEngine().audit(inv, options);
}

ReportOptions fixedTime()
{
    ReportOptions o;
    o.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(13, 0), QTimeZone::utc());
    return o;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        const QStringList names{u"text"_s, u"json"_s, u"csv"_s, u"markdown"_s, u"html"_s};
        for (const QString &name : names) {
            ReportFormat f = ReportFormat::Text;
            QVERIFY(reportFormatFromName(name, &f));
            QCOMPARE(reportFormatName(f), name);
        }
        ReportFormat f = ReportFormat::Json;
        QVERIFY(!reportFormatFromName(u"pdf"_s, &f));
        QVERIFY(!reportFormatFromName(u"JSON"_s, &f));
    }

    void jsonFollowsTheContract()
    {
        const Inventory inv = hostileInventory();
        const AuditReport audit = auditOf(inv);
        const QByteArray bytes = ReportWriter::write(ReportFormat::Json, inv, audit, fixedTime());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(keys(root), set({u"generated_at"_s, u"source"_s, u"resilience"_s, u"summary"_s,
                                  u"findings"_s, u"placement"_s, u"errors"_s}));
        QCOMPARE(root[u"generated_at"_s].toString(), u"2026-11-26T13:00:00Z"_s);
        QCOMPARE(root[u"source"_s].toObject(),
                 QJsonObject({{u"api"_s, u"https://api.example.org"_s}, {u"user"_s, u"al&ice"_s}}));
        const QJsonObject summary = root[u"summary"_s].toObject();
        QCOMPARE(keys(summary),
                 set({u"applications"_s, u"services"_s, u"instances"_s, u"danger"_s, u"warning"_s,
                      u"info"_s, u"exempt"_s, u"score"_s, u"grade"_s}));
        QCOMPARE(summary[u"score"_s].toInt(), audit.summary.score);
        QCOMPARE(summary[u"grade"_s].toString(), audit.summary.grade);
        QCOMPARE(summary[u"exempt"_s].toInt(), 1);
        const QJsonArray findings = root[u"findings"_s].toArray();
        QCOMPARE(findings.size(), audit.findings.size());
        for (const QJsonValue &v : findings)
            QCOMPARE(keys(v.toObject()),
                     set({u"rule"_s, u"severity"_s, u"application"_s, u"service"_s, u"message"_s,
                          u"fix"_s, u"exempt"_s, u"reason"_s}));
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first[u"severity"_s].toString(), u"danger"_s);
        QCOMPARE(first[u"exempt"_s].toBool(), false);
        const QJsonObject last = findings.last().toObject();
        QCOMPARE(last[u"exempt"_s].toBool(), true);
        QCOMPARE(last[u"reason"_s].toString(), u"moving, soon"_s);

        const QJsonArray placement = root[u"placement"_s].toArray();
        QVERIFY(placement.contains(QJsonObject{{u"application"_s, u"shop"_s},
                                               {u"service"_s, u"we\"b,1"_s},
                                               {u"datacenter"_s, u"Amazon-us-east-1a"_s},
                                               {u"instances"_s, 2}}));
        for (const QJsonValue &v : placement)
            QCOMPARE(keys(v.toObject()),
                     set({u"application"_s, u"service"_s, u"datacenter"_s, u"instances"_s}));
        QCOMPARE(root[u"errors"_s].toArray(),
                 QJsonArray({QJsonObject{{u"application"_s, u"shop"_s},
                                         {u"service"_s, u"cache"_s},
                                         {u"error"_s, u"HTTP 500 <b>oops</b>"_s}}}));
    }

    void jsonEscapesEveryString()
    {
        Inventory inv = hostileInventory();
        inv.applications[0].services[0].name = u"tab\there \"q\" back\\slash \x01 é \U0001F600"_s;
        const AuditReport audit = auditOf(inv);
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(ReportWriter::write(ReportFormat::Json, inv, audit), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList services;
        for (const QJsonValue &v : doc.object()[u"findings"_s].toArray())
            services.append(v.toObject()[u"service"_s].toString());
        QVERIFY(services.contains(inv.applications[0].services[0].name));
    }

    void jsonNamesASnapshotSource()
    {
        Inventory inv = hostileInventory();
        inv.source = u"/tmp/alice.json"_s;
        const QByteArray bytes = ReportWriter::write(ReportFormat::Json, inv, auditOf(inv));
        const QJsonObject source = QJsonDocument::fromJson(bytes).object()[u"source"_s].toObject();
        QCOMPARE(source,
                 QJsonObject({{u"snapshot"_s, u"/tmp/alice.json"_s}, {u"user"_s, u"al&ice"_s}}));
    }

    void csvHasAHeaderAndOneRowPerFinding()
    {
        const Inventory inv = hostileInventory();
        const AuditReport audit = auditOf(inv);
        const QString csv = QString::fromUtf8(ReportWriter::write(ReportFormat::Csv, inv, audit));
        QVERIFY(csv.endsWith(u"\r\n"_s));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), audit.findings.size() + 1);
        QCOMPARE(rows.first(),
                 QStringList({u"rule"_s, u"severity"_s, u"application"_s, u"service"_s,
                              u"message"_s, u"fix"_s, u"exempt"_s, u"reason"_s, u"doc"_s}));
        for (int i = 0; i < audit.findings.size(); ++i) {
            const Finding &f = audit.findings[i];
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), 9);
            QCOMPARE(row[0], f.rule);
            QCOMPARE(row[3], f.service);
            QCOMPARE(row[4], f.message);
            QCOMPARE(row[5], f.fix);
            QCOMPARE(row[6], f.exempt ? u"true"_s : u"false"_s);
            QCOMPARE(row[7], f.exemptReason);
        }
        QVERIFY(csv.contains(u"\"we\"\"b,1\""_s));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const Inventory inv = hostileInventory();
        const QString html = QString::fromUtf8(
            ReportWriter::write(ReportFormat::Html, inv, auditOf(inv), fixedTime()));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(!html.contains(u"<img src=x>"_s));
        QVERIFY(html.contains(u"&lt;img src=x&gt;"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"<b>oops"_s));
        QVERIFY(html.contains(u"al&amp;ice"_s));
        QVERIFY(!html.contains(u"src=\"http"_s)); // nothing loaded from elsewhere
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(html.contains(u"What to do first"_s));
        QVERIFY(html.contains(u"Score %1 out of 100"_s.arg(auditOf(inv).summary.score)));
        // Every datacenter of the platform appears in the chart, even an empty one.
        QVERIFY(html.contains(u">Amazon-us-east-1c<"_s));
    }

    void textIsPlainUnlessColourIsAsked()
    {
        Inventory inv = hostileInventory();
        inv.applications[0].services[0].name = u"evil\x1b]0;title\x07"_s;
        const AuditReport audit = auditOf(inv);
        const QString plain =
            QString::fromUtf8(ReportWriter::write(ReportFormat::Text, inv, audit));
        QVERIFY(!plain.contains(QChar(0x1b)));
        QVERIFY(!plain.contains(QChar(0x07)));
        QVERIFY(plain.contains(
            u"Score %1/100, grade %2"_s.arg(audit.summary.score).arg(audit.summary.grade)));
        for (const Finding &f : audit.findings)
            QVERIFY2(plain.contains(u"["_s + f.rule + u"]"_s), qPrintable(f.rule));
        QVERIFY(plain.contains(u"dotcloud -A shop scale"_s));
        QVERIFY(plain.contains(u"Exempt: moving, soon"_s));
        QVERIFY(plain.contains(u"HTTP 500 <b>oops</b>"_s));

        ReportOptions colour;
        colour.colour = true;
        const QString coloured =
            QString::fromUtf8(ReportWriter::write(ReportFormat::Text, inv, audit, colour));
        QVERIFY(coloured.contains(u"\x1b[1;31mDANGER"_s));
    }

    void markdownEscapesRemoteStrings()
    {
        const Inventory inv = hostileInventory();
        const AuditReport audit = auditOf(inv);
        const QString md =
            QString::fromUtf8(ReportWriter::write(ReportFormat::Markdown, inv, audit));
        QVERIFY(md.startsWith(u"# Scaling Advisor report"_s));
        QVERIFY(!md.contains(u"<img src=x>"_s));
        QVERIFY(md.contains(u"\\<img src=x\\>"_s));
        for (const Finding &f : audit.findings)
            QVERIFY(md.contains(u"`"_s + f.rule + u"`"_s));
        QVERIFY(md.contains(
            u"**Score %1/100, grade %2**"_s.arg(audit.summary.score).arg(audit.summary.grade)));
    }

    // A dot or hyphen inside a word or number starts nothing in Markdown and stays as written;
    // at an edge, or doubled, it could begin a list, a rule or a heading underline, and is escaped.
    void markdownEscapesOnlyWhatCouldStartSomething_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("zone name") << u"eu-west-1"_s << u"eu-west-1"_s;
        QTest::newRow("German date") << u"01.12.2026"_s << u"01.12.2026"_s;
        QTest::newRow("leading hyphen") << u"-x"_s << u"\\-x"_s;
        QTest::newRow("trailing dot") << u"done."_s << u"done\\."_s;
        QTest::newRow("ordered list") << u"1. item"_s << u"1\\. item"_s;
        QTest::newRow("rule") << u"---"_s << u"\\-\\-\\-"_s;
        QTest::newRow("hyphen after a line break") << u"a\n-b"_s << u"a  \n\\-b"_s;
        QTest::newRow("emphasis") << u"*x*"_s << u"\\*x\\*"_s;
    }

    void markdownEscapesOnlyWhatCouldStartSomething()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownReport::escape(text), escaped);
    }

    void simulationJsonFollowsTheContract()
    {
        const Inventory inv = inventory({application(
            u"shop"_s, u"live"_s,
            {{u"www"_s, u"python: a/h1, b/h2"_s}, {u"db"_s, u"mysql: a/h3, a/h4"_s}})});
        const SimulationResult r =
            ZoneSimulation::fail(inv, FailureKind::Datacenter, u"Amazon-us-east-1a"_s);
        const QJsonObject root = QJsonDocument::fromJson(ReportWriter::simulationJson(r)).object();
        QCOMPARE(root[u"failed"_s].toObject(),
                 QJsonObject({{u"kind"_s, u"datacenter"_s}, {u"name"_s, u"Amazon-us-east-1a"_s}}));
        QCOMPARE(root[u"summary"_s].toObject(),
                 QJsonObject({{u"ok"_s, 0}, {u"degraded"_s, 0}, {u"down"_s, 1}}));
        const QJsonArray apps = root[u"applications"_s].toArray();
        QCOMPARE(apps.size(), 1);
        const QJsonObject shop = apps.first().toObject();
        QCOMPARE(shop[u"name"_s].toString(), u"shop"_s);
        QCOMPARE(shop[u"state"_s].toString(), u"down"_s);
        QCOMPARE(shop[u"services"_s].toArray(), QJsonArray({QJsonObject{{u"name"_s, u"www"_s},
                                                                        {u"state"_s, u"degraded"_s},
                                                                        {u"before"_s, 2},
                                                                        {u"after"_s, 1}},
                                                            QJsonObject{{u"name"_s, u"db"_s},
                                                                        {u"state"_s, u"down"_s},
                                                                        {u"before"_s, 2},
                                                                        {u"after"_s, 0}}}));
        QCOMPARE(shop[u"worst_datacenter"_s].toObject()[u"name"_s].toString(),
                 u"Amazon-us-east-1a"_s);

        const QString text = QString::fromUtf8(ReportWriter::simulationText(r));
        QVERIFY(text.contains(u"If datacenter Amazon-us-east-1a failed"_s));
        QVERIFY(text.contains(u"worst single datacenter: Amazon-us-east-1a (down)"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
