#include "plancommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "outputfile.h"
#include "rulesengine.h"
#include "scalingplanner.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString clean(const QString &remote)
{
    return TerminalText::sanitize(remote);
}

} // namespace

QByteArray PlanCommand::text(const ScalingPlan &plan, const Resilience &resilience)
{
    QString out =
        TerminalText::sanitize(resilience.headline(), TerminalText::Lines::Keep) + u"\n\n"_s;
    if (plan.actions.isEmpty()) {
        out += tr("Nothing to scale: no scaling action would let another application survive "
                  "the loss of a datacenter.") +
               u'\n';
    } else {
        out += tr("Plan: %n scaling action(s); afterwards %1 of %2 applications survive the loss "
                  "of any one datacenter.",
                  "", int(plan.actions.size()))
                   .arg(plan.surviveAnyDatacenterAfter)
                   .arg(plan.applications) +
               u"\n\n"_s;
        int number = 0;
        for (const ScalingAction &a : plan.actions) {
            ++number;
            out += u"  %1. "_s.arg(number) + tr("%1 %2: %3 → %4 instances")
                                                 .arg(clean(a.application), clean(a.service))
                                                 .arg(a.from)
                                                 .arg(a.instances);
            if (!a.saves.isEmpty()) {
                QStringList saves;
                for (const QString &s : a.saves)
                    saves.append(clean(s));
                out += u' ' + tr("(saves %1)").arg(saves.join(u", "_s));
            }
            out += u"\n     "_s + clean(a.command) + u'\n';
        }
    }
    if (!plan.manual.isEmpty()) {
        out += u'\n' + tr("What scaling cannot fix:") + u'\n';
        for (const ManualStep &m : plan.manual) {
            const QString where = m.service.isEmpty()
                                      ? clean(m.application)
                                      : tr("%1 %2").arg(clean(m.application), clean(m.service));
            out += u"  - "_s +
                   tr("%1 (%2): %3")
                       .arg(where, m.rule,
                            TerminalText::sanitize(m.steps, TerminalText::Lines::Keep)
                                .replace(u'\n', u"\n    "_s)) +
                   u'\n';
        }
    }
    return out.toUtf8();
}

QByteArray PlanCommand::json(const ScalingPlan &plan)
{
    QJsonArray actions;
    for (const ScalingAction &a : plan.actions)
        actions.append(QJsonObject{{u"application"_s, a.application},
                                   {u"service"_s, a.service},
                                   {u"from"_s, a.from},
                                   {u"instances"_s, a.instances},
                                   {u"command"_s, a.command},
                                   {u"saves"_s, QJsonArray::fromStringList(a.saves)}});
    QJsonArray manual;
    for (const ManualStep &m : plan.manual)
        manual.append(QJsonObject{{u"application"_s, m.application},
                                  {u"service"_s, m.service.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(m.service)},
                                  {u"rule"_s, m.rule},
                                  {u"steps"_s, m.steps}});
    const QJsonObject root{{u"applications"_s, plan.applications},
                           {u"survive_any_datacenter_now"_s, plan.surviveAnyDatacenterNow},
                           {u"survive_any_datacenter_after"_s, plan.surviveAnyDatacenterAfter},
                           {u"actions"_s, actions},
                           {u"manual"_s, manual}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int PlanCommand::run(const Command &command)
{
    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }
    AuditOptions options;
    options.cliName = command.cliName;
    const ScalingPlan plan = ScalingPlanner().plan(inventory.value(), options);
    const QByteArray bytes = command.format == ReportFormat::Json
                                 ? json(plan)
                                 : text(plan, Resilience::of(inventory.value()));
    if (Status written = OutputFile::write(command.outputPath, bytes); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }
    if (!OutputFile::isStandardOutput(command.outputPath))
        Console::note(tr("Wrote %1: %n scaling action(s).", "", int(plan.actions.size()))
                          .arg(command.outputPath));

    const QList<FetchError> &errors = inventory->errors;
    if (!errors.isEmpty()) {
        // A plan made on part of the account must not pass for the whole.
        Console::error(tr("%n service(s) of the account could not be read; the plan covers the "
                          "rest:",
                          "", int(errors.size())));
        for (const FetchError &e : errors)
            Console::note(u"  "_s + tr("%1 %2: %3")
                                        .arg(Console::plain(e.application),
                                             Console::plain(e.service), Console::plain(e.error)));
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
