#include "planreport.h"

#include "jsonout.h"
#include "terminaltext.h"
#include "textreport.h"

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString &s)
{
    return TerminalText::sanitize(s);
}

} // namespace

QString PlanReport::summary(const ScalingPlan &plan, const QLocale &locale)
{
    if (plan.applications == 0)
        return tr("The account has no application: there is nothing to plan.");
    if (plan.actions.isEmpty() && plan.surviveAnyDatacenterNow == plan.applications)
        return tr("All %Ln applications survive the loss of any one datacenter: nothing to "
                  "scale.",
                  nullptr, plan.applications);
    if (plan.actions.isEmpty())
        return tr("Now %1 of %Ln applications survive the loss of any one datacenter; no "
                  "scaling would save another.",
                  nullptr, plan.applications)
            .arg(locale.toString(plan.surviveAnyDatacenterNow));
    return tr("Now %1 of %Ln applications survive the loss of any one datacenter; after the "
              "plan, %2 would.",
              nullptr, plan.applications)
        .arg(locale.toString(plan.surviveAnyDatacenterNow),
             locale.toString(plan.surviveAnyDatacenterAfter));
}

QByteArray PlanReport::text(const ScalingPlan &plan, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    QString out = tr("Scaling plan") + u'\n';
    out += TextReport::wrap(TerminalText::sanitize(summary(plan, locale)), 0);
    if (!plan.actions.isEmpty()) {
        out += u'\n' +
               tr("%Ln actions, each a change of instances followed by a deployment:", nullptr,
                  int(plan.actions.size())) +
               u'\n';
        int i = 0;
        for (const ScalingAction &a : plan.actions) {
            out += u"\n%1. %2\n"_s.arg(locale.toString(++i), shown(a.command));
            QStringList saves;
            for (const QString &app : a.saves)
                saves.append(shown(app));
            out += TextReport::wrap(tr("%1/%2: %3 → %4 instances; saves %5")
                                        .arg(shown(a.application), shown(a.service),
                                             locale.toString(a.from), locale.toString(a.instances),
                                             locale.createSeparatedList(saves)),
                                    4);
        }
    }
    if (!plan.manual.isEmpty()) {
        out += u'\n' +
               tr("What scaling cannot fix (%Ln manual steps):", nullptr, int(plan.manual.size())) +
               u'\n';
        for (const ManualStep &m : plan.manual) {
            const QString where =
                m.service.isEmpty() ? m.application : QString(m.application + u'/' + m.service);
            out += u"\n- %1  [%2]\n"_s.arg(shown(where), shown(m.rule));
            out += TextReport::wrap(TerminalText::sanitize(m.steps, TerminalText::Lines::Keep), 4);
        }
    }
    return out.toUtf8();
}

QByteArray PlanReport::json(const ScalingPlan &plan)
{
    JsonOut j(4096 + qsizetype(plan.actions.size() + plan.manual.size()) * 400);
    j.beginObject();
    j.key("actions");
    j.beginArray();
    for (const ScalingAction &a : plan.actions) {
        j.beginObject();
        j.field("application", a.application);
        j.field("service", a.service);
        j.field("from", a.from);
        j.field("instances", a.instances);
        j.field("command", a.command);
        j.key("saves");
        j.beginArray();
        for (const QString &app : a.saves)
            j.value(app);
        j.endArray();
        j.endObject();
    }
    j.endArray();
    j.key("manual");
    j.beginArray();
    for (const ManualStep &m : plan.manual) {
        j.beginObject();
        j.field("application", m.application);
        j.field("service", m.service);
        j.field("rule", m.rule);
        j.field("steps", m.steps);
        j.endObject();
    }
    j.endArray();
    j.field("applications", plan.applications);
    j.field("survive_any_datacenter_now", plan.surviveAnyDatacenterNow);
    j.field("survive_any_datacenter_after", plan.surviveAnyDatacenterAfter);
    j.endObject();
    return j.take();
}
