#include "servicecatalogue.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ServiceTypeInfo::Kind;
using Scaling = ServiceTypeInfo::Scaling;

class TestServiceCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInFollowsTheDesignTable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("scaling");
        QTest::addColumn<int>("recommended");
        const QStringList stateless{u"python"_s, u"python-worker"_s, u"ruby"_s,   u"ruby-worker"_s,
                                    u"php"_s,    u"php-worker"_s,    u"perl"_s,   u"perl-worker"_s,
                                    u"nodejs"_s, u"java"_s,          u"static"_s, u"smtp"_s,
                                    u"custom"_s};
        for (const QString &t : stateless)
            QTest::newRow(qPrintable(t))
                << t << int(Kind::Stateless) << int(Scaling::Horizontal) << 3;
        QTest::newRow("mysql") << u"mysql"_s << int(Kind::Stateful) << int(Scaling::MasterSlave)
                               << 2;
        QTest::newRow("redis") << u"redis"_s << int(Kind::Stateful) << int(Scaling::MasterSlave)
                               << 2;
        QTest::newRow("mongodb") << u"mongodb"_s << int(Kind::Stateful) << int(Scaling::ReplicaSet)
                                 << 3;
        for (const QString &t : {u"postgresql"_s, u"postgis"_s, u"solr"_s})
            QTest::newRow(qPrintable(t)) << t << int(Kind::Stateful) << int(Scaling::None) << 0;
    }

    void builtInFollowsTheDesignTable()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(int, scaling);
        QFETCH(int, recommended);
        const ServiceTypeInfo info = ServiceCatalogue::builtIn().info(type);
        QVERIFY(info.known);
        QCOMPARE(info.type, type);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(int(info.scaling), scaling);
        QCOMPARE(info.recommendedInstances, recommended);
        QVERIFY(!info.advice.isEmpty());
        QCOMPARE(info.migration.isEmpty(), info.canScale());
    }

    void builtInListsExactlyTheKnownTypes()
    {
        QCOMPARE(ServiceCatalogue::builtIn().types().size(), 19);
        QVERIFY(ServiceCatalogue::builtIn().info(u"custom"_s).note.contains(u"TCP"_s));
        QVERIFY(
            ServiceCatalogue::builtIn().info(u"solr"_s).migration.contains(u"Elastic Search"_s));
        QVERIFY(ServiceCatalogue::builtIn().info(u"postgresql"_s).migration.contains(u"MySQL"_s));
    }

    void theEmbeddedCatalogueIsTheResourceFile()
    {
        QFile source(qEnvironmentVariable("SA_SOURCE_DIR") + u"/resources/service-types.json"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const auto parsed = ServiceCatalogue::fromJson(source.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->types(), ServiceCatalogue::builtIn().types());
    }

    void unknownTypesAreStateless()
    {
        const ServiceTypeInfo info = ServiceCatalogue::builtIn().info(u"cobol"_s);
        QVERIFY(!info.known);
        QCOMPARE(info.type, u"cobol"_s);
        QCOMPARE(info.kind, Kind::Stateless);
        QCOMPARE(info.scaling, Scaling::Horizontal);
        QCOMPARE(info.recommendedInstances, 3);
    }

    void badCataloguesNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray ok = R"({"type":"python","kind":"stateless","scaling":"horizontal",
                                  "recommended_instances":3,"advice":"x"})";
        QTest::newRow("not-json") << QByteArray("{") << u"malformed JSON"_s;
        QTest::newRow("version") << QByteArray(R"({"format_version":2,"types":[]})")
                                 << u"format_version: unsupported version 2"_s;
        QTest::newRow("kind") << QByteArray(R"({"format_version":1,"types":[)" + ok +
                                            R"(,{"type":"x","kind":"solid","scaling":"none",
                  "recommended_instances":0,"advice":"x","migration":"y"}]})")
                              << u"types[1].kind: \"solid\" is not one of"_s;
        QTest::newRow("duplicate")
            << QByteArray(R"({"format_version":1,"types":[)" + ok + ',' + ok + "]}")
            << u"types[1].type: \"python\" is listed twice"_s;
        QTest::newRow("none-without-migration")
            << QByteArray(R"({"format_version":1,"types":[{"type":"pg","kind":"stateful",
                 "scaling":"none","recommended_instances":0,"advice":"x"}]})")
            << u"types[0].migration: a type that does not scale needs migration steps"_s;
        QTest::newRow("scales-to-one")
            << QByteArray(R"({"format_version":1,"types":[{"type":"x","kind":"stateless",
                 "scaling":"horizontal","recommended_instances":1,"advice":"x"}]})")
            << u"types[0].recommended_instances: a type that scales needs at least 2"_s;
        QTest::newRow("count-as-string")
            << QByteArray(R"({"format_version":1,"types":[{"type":"x","kind":"stateless",
                 "scaling":"horizontal","recommended_instances":"3","advice":"x"}]})")
            << u"types[0].recommended_instances: expected a number, got a string"_s;
    }

    void badCataloguesNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto parsed = ServiceCatalogue::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestServiceCatalogue)
#include "tst_servicecatalogue.moc"
