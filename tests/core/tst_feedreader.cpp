#include "feedreader.h"

#include <QFile>
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
QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}
} // namespace

// The RSS 2.0 and Atom readers against the specifications' own sample feeds, and what a hostile
// or broken feed gets: an error naming the element, never a half-read feed.
class TestFeedReader : public QObject
{
    Q_OBJECT

private slots:
    void rssSpecificationSample()
    {
        const auto feed = FeedReader::read(fixture(u"rss-spec-sample.xml"_s));
        QVERIFY2(feed.ok(), qPrintable(feed.error()));
        QCOMPARE(feed->format, FeedDocument::Format::Rss);
        QCOMPARE(feed->title, u"Liftoff News"_s);
        QCOMPARE(feed->link, u"http://liftoff.msfc.nasa.gov/"_s);
        QCOMPARE(feed->updated, utc(2003, 6, 10, 9, 41, 1));
        QCOMPARE(feed->entries.size(), 3);
        const FeedEntry &first = feed->entries.at(0);
        QCOMPARE(first.title, u"Star City"_s);
        QCOMPARE(first.published, utc(2003, 6, 3, 9, 39, 21));
        QCOMPARE(first.id, u"http://liftoff.msfc.nasa.gov/2003/06/03.html#item573"_s);
        QVERIFY(first.summary.contains(u"<a href="_s)); // kept as text, shown as text
        QVERIFY(feed->entries.at(1).title.isEmpty());   // an item may have no title
        QCOMPARE(feed->entries.at(2).published, utc(2003, 5, 27, 8, 37, 32));
    }

    void atomRfcExample()
    {
        const auto feed = FeedReader::read(fixture(u"atom-rfc4287-example.xml"_s));
        QVERIFY2(feed.ok(), qPrintable(feed.error()));
        QCOMPARE(feed->format, FeedDocument::Format::Atom);
        QCOMPARE(feed->title, u"Example Feed"_s);
        QCOMPARE(feed->link, u"http://example.org/"_s);
        QCOMPARE(feed->updated, utc(2003, 12, 13, 18, 30, 2));
        QCOMPARE(feed->entries.size(), 1);
        QCOMPARE(feed->entries.at(0).title, u"Atom-Powered Robots Run Amok"_s);
        QCOMPARE(feed->entries.at(0).link, u"http://example.org/2003/12/13/atom03"_s);
        QCOMPARE(feed->entries.at(0).id, u"urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"_s);
        QCOMPARE(feed->entries.at(0).summary, u"Some text."_s);
    }

    void rfc822Dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("gmt") << u"Tue, 03 Jun 2003 09:39:21 GMT"_s << utc(2003, 6, 3, 9, 39, 21);
        QTest::newRow("offset") << u"Tue, 03 Jun 2003 11:39:21 +0200"_s
                                << utc(2003, 6, 3, 9, 39, 21);
        QTest::newRow("us-zone") << u"Tue, 03 Jun 2003 02:39:21 PDT"_s
                                 << utc(2003, 6, 3, 9, 39, 21);
        QTest::newRow("nonsense") << u"yesterday"_s << QDateTime();
    }
    void rfc822Dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(FeedReader::parseRfc822(text), expected);
    }

    void badFeedsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << QByteArray("<html><body>Not a feed</body></html>")
                              << u"feed: the document is <html>"_s;
        QTest::newRow("json") << QByteArray("{\"status\": {}}") << u"feed, line 1:"_s;
        QTest::newRow("bad-date")
            << QByteArray("<rss version=\"2.0\"><channel><item><pubDate>soon</pubDate></item>"
                          "</channel></rss>")
            << u"feed, line 1: <pubDate>: \"soon\" is not an RFC 822 date"_s;
        QTest::newRow("rss-1") << QByteArray("<rss version=\"1.0\"/>")
                               << u"feed: RSS version \"1.0\""_s;
        QTest::newRow("unclosed") << QByteArray("<rss version=\"2.0\"><channel><title>x")
                                  << u"feed, line 1:"_s;
        QTest::newRow("dtd-entities")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]>"
                          "<rss version=\"2.0\"/>")
            << u"feed: a DTD is not accepted"_s;
        QTest::newRow("too-large")
            << QByteArray(FeedReader::maxFeedBytes + 1, ' ') << u"feed: 4194305 bytes"_s;
    }
    void badFeedsAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto feed = FeedReader::read(body);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error().startsWith(expected), qPrintable(feed.error()));
    }
};

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
