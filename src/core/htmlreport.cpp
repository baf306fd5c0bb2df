#include "htmlreport.h"

#include "reportparts.h"
#include "terminaltext.h"
#include "zonesimulation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &s)
{
    return HtmlReport::escape(s);
}

const char *const kCss = R"CSS(
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1d2330;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:1px solid #d6dae3;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#5b6475;font-size:.9rem}
.summary{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;margin:1rem 0}
.grade{font-size:3rem;font-weight:700;width:5rem;height:5rem;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff}
.grade-A,.grade-B{background:#2e7d32}.grade-C{background:#c77700}.grade-D,.grade-F{background:#c62828}
.counts span{display:inline-block;margin-right:1rem}
.finding{border-left:4px solid #999;padding:.4rem .8rem;margin:.8rem 0;background:#f7f8fa;page-break-inside:avoid}
.danger{border-color:#c62828}.warning{border-color:#c77700}.info{border-color:#1565c0}.exempt{border-color:#9e9e9e;opacity:.75}
.badge{font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.05rem .4rem;border-radius:.2rem;color:#fff;background:#777}
.badge.danger{background:#c62828}.badge.warning{background:#c77700}.badge.info{background:#1565c0}
code,.fix{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9rem}
.fix{background:#eef1f6;padding:.3rem .5rem;display:block;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e6ec;vertical-align:top}
.state-down{color:#c62828;font-weight:700}.state-degraded{color:#c77700;font-weight:700}.state-ok{color:#2e7d32}
@media print{body{margin:0;max-width:none}.finding{background:none}a{color:inherit;text-decoration:none}h2{page-break-after:avoid}}
)CSS";

QString chartSvg(const Inventory &inv)
{
    QMap<QString, int> perDc;
    for (const Datacenter &dc : inv.allDatacenters())
        perDc.insert(dc.name, 0);
    for (const Application &app : inv.applications)
        for (const Service &svc : app.services)
            if (svc.placementKnown())
                for (const Instance &inst : svc.instances)
                    ++perDc[inst.datacenter.isEmpty() ? HtmlReport::tr("(unknown)")
                                                      : inst.datacenter];
    int most = 1;
    for (int n : std::as_const(perDc))
        most = std::max(most, n);
    const int rowHeight = 26, labelWidth = 220, barWidth = 420;
    const int height = std::max(1, int(perDc.size())) * rowHeight + 10;
    QString svg =
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" "
        "height=\"%2\" viewBox=\"0 0 %1 %2\" aria-label=\"%3\">"_s.arg(labelWidth + barWidth + 60)
            .arg(height)
            .arg(esc(HtmlReport::tr("Instances per data centre")));
    int y = 5;
    for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it, y += rowHeight) {
        const int w = it.value() == 0 ? 0 : std::max(2, barWidth * it.value() / most);
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"13\" "
               "fill=\"#1d2330\">%3</text>"_s.arg(labelWidth - 8)
                   .arg(y + 17)
                   .arg(esc(it.key()));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" rx=\"2\" fill=\"#3b6fd4\"/>"_s
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(w);
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"13\" fill=\"#1d2330\">%3</text>"_s
                   .arg(labelWidth + w + 6)
                   .arg(y + 17)
                   .arg(it.value());
    }
    svg += u"</svg>"_s;
    return svg;
}

QString findingHtml(const Finding &f, bool showWhere)
{
    const QString cls = f.exempt ? u"exempt"_s : severityName(f.severity);
    QString h = u"<div class=\"finding %1\"><p><span class=\"badge %1\">%2</span> "_s.arg(
        cls, esc(ReportParts::severityWord(f)));
    if (showWhere)
        h += u"<strong>"_s + esc(ReportParts::where(f)) + u"</strong> "_s;
    h += u"<code>"_s + esc(f.rule) + u"</code></p>"_s;
    h += u"<p>"_s + esc(f.message) + u"</p>"_s;
    if (f.exempt)
        h +=
            u"<p><em>"_s + esc(HtmlReport::tr("Accepted: %1").arg(f.exemptReason)) + u"</em></p>"_s;
    h += u"<p>"_s + esc(HtmlReport::tr("What to do:")) + u"</p><span class=\"fix\">"_s +
         esc(f.fix) + u"</span>"_s;
    // Plain text, not a link: the report is a file a customer opens anywhere, where a relative
    // link to the documentation would lead nowhere.
    h += u"<p class=\"meta\">"_s +
         esc(HtmlReport::tr("About this rule: %1 in the Scaling Advisor documentation")
                 .arg(f.docLink)) +
         u"</p></div>"_s;
    return h;
}

} // namespace

QString HtmlReport::escape(const QString &s)
{
    QString out = TerminalText::sanitize(s, TerminalText::Lines::Keep).toHtmlEscaped();
    out.replace(u"'"_s, u"&#39;"_s);
    return out;
}

QByteArray HtmlReport::write(const ReportInput &input) const
{
    const Inventory &inv = input.inventory;
    const AuditReport &audit = input.audit;
    const QLocale &locale = input.options.locale;
    const AuditSummary &s = audit.summary;
    const Resilience &r = audit.resilience;
    QString h = u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>%2</title><style>"_s.arg(
                    esc(locale.bcp47Name()),
                    esc(tr("Scaling Advisor report for %1").arg(inv.user.username)));
    h += QString::fromUtf8(kCss) + u"</style></head><body>\n"_s;
    h += u"<h1>"_s +
         esc(tr("Will your applications survive the loss of a server or a data centre?")) +
         u"</h1>"_s;
    h += u"<p class=\"headline %1\"><strong>%2</strong></p><p>%3</p>\n"_s.arg(
        r.surviveAnyDatacenter == r.applications ? u"state-ok"_s : u"state-down"_s,
        esc(r.headline(locale)), esc(r.hostSentence(locale)));
    h += u"<p class=\"meta\">"_s +
         esc(tr("Account %1 · data read %2 from %3 · report written %4")
                 .arg(inv.user.username, ReportParts::localTime(inv.fetchedAt, locale), inv.source,
                      ReportParts::localTime(input.generated, locale))) +
         u"</p>\n"_s;

    h += u"<h2>%1</h2><div class=\"summary\"><div class=\"grade grade-%2\">%2</div><div>"_s.arg(
        esc(tr("Summary")), esc(s.grade));
    h += u"<p><strong>"_s + esc(tr("Score %1 out of 100.").arg(locale.toString(s.score))) +
         u"</strong> "_s + esc(RulesEngine::gradeReason(s, locale)) + u' ';
    if (s.danger > 0)
        h += esc(tr("Some parts of your applications stop working if a single server or data "
                    "centre fails. The list below says what to change first."));
    else if (s.warning > 0)
        h += esc(tr("Your applications survive the loss of a single server, but some would run "
                    "short-handed or lose part of their data service."));
    else
        h += esc(tr("Your applications are spread so that the loss of one server or one data "
                    "centre does not stop them."));
    const auto span = [](const QString &text) -> QString {
        return u"<span>"_s + esc(text) + u"</span>"_s;
    };
    h += u"</p><p class=\"counts\">"_s + span(tr("%Ln applications", nullptr, s.applications)) +
         span(tr("%Ln services", nullptr, s.services)) +
         span(tr("%Ln instances", nullptr, s.instances)) + u"</p><p class=\"counts\">"_s +
         span(tr("%Ln serious", nullptr, s.danger)) +
         span(tr("%Ln to improve", nullptr, s.warning)) +
         span(tr("%Ln for information", nullptr, s.info)) +
         span(tr("%Ln accepted", nullptr, s.exempt)) + u"</p></div></div>\n"_s;

    h += u"<h2>"_s + esc(tr("What to do first")) + u"</h2>"_s;
    QList<const Finding *> first;
    for (const Finding &f : audit.findings)
        if (!f.exempt && f.severity != Severity::Info && first.size() < 5)
            first.append(&f);
    if (first.isEmpty()) {
        h += u"<p>"_s + esc(tr("Nothing urgent: no serious finding and nothing to improve.")) +
             u"</p>"_s;
    } else {
        h += u"<ol>"_s;
        for (const Finding *f : std::as_const(first))
            h += u"<li><strong>%1</strong>: %2<br><span class=\"fix\">%3</span></li>"_s.arg(
                esc(ReportParts::where(*f)), esc(f->message), esc(f->fix));
        h += u"</ol>"_s;
    }

    h += u"<h2>"_s + esc(tr("Where your instances run")) + u"</h2><p>"_s +
         esc(tr("Instances per data centre. Spread evenly, the loss of any one data centre "
                "leaves the others running.")) +
         u"</p>"_s;
    h += chartSvg(inv) + u'\n';

    const DatacenterList datacenters = inv.allDatacenters();
    for (const Application &app : inv.applications) {
        h += u"<h2>"_s + esc(tr("Application %1").arg(app.name)) + u"</h2><p class=\"meta\">"_s +
             esc(tr("Flavor %1").arg(app.flavor)) + u"</p>"_s;
        const auto worst = ZoneSimulation::worstDatacenter(app, datacenters);
        if (!worst.first.isEmpty()) {
            const QString state = survivalName(worst.second);
            const QString sentence =
                worst.second == Survival::Down
                    ? tr("If data centre %1 failed, this application would be down.")
                : worst.second == Survival::Degraded
                    ? tr("If data centre %1 failed, this application would be degraded.")
                    : tr("If data centre %1 failed, this application would be ok.");
            h += u"<p class=\"state-%1\">%2</p>"_s.arg(state, esc(sentence.arg(worst.first)));
        }
        h += u"<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            esc(tr("Service")), esc(tr("Type")), esc(tr("Instances")), esc(tr("Where")));
        for (const Service &svc : app.services) {
            QStringList places;
            if (!svc.placementKnown()) {
                places.append(svc.fetchError.isEmpty() ? tr("not read")
                                                       : tr("not read: %1").arg(svc.fetchError));
            } else {
                const QMap<QString, int> perDc = ReportParts::placementOf(svc);
                for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it)
                    places.append(tr("%1 × %2").arg(locale.toString(it.value()), it.key()));
            }
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(svc.name), esc(svc.serviceType),
                locale.toString(svc.placementKnown() ? int(svc.instances.size())
                                                     : svc.instanceCount),
                esc(places.join(u", "_s)));
        }
        h += u"</table>"_s;
        bool any = false;
        for (const Finding &f : audit.findings)
            if (f.application == app.name) {
                h += findingHtml(f, true);
                any = true;
            }
        if (!any)
            h += u"<p>"_s + esc(tr("No findings for this application.")) + u"</p>"_s;
        h += u'\n';
    }
    bool accountLevel = false;
    for (const Finding &f : audit.findings)
        if (f.application.isEmpty()) {
            if (!accountLevel)
                h += u"<h2>"_s + esc(tr("The whole account")) + u"</h2>"_s;
            accountLevel = true;
            h += findingHtml(f, false);
        }
    if (!s.unknownTypes.isEmpty())
        h += u"<p class=\"meta\">"_s + esc(ReportParts::unknownTypes(s.unknownTypes)) + u"</p>"_s;
    const QList<FetchError> errors = ReportParts::allErrors(inv);
    if (!errors.isEmpty()) {
        h += u"<h2>"_s + esc(tr("Could not be read")) + u"</h2><ul>"_s;
        for (const FetchError &e : errors)
            h += u"<li>%1: %2</li>"_s.arg(esc(e.service.isEmpty()
                                                  ? e.application
                                                  : QString(e.application + u'/' + e.service)),
                                          esc(e.error));
        h += u"</ul>"_s;
    }
    h += u"</body></html>\n"_s;
    return h.toUtf8();
}
