#include "planview.h"
#include "ui_planview.h"

#include "guilogging.h"
#include "planapplier.h"
#include "platformclient.h"
#include "scalingplanner.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace {
enum ActionColumn
{
    ServiceColumn,
    InstancesColumn,
    SavesColumn,
    CommandColumn,
    ResultColumn
};

QString where(const QString &application, const QString &service)
{
    return service.isEmpty() ? application : QString(application + u'/' + service);
}
} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::PlanView>())
{
    ui->setupUi(this);
    setObjectName(u"planView"_s);
    ui->actionsTree->setAccessibleName(tr("Scaling actions of the plan"));
    ui->manualTree->setAccessibleName(tr("Manual steps"));
    ui->actionsTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    ui->actionsTree->header()->setStretchLastSection(true);
    ui->manualTree->header()->setStretchLastSection(true);
    ui->manualTree->setUniformRowHeights(false);
    QFont headline = ui->headlineLabel->font();
    headline.setBold(true);
    ui->headlineLabel->setFont(headline);
    ui->planSplitter->setStretchFactor(0, 2);
    ui->planSplitter->setStretchFactor(1, 3);
    ui->resultFrame->hide();
    ui->progressBar->hide();
    ui->applyButton->setToolTip(tr("Scale the services of the plan, one after the other"));
    connect(ui->applyButton, &QPushButton::clicked, this, &PlanView::apply);
    connect(ui->cancelButton, &QPushButton::clicked, this, &PlanView::cancel);
    recompute();
}

PlanView::~PlanView() = default;

void PlanView::setInventory(const Inventory &inventory)
{
    if (m_applying) {
        // The applier re-reads the account itself; take this one afterwards if it comes first.
        m_nextInventory = inventory;
        m_pendingInventory = true;
        return;
    }
    m_inventory = inventory;
    m_audit.reset();
    recompute();
}

void PlanView::setInventory(const Inventory &inventory, const AuditReport &audit)
{
    if (m_applying) {
        setInventory(inventory);
        return;
    }
    m_inventory = inventory;
    m_audit = audit;
    recompute();
}

void PlanView::setPlatformClient(PlatformClient *client)
{
    if (m_applying)
        return;
    m_client = client;
    delete m_applier;
    m_applier = nullptr;
    updateState();
}

void PlanView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void PlanView::setAuditOptions(const AuditOptions &options)
{
    m_auditOptions = options;
    m_audit.reset(); // the grade follows the new exemptions
    if (!m_applying)
        recompute();
}

bool PlanView::canApply() const
{
    return applyBlockedReason().isEmpty() && !m_plan.actions.isEmpty() && !m_applying;
}

QString PlanView::applyBlockedReason() const
{
    if (m_readOnly)
        return tr("This is a support account: the plan is shown so that you can walk the "
                  "customer through it, and only the customer's own account can apply it (the "
                  "platform refuses scaling from support accounts).");
    if (!m_client)
        return tr("This data is not from a live account (a snapshot, or no account yet): open "
                  "the account itself to apply the plan.");
    return {};
}

void PlanView::recompute(bool evenIfHidden)
{
    if (!evenIfHidden && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_plan = ScalingPlanner().plan(m_inventory, m_auditOptions);
    if (m_audit) {
        m_resilience = m_audit->resilience;
        m_grade = m_audit->summary.grade;
    } else {
        const AuditReport audit = RulesEngine().audit(m_inventory, m_auditOptions);
        m_resilience = audit.resilience;
        m_grade = audit.summary.grade;
    }
    fillPlan();
    updateState();
}

void PlanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute(true);
}

QString PlanView::headlineText() const
{
    if (m_inventory.applications.isEmpty())
        return tr("No applications: nothing to plan.");
    QString text = m_resilience.headline();
    if (m_plan.actions.isEmpty())
        return text + u' ' +
               tr("Scaling cannot improve this: every application that scaling can save already "
                  "survives the loss of any one datacenter.");
    return text + u' ' +
           tr("After the plan, %1 of %n application(s) would survive the loss of any one "
              "datacenter.",
              nullptr, m_plan.applications)
               .arg(m_plan.surviveAnyDatacenterAfter);
}

QString PlanView::changesText() const
{
    if (m_plan.actions.isEmpty())
        return {};
    QSet<QString> apps;
    for (const ScalingAction &a : m_plan.actions)
        apps.insert(a.application);
    //: %1 is a sentence like "It scales 4 services in 3 applications."
    return tr("What it changes: %1 Each application is deployed again after the change of its "
              "instances, which places them afresh; memory and code stay as they are.")
        .arg(tr("It scales %n service(s) in %1.", nullptr, int(m_plan.actions.size()))
                 .arg(tr("%n application(s)", nullptr, int(apps.size()))));
}

void PlanView::fillPlan()
{
    const QLocale locale;
    ui->headlineLabel->setText(headlineText());
    ui->changesLabel->setText(changesText());
    ui->changesLabel->setVisible(!m_plan.actions.isEmpty());

    ui->actionsTree->clear();
    for (const ScalingAction &a : std::as_const(m_plan.actions)) {
        auto *item = new QTreeWidgetItem(ui->actionsTree);
        item->setText(ServiceColumn, where(a.application, a.service));
        item->setText(InstancesColumn, tr("%1 → %2").arg(a.from).arg(a.instances));
        item->setText(SavesColumn, locale.createSeparatedList(a.saves));
        item->setText(CommandColumn, a.command);
        item->setToolTip(CommandColumn, Qt::convertFromPlainText(a.command));
        item->setTextAlignment(InstancesColumn, Qt::AlignCenter);
    }
    for (int c = 0; c < ResultColumn; ++c)
        ui->actionsTree->resizeColumnToContents(c);
    ui->actionsTree->setVisible(!m_plan.actions.isEmpty());
    ui->actionsHeading->setText(m_plan.actions.isEmpty() ? tr("Sca&ling actions: none needed")
                                                         : tr("Sca&ling actions (%n)", nullptr,
                                                              int(m_plan.actions.size())));

    ui->manualTree->clear();
    for (const ManualStep &m : std::as_const(m_plan.manual)) {
        auto *item = new QTreeWidgetItem(ui->manualTree);
        item->setText(0, where(m.application, m.service));
        item->setText(1, m.rule);
        item->setText(2, m.steps);
        item->setToolTip(2, Qt::convertFromPlainText(m.steps));
    }
    ui->manualTree->resizeColumnToContents(0);
    ui->manualTree->resizeColumnToContents(1);
    ui->manualHeading->setText(m_plan.manual.isEmpty()
                                   ? tr("&Manual steps: none")
                                   : tr("&Manual steps, which scaling cannot do (%n)", nullptr,
                                        int(m_plan.manual.size())));
}

void PlanView::updateState()
{
    const QString reason = applyBlockedReason();
    ui->readOnlyLabel->setText(reason);
    ui->readOnlyLabel->setVisible(!reason.isEmpty());
    ui->applyButton->setEnabled(canApply());
    ui->cancelButton->setEnabled(m_applying && !m_cancelRequested);
    ui->cancelButton->setVisible(m_applying);
}

bool PlanView::confirm()
{
    QMessageBox box(QMessageBox::Question, tr("Apply the plan"),
                    tr("Scale %n service(s) of %1 now?", nullptr, int(m_plan.actions.size()))
                        .arg(m_inventory.user.username),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"applyPlanConfirmation"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("The services are scaled one after the other, each followed by a deployment of its "
           "application, as the platform's command line does. Cancel stops before the next "
           "one; what is done stays done."));
    QStringList commands;
    for (const ScalingAction &a : std::as_const(m_plan.actions))
        commands.append(a.command);
    box.setDetailedText(commands.join(u'\n'));
    QPushButton *go = box.addButton(tr("&Apply"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(go);
    box.exec();
    return box.clickedButton() == go;
}

void PlanView::apply()
{
    if (m_stale)
        recompute(true);
    if (!canApply() || !confirm() || !canApply())
        return;
    if (!m_applier) {
        m_applier = new PlanApplier(m_client, this);
        connect(m_applier, &PlanApplier::actionStarted, this, &PlanView::onActionStarted);
        connect(m_applier, &PlanApplier::actionFinished, this, &PlanView::onActionFinished);
        connect(m_applier, &PlanApplier::finished, this, &PlanView::onFinished);
    }
    m_applying = true;
    m_cancelRequested = false;
    m_pendingInventory = false;
    m_appliedActions = m_plan.actions;
    ui->resultFrame->hide();
    ui->progressBar->setRange(0, int(m_plan.actions.size()));
    ui->progressBar->setValue(0);
    ui->progressBar->show();
    ui->progressLabel->setText(tr("Starting…"));
    for (int i = 0; i < ui->actionsTree->topLevelItemCount(); ++i)
        ui->actionsTree->topLevelItem(i)->setText(ResultColumn, tr("waiting"));
    updateState();
    qCInfo(lcGui) << "applying a plan of" << m_plan.actions.size() << "actions";
    m_applier->start(m_plan);
}

void PlanView::cancel()
{
    if (!m_applying || !m_applier)
        return;
    m_cancelRequested = true;
    m_applier->cancel();
    ui->progressLabel->setText(tr("Cancelling: the action in progress finishes, no other starts."));
    updateState();
}

void PlanView::onActionStarted(int index)
{
    if (index < 0 || index >= m_appliedActions.size())
        return;
    const ScalingAction &a = m_appliedActions.at(index);
    if (QTreeWidgetItem *item = ui->actionsTree->topLevelItem(index)) {
        item->setText(ResultColumn, tr("scaling…"));
        ui->actionsTree->scrollToItem(item);
    }
    if (!m_cancelRequested)
        ui->progressLabel->setText(
            tr("Scaling %1 to %n instance(s) (%2 of %3)…", nullptr, a.instances)
                .arg(where(a.application, a.service))
                .arg(index + 1)
                .arg(m_appliedActions.size()));
}

void PlanView::onActionFinished(int index, bool ok, const QString &message)
{
    if (QTreeWidgetItem *item = ui->actionsTree->topLevelItem(index)) {
        item->setText(ResultColumn, ok ? tr("done") : tr("refused: %1").arg(message));
        item->setIcon(ResultColumn, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton
                                                             : QStyle::SP_MessageBoxWarning));
        item->setToolTip(ResultColumn, Qt::convertFromPlainText(message));
    }
    ui->progressBar->setValue(ui->progressBar->value() + 1);
}

void PlanView::onFinished(const ApplyOutcome &outcome)
{
    m_applying = false;
    m_cancelRequested = false;
    ui->progressBar->hide();
    ui->progressLabel->clear();

    QStringList lines;
    if (outcome.reread) {
        const Resilience after = Resilience::of(outcome.after);
        const QString afterGrade = RulesEngine().audit(outcome.after, m_auditOptions).summary.grade;
        m_beforeAfter =
            tr("Applications that survive the loss of any one datacenter: %1 → %2 of %3. "
               "Grade: %4 → %5.")
                .arg(m_resilience.surviveAnyDatacenter)
                .arg(after.surviveAnyDatacenter)
                .arg(after.applications)
                .arg(m_grade, afterGrade);
    } else {
        m_beforeAfter = tr("The account could not be read again (%1): refresh it to see before → "
                           "after.")
                            .arg(outcome.rereadError);
    }
    lines.append(m_beforeAfter);
    lines.append(tr("%n action(s) applied.", nullptr, int(outcome.applied.size())));
    for (int i : outcome.applied) {
        const ScalingAction &a = outcome.actions.at(i);
        lines.append(tr("Done: %1 (%2 → %n instance(s)): %3", nullptr, a.instances)
                         .arg(where(a.application, a.service))
                         .arg(a.from)
                         .arg(a.command));
    }
    for (const ApplyOutcome::Refusal &r : outcome.refused) {
        const ScalingAction &a = outcome.actions.at(r.index);
        lines.append(tr("Refused: %1 (%2 → %n instance(s)): %3", nullptr, a.instances)
                         .arg(where(a.application, a.service))
                         .arg(a.from)
                         .arg(r.message));
    }
    if (outcome.cancelled) {
        QStringList names;
        for (int i : outcome.notStarted)
            names.append(where(outcome.actions.at(i).application, outcome.actions.at(i).service));
        lines.append(
            tr("Cancelled: %n action(s) not started (%1).", nullptr, int(outcome.notStarted.size()))
                .arg(QLocale().createSeparatedList(names)));
    }
    ui->resultLabel->setText(lines.join(u'\n'));
    ui->resultFrame->show();

    if (outcome.reread)
        m_inventory = outcome.after;
    else if (m_pendingInventory)
        m_inventory = m_nextInventory;
    m_pendingInventory = false;
    m_audit.reset();
    recompute(); // what is left to do, if anything
    emit applied();
}

void PlanView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillPlan();
        updateState();
    }
}
