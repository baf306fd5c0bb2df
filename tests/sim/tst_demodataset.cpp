#include "datasetreader.h"
#include "platformsimulator.h"
#include "rulesengine.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The bundled demo account is what a first-time user sees: every rule of the advisor must fire on
// it at least once, and some applications must come out healthy.
class TestDemoDataset : public QObject
{
    Q_OBJECT

    AuditReport m_report;
    Inventory m_inventory;

private slots:
    void initTestCase()
    {
        const auto demo = DatasetReader::readFile(PlatformSimulator::demoDatasetResource());
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        const DatasetUser *alice = demo->user(u"alice"_s);
        QVERIFY(alice);
        m_inventory.user = alice->user;
        m_inventory.applications = alice->applications;
        m_inventory.datacenters = demo->datacenters;
        m_report = RulesEngine().audit(m_inventory);
    }

    void everyRuleFires_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &id : RulesEngine::ruleIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyRuleFires()
    {
        QFETCH(QString, rule);
        bool fired = false;
        for (const Finding &f : std::as_const(m_report.findings))
            fired = fired || f.rule == rule;
        QVERIFY2(fired, qPrintable(rule));
    }

    void someApplicationsAreHealthy()
    {
        QSet<QString> flagged;
        for (const Finding &f : std::as_const(m_report.findings))
            if (!f.application.isEmpty())
                flagged.insert(f.application);
        for (const QString &healthy : {u"shop"_s, u"wiki"_s, u"docs"_s})
            QVERIFY2(!flagged.contains(healthy), qPrintable(healthy));
        QVERIFY(flagged.size() >= 8);
    }

    void oneServiceHasEveryInstanceDown()
    {
        bool allDown = false;
        for (const Finding &f : std::as_const(m_report.findings))
            allDown = allDown || (f.rule == "instances-down"_L1 && f.severity == Severity::Danger);
        QVERIFY(allDown);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
