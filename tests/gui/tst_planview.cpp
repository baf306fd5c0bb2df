#include "planapplier.h"
#include "planview.h"
#include "platformclient.h"
#include "platformsimulator.h"
#include "resilience.h"
#include "rulesengine.h"
#include "simadmin.h"
#include "verifyok.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// The Plan tab against the in-process simulator's demo account: the plan is shown, asked for
// once, applied action by action, and the view ends on before → after as a fresh read sees it.
class TestPlanView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    std::unique_ptr<PlatformClient> m_client;
    Inventory m_before;

    // Answers the one question the view asks, the way a user would: with its Apply button.
    static void acceptConfirmationSoon(bool accept = true)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::AcceptRole) == accept) {
                    b->click();
                    break;
                }
            timer->deleteLater();
        });
        timer->start();
    }

    static void keepScreenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + u'/' + name + u".png"_s);
    }

    static QStringList column(QTreeWidget *tree, int c)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts.append(tree->topLevelItem(i)->text(c));
        return texts;
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
        QString key;
        for (const auto &u : m_sim->startupInfo().value(u"users"_s).toArray())
            if (u.toObject().value(u"username"_s).toString() == u"alice"_s)
                key = u.toObject().value(u"api_key"_s).toString();
        QVERIFY(!key.isEmpty());
        m_client = std::make_unique<PlatformClient>();
        PlatformClientOptions o;
        o.apiUrl = m_sim->apiUrl();
        m_client->setOptions(o);
        PlatformCredentials c;
        c.apiKey = key;
        m_client->setCredentials(c);
        const Result<Inventory> inv = m_client->fetchInventoryAndWait();
        QVERIFY2(inv.ok(), qPrintable(inv.error()));
        m_before = inv.value();
    }

    void cleanup()
    {
        m_client.reset();
        m_admin.reset();
        m_sim.reset();
    }

    void showsThePlanWithItsCommands()
    {
        PlanView view;
        view.show();
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        const ScalingPlan &plan = view.plan();
        QVERIFY(!plan.actions.isEmpty());
        auto *actions = view.findChild<QTreeWidget *>(u"actionsTree"_s);
        QCOMPARE(actions->topLevelItemCount(), plan.actions.size());
        const QStringList commands = column(actions, 3);
        for (const ScalingAction &a : plan.actions) {
            QVERIFY(commands.contains(a.command));
            QVERIFY(a.command.contains(u"scale"_s));
        }
        // Each action names the applications it saves.
        QVERIFY(!column(actions, 2).first().isEmpty());
        QCOMPARE(view.findChild<QTreeWidget *>(u"manualTree"_s)->topLevelItemCount(),
                 plan.manual.size());
        // The headline first, then what applying changes.
        const QString headline = view.findChild<QLabel *>(u"headlineLabel"_s)->text();
        QVERIFY(headline.startsWith(Resilience::of(m_before).headline()));
        QVERIFY(view.findChild<QLabel *>(u"changesLabel"_s)->text().contains(u"deployed again"_s));
        QVERIFY(view.canApply());
        QVERIFY(view.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
    }

    void supportAccountsSeeThePlanButCannotApplyIt()
    {
        PlanView view;
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        view.setReadOnly(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.findChild<QTreeWidget *>(u"actionsTree"_s)->topLevelItemCount() > 0);
        QVERIFY(!view.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
        auto *why = view.findChild<QLabel *>(u"readOnlyLabel"_s);
        QVERIFY(why->isVisible());
        QVERIFY(why->text().contains(u"support account"_s));
        // Even called directly, nothing is asked and nothing is scaled.
        QSignalSpy applied(&view, &PlanView::applied);
        view.apply();
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(applied.count(), 0);
        view.resize(1000, 600);
        keepScreenshot(view, u"plan-readonly"_s);
    }

    void thePlanWaitsUntilItIsShown()
    {
        PlanView view;
        view.setInventory(m_before, RulesEngine().audit(m_before));
        QVERIFY(view.plan().actions.isEmpty()); // hidden: not worked out yet
        view.show();
        QVERIFY(!view.plan().actions.isEmpty());
        QVERIFY(view.findChild<QLabel *>(u"headlineLabel"_s)
                    ->text()
                    .startsWith(Resilience::of(m_before).headline()));
    }

    void aSnapshotCannotBeApplied()
    {
        PlanView view;
        view.setInventory(m_before);
        QVERIFY(!view.canApply());
        QVERIFY(view.applyBlockedReason().contains(u"snapshot"_s));
    }

    void declinedMeansNothingChanges()
    {
        PlanView view;
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        QSignalSpy applied(&view, &PlanView::applied);
        acceptConfirmationSoon(false);
        view.apply();
        QVERIFY(!view.isApplying());
        QTest::qWait(200);
        QCOMPARE(applied.count(), 0);
        const Result<Inventory> now = m_client->fetchInventoryAndWait();
        QVERIFY(now.ok());
        QCOMPARE(Resilience::of(now.value()).surviveAnyDatacenter,
                 Resilience::of(m_before).surviveAnyDatacenter);
    }

    void applyThenBeforeAfter()
    {
        PlanView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        keepScreenshot(view, u"plan-before"_s);
        const int planned = int(view.plan().actions.size());
        QSignalSpy applied(&view, &PlanView::applied);
        acceptConfirmationSoon();
        view.apply();
        QVERIFY(view.isApplying());
        // Progress and Cancel while it runs.
        QVERIFY(view.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1, 120000);
        QVERIFY(!view.isApplying());

        // The platform as a fresh read sees it.
        const Result<Inventory> after = m_client->fetchInventoryAndWait();
        QVERIFY(after.ok());
        const int before = Resilience::of(m_before).surviveAnyDatacenter;
        const int now = Resilience::of(after.value()).surviveAnyDatacenter;
        QVERIFY2(now > before, qPrintable(u"%1 → %2"_s.arg(before).arg(now)));
        const QString text = view.beforeAfterText();
        QVERIFY2(text.contains(
                     u"%1 → %2 of %3"_s.arg(before).arg(now).arg(m_before.applications.size())),
                 qPrintable(text));
        QVERIFY(text.contains(u"Grade: "_s));
        auto *result = view.findChild<QLabel *>(u"resultLabel"_s);
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(u"%1 actions applied"_s.arg(planned)) ||
                result->text().contains(u"%1 action(s) applied"_s.arg(planned)));
        keepScreenshot(view, u"plan-after"_s);
    }

    void refusedActionsShowThePlatformsReason()
    {
        PlanView view;
        view.show();
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        const ScalingAction first = view.plan().actions.first();
        SA_VERIFY_OK(m_admin->addFault(
            {{u"kind"_s, u"status"_s},
             {u"status"_s, 422},
             {u"count"_s, 1},
             {u"path_prefix"_s,
              u"/v1/me/applications/%1/services/%2"_s.arg(first.application, first.service)}}));
        QSignalSpy applied(&view, &PlanView::applied);
        acceptConfirmationSoon();
        view.apply();
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1, 120000);
        const QString result = view.findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"Refused: %1/%2"_s.arg(first.application, first.service)),
                 qPrintable(result));
        // The rest went on.
        QVERIFY2(!result.contains(u"0 action"_s), qPrintable(result));
    }

    void cancelKeepsWhatIsDone()
    {
        PlanView view;
        view.show();
        view.setInventory(m_before);
        view.setPlatformClient(m_client.get());
        QVERIFY(view.plan().actions.size() >= 2);
        QSignalSpy applied(&view, &PlanView::applied);
        acceptConfirmationSoon();
        view.apply();
        auto *applier = view.findChild<PlanApplier *>();
        QVERIFY(applier);
        connect(applier, &PlanApplier::actionStarted, &view, [&view](int index) {
            if (index == 0)
                view.cancel();
        });
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1, 120000);
        const QString result = view.findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(result.contains(u"Cancelled"_s), qPrintable(result));
        QVERIFY2(result.contains(u"1 action"_s), qPrintable(result));
    }
};

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
