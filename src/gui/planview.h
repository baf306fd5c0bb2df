#pragma once

#include "inventory.h"
#include "resilience.h"
#include "rulesengine.h"
#include "scalingplan.h"

#include <QWidget>

#include <memory>
#include <optional>

class PlanApplier;
class PlatformClient;
struct ApplyOutcome;
class QMessageBox;

namespace Ui {
class PlanView;
}

// The Plan tab: the smallest set of scaling actions after which every application that scaling
// can save survives the loss of any one datacenter — each with the command it runs and the
// applications it saves — and what scaling cannot fix, as manual steps. "Apply the Plan…" asks
// once, then scales one service after the other through PlanApplier (as the platform CLI does:
// the change of instances, then a deployment), with progress and Cancel; a refused action shows
// the platform's reason and the rest goes on. After the account is read again, the view shows
// before → after: applications that survive any one datacenter, and the grade.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    // The account the plan is for; a new inventory while a plan runs is taken after it ends.
    // The plan is worked out when the view is shown (large accounts: not on every re-read
    // while another tab is open). With the window's audit, the headline and grade come from it
    // instead of a second audit.
    void setInventory(const Inventory &inventory);
    void setInventory(const Inventory &inventory, const AuditReport &audit);
    // The client to apply through (not owned, must outlive the view). Without one — a snapshot,
    // or no account — the plan is shown and cannot be applied.
    void setPlatformClient(PlatformClient *client);
    // Support accounts: the plan is visible, Apply is disabled with a sentence why.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The platform CLI named in commands and the exemptions the grade honours.
    void setAuditOptions(const AuditOptions &options);

    const ScalingPlan &plan() const { return m_plan; }
    bool isApplying() const { return m_applying; }
    bool canApply() const;
    // Why Apply is disabled (empty when it is not).
    QString applyBlockedReason() const;
    // "Applications that survive the loss of any one datacenter: 5 → 10 of 12. Grade: D → B."
    // Empty until a plan was applied.
    QString beforeAfterText() const { return m_beforeAfter; }

public slots:
    // Asks once, then applies.
    void apply();
    void cancel();

signals:
    // The plan ran and the account was read again (whatever was refused or cancelled).
    void applied();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void recompute(bool evenIfHidden = false);
    void fillPlan();
    void updateState();
    bool confirm();
    void onActionStarted(int index);
    void onActionFinished(int index, bool ok, const QString &message);
    void onFinished(const ApplyOutcome &outcome);
    QString headlineText() const;
    QString changesText() const;

    std::unique_ptr<Ui::PlanView> ui;
    Inventory m_inventory;
    AuditOptions m_auditOptions;
    ScalingPlan m_plan;
    Resilience m_resilience;
    QString m_grade;
    std::optional<AuditReport> m_audit; // the window's, for m_inventory
    bool m_stale = false;               // m_plan is not of m_inventory yet
    PlatformClient *m_client = nullptr;
    PlanApplier *m_applier = nullptr;
    bool m_readOnly = false;
    bool m_applying = false;
    bool m_cancelRequested = false;
    bool m_pendingInventory = false;
    Inventory m_nextInventory;
    QString m_beforeAfter;
    QList<ScalingAction> m_appliedActions; // the actions of the running plan, for its rows
};
