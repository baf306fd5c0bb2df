#include "datasetgenerator.h"
#include "datasetreader.h"
#include "datasetwriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatasetGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameDataset()
    {
        const Dataset a = DatasetGenerator::generate(150, 7);
        const Dataset b = DatasetGenerator::generate(150, 7);
        QVERIFY(a == b);
        QCOMPARE(DatasetWriter::toBytes(a), DatasetWriter::toBytes(b));
    }

    void otherSeedOtherDataset()
    {
        QVERIFY(!(DatasetGenerator::generate(50, 1) == DatasetGenerator::generate(50, 2)));
    }

    void hasTheRequestedSizeAndARealisticMix()
    {
        const Dataset d = DatasetGenerator::generate(300, 3);
        QCOMPARE(d.users.size(), 2);
        QCOMPARE(d.users[0].applications.size(), 300);
        QVERIFY(d.users[1].user.isSupport());
        QSet<QString> flavors;
        QSet<QString> types;
        QSet<QString> zones;
        int singleInstance = 0;
        int down = 0;
        for (const Application &app : d.users[0].applications) {
            flavors.insert(app.flavor);
            for (const Service &svc : app.services) {
                types.insert(svc.serviceType);
                QCOMPARE(svc.instanceCount, svc.instances.size());
                singleInstance += svc.instanceCount == 1;
                for (const Instance &inst : svc.instances) {
                    zones.insert(inst.datacenter);
                    down += !inst.isUp();
                }
            }
        }
        QCOMPARE(flavors.size(), 4);
        for (const QString &t : {u"mysql"_s, u"redis"_s, u"mongodb"_s, u"postgresql"_s, u"solr"_s,
                                 u"custom"_s, u"python"_s})
            QVERIFY2(types.contains(t), qPrintable(t));
        QVERIFY(zones.size() >= 3);
        QVERIFY(singleInstance > 0);
        QVERIFY(down > 0);
        static const QRegularExpression key(u"^\\w{20}:\\w{40}$"_s);
        QVERIFY(key.match(d.users[0].apiKey).hasMatch());
    }

    void generatedDatasetIsAValidDatasetFile()
    {
        const Dataset d = DatasetGenerator::generate(40, 11);
        const auto again = DatasetReader::read(DatasetWriter::toBytes(d));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(*again == d);
    }
};

QTEST_GUILESS_MAIN(TestDatasetGenerator)
#include "tst_datasetgenerator.moc"
