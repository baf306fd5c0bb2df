#include "jsonreader.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parseRefusesOversizedPayload()
    {
        const QByteArray big(2048, ' ');
        const auto doc = JsonReader::parse(big, u"answer"_s, 1024);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(u"1024-byte limit"_s), qPrintable(doc.error()));
    }

    void parseNamesMalformedJson_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  ") << u"answer: empty"_s;
        QTest::newRow("truncated") << QByteArray(R"({"objects": [)") << u"malformed JSON"_s;
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << u"malformed JSON"_s;
    }
    void parseNamesMalformedJson()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        const auto doc = JsonReader::parse(payload, u"answer"_s);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(expected), qPrintable(doc.error()));
    }

    void typedAccessReportsPath_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string-for-number")
            << QByteArray(R"({"objects":[{},{},{},{"services":[{"instance_count":"2"}]}]})")
            << u"objects[3].services[0].instance_count: expected a number, got a string"_s;
        QTest::newRow("missing") << QByteArray(R"({"objects":[{},{},{},{"services":[{}]}]})")
                                 << u"objects[3].services[0].instance_count: missing"_s;
        QTest::newRow("negative")
            << QByteArray(R"({"objects":[{},{},{},{"services":[{"instance_count":-1}]}]})")
            << u"objects[3].services[0].instance_count: must be at least 0, got -1"_s;
        QTest::newRow("fraction")
            << QByteArray(R"({"objects":[{},{},{},{"services":[{"instance_count":1.5}]}]})")
            << u"objects[3].services[0].instance_count: expected an integer, got 1.5"_s;
        QTest::newRow("not-an-object")
            << QByteArray(R"({"objects":[{},{},{},{"services":[7]}]})")
            << u"objects[3].services[0]: expected an object, got a number"_s;
    }
    void typedAccessReportsPath()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        const auto doc = JsonReader::parse(payload, u"answer"_s);
        QVERIFY(doc.ok());
        JsonReader reader(*doc);
        const JsonNode root = reader.root();
        const JsonNode objects = root.field("objects"_L1);
        const JsonNode app = objects.at(3);
        const JsonNode services = app.field("services"_L1);
        const JsonNode svc = services.at(0);
        if (svc.checkObject())
            svc.field("instance_count"_L1).integer();
        QCOMPARE(reader.error(), expected);
    }

    void firstErrorWins()
    {
        JsonReader reader(QJsonValue(QJsonObject{{u"a"_s, 1}, {u"b"_s, true}}));
        const JsonNode root = reader.root();
        root.field("a"_L1).string();
        root.field("b"_L1).string();
        QCOMPARE(reader.error(), u"a: expected a string, got a number"_s);
    }

    void optionalValuesAcceptNullAndMissing()
    {
        JsonReader reader(QJsonValue(QJsonObject{{u"n"_s, QJsonValue()}}));
        const JsonNode root = reader.root();
        QCOMPARE(root.field("n"_L1).optionalString(u"x"_s), u"x"_s);
        QCOMPARE(root.field("absent"_L1).optionalInteger(7), 7);
        QVERIFY(root.field("n"_L1).stringList().isEmpty());
        QVERIFY(root.field("n"_L1).checkArray(JsonNode::Absent::Empty));
        QVERIFY(reader.ok());
        root.field("n"_L1).checkArray(JsonNode::Absent::Error);
        QCOMPARE(reader.error(), u"n: expected an array, got null"_s);
    }

    void oneOfNamesTheAllowedWords()
    {
        JsonReader reader(QJsonValue(QJsonObject{{u"flavor"_s, u"gold"_s}}));
        reader.root().field("flavor"_L1).oneOf({u"sandbox"_s, u"live"_s});
        QCOMPARE(reader.error(), u"flavor: \"gold\" is not one of sandbox, live"_s);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2012, 6, 30), QTime(3, 12), QTimeZone::utc());
        QTest::newRow("zulu") << u"2012-06-30T03:12:00Z"_s << t;
        QTest::newRow("offset") << u"2012-06-29T20:12:00-07:00"_s << t;
        QTest::newRow("millis-offset") << u"2012-06-29T20:12:00.000-07:00"_s << t;
        QTest::newRow("no-zone-is-utc") << u"2012-06-30T03:12:00"_s << t;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        JsonReader reader(QJsonValue(QJsonObject{{u"t"_s, text}}));
        const QDateTime got = reader.root().field("t"_L1).timestamp();
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE(got, expected);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }

    void badTimestampIsAnError()
    {
        JsonReader reader(QJsonValue(QJsonObject{{u"t"_s, u"yesterday"_s}}));
        reader.root().field("t"_L1).timestamp();
        QCOMPARE(reader.error(), u"t: \"yesterday\" is not an ISO 8601 date and time"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
