#include "planapplier.h"
#include "platformclient.h"
#include "platformsimulator.h"
#include "scalingplanner.h"
#include "simadmin.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// PlanApplier against the simulator, in-process: every action applied, a refusal reported while
// the rest goes on, a cancel that leaves the done actions done, and the account read again.
class TestPlanApplier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    std::unique_ptr<PlatformClient> m_client;
    Inventory m_before;
    ScalingPlan m_plan;

    QString keyOf(const QString &role) const
    {
        for (const QJsonValue &v : m_sim->startupInfo().value("users"_L1).toArray())
            if (v[u"role"_s].toString() == role)
                return v[u"api_key"_s].toString();
        return {};
    }

    void connectAs(const QString &role)
    {
        m_client = std::make_unique<PlatformClient>();
        PlatformClientOptions options;
        options.apiUrl = m_sim->apiUrl();
        m_client->setOptions(options);
        PlatformCredentials credentials;
        credentials.apiKey = keyOf(role);
        QVERIFY(!credentials.apiKey.isEmpty());
        m_client->setCredentials(credentials);
    }

    // The next request under this path answers with this HTTP status.
    void failNextRequest(const QString &pathPrefix, int status)
    {
        SA_VERIFY_OK(m_admin->addFault({{u"kind"_s, u"status"_s},
                                        {u"status"_s, status},
                                        {u"count"_s, 1},
                                        {u"path_prefix"_s, pathPrefix}}));
    }

    static int instancesOf(const Inventory &inventory, const QString &app, const QString &service)
    {
        for (const Application &a : inventory.applications)
            if (a.name == app)
                for (const Service &s : a.services)
                    if (s.name == service)
                        return s.instanceCount;
        return -1;
    }

    ApplyOutcome apply(PlanApplier &applier, QSignalSpy &finished)
    {
        applier.start(m_plan);
        if (finished.count() != 0)
            return {}; // emitted from inside start(): the caller's QCOMPARE fails
        if (!finished.wait(60000) && finished.isEmpty())
            return {};
        return finished.first().first().value<ApplyOutcome>();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<PlatformSimulator>();
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim->apiUrl(), m_sim->adminToken());
        connectAs(u"developer"_s);
        const Result<Inventory> inventory = m_client->fetchInventoryAndWait();
        QVERIFY2(inventory.ok(), qPrintable(inventory.error()));
        m_before = inventory.value();
        m_plan = ScalingPlanner().plan(m_before);
        QVERIFY2(m_plan.actions.size() >= 2, "the demo account needs a plan of two actions");
    }
    void cleanup()
    {
        m_client.reset();
        m_admin.reset();
        m_sim.reset();
    }

    void appliesEveryActionThenReadsTheAccountAgain()
    {
        PlanApplier applier(m_client.get());
        QSignalSpy started(&applier, &PlanApplier::actionStarted);
        QSignalSpy finishedActions(&applier, &PlanApplier::actionFinished);
        QSignalSpy finished(&applier, &PlanApplier::finished);
        const ApplyOutcome outcome = apply(applier, finished);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(started.count(), m_plan.actions.size());
        QCOMPARE(finishedActions.count(), m_plan.actions.size());
        for (const QList<QVariant> &args : std::as_const(finishedActions))
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
        QCOMPARE(outcome.applied.size(), m_plan.actions.size());
        QVERIFY(outcome.refused.isEmpty());
        QVERIFY(outcome.notStarted.isEmpty());
        QVERIFY(!outcome.cancelled);
        QVERIFY(outcome.allApplied());
        QVERIFY2(outcome.reread, qPrintable(outcome.rereadError));
        for (const ScalingAction &a : m_plan.actions)
            QCOMPARE(instancesOf(outcome.after, a.application, a.service), a.instances);
        QVERIFY(!applier.isRunning());
    }

    void aRefusedActionIsReportedAndTheRestGoesOn()
    {
        const ScalingAction &first = m_plan.actions.first();
        failNextRequest(
            u"/v1/me/applications/%1/services/%2"_s.arg(first.application, first.service), 422);
        PlanApplier applier(m_client.get());
        QSignalSpy finished(&applier, &PlanApplier::finished);
        const ApplyOutcome outcome = apply(applier, finished);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(outcome.refused.size(), 1);
        QCOMPARE(outcome.refused.first().index, 0);
        QVERIFY(!outcome.refused.first().message.isEmpty());
        QCOMPARE(outcome.applied.size(), m_plan.actions.size() - 1);
        QVERIFY(!outcome.allApplied());
        QVERIFY(outcome.reread);
        QCOMPARE(instancesOf(outcome.after, first.application, first.service),
                 instancesOf(m_before, first.application, first.service));
        const ScalingAction &second = m_plan.actions.at(1);
        QCOMPARE(instancesOf(outcome.after, second.application, second.service), second.instances);
    }

    void aCancelledPlanLeavesTheDoneActionsDone()
    {
        PlanApplier applier(m_client.get());
        connect(&applier, &PlanApplier::actionFinished, &applier, [&applier](int index) {
            if (index == 0)
                applier.cancel();
        });
        QSignalSpy finished(&applier, &PlanApplier::finished);
        const ApplyOutcome outcome = apply(applier, finished);
        QCOMPARE(finished.count(), 1);
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.applied, QList<int>{0});
        QCOMPARE(outcome.notStarted.size(), m_plan.actions.size() - 1);
        QCOMPARE(outcome.notStarted.first(), 1);
        QVERIFY(outcome.reread);
        const ScalingAction &first = m_plan.actions.first();
        QCOMPARE(instancesOf(outcome.after, first.application, first.service), first.instances);
        const ScalingAction &second = m_plan.actions.at(1);
        QCOMPARE(instancesOf(outcome.after, second.application, second.service),
                 instancesOf(m_before, second.application, second.service));
    }

    void aSupportTokenChangesNothing()
    {
        connectAs(u"support"_s);
        PlatformClientOptions options = m_client->options();
        options.customer = m_before.user.username;
        m_client->setOptions(options);
        PlanApplier applier(m_client.get());
        QSignalSpy finished(&applier, &PlanApplier::finished);
        const ApplyOutcome outcome = apply(applier, finished);
        QCOMPARE(finished.count(), 1);
        QVERIFY(outcome.applied.isEmpty());
        QCOMPARE(outcome.refused.size(), m_plan.actions.size());
        for (const ScalingAction &a : m_plan.actions)
            QCOMPARE(instancesOf(outcome.after, a.application, a.service),
                     instancesOf(m_before, a.application, a.service));
    }
};

QTEST_GUILESS_MAIN(TestPlanApplier)
#include "tst_planapplier.moc"
