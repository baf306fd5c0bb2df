#include "jsonreport.h"

#include "jsonout.h"
#include "reportparts.h"

QByteArray JsonReport::write(const ReportInput &input) const
{
    const Inventory &inv = input.inventory;
    const AuditReport &audit = input.audit;
    JsonOut j(qsizetype(audit.findings.size()) * 900 + inv.serviceCount() * 150 + 4096);
    j.beginObject();
    j.field("generated_at", ReportParts::isoTime(input.generated));
    j.key("source");
    j.beginObject();
    j.field(ReportParts::fromApi(inv) ? "api" : "snapshot", inv.source);
    j.field("user", inv.user.username);
    j.endObject();

    const Resilience &r = audit.resilience;
    j.key("resilience");
    j.beginObject();
    j.field("applications", r.applications);
    j.field("survive_any_datacenter", r.surviveAnyDatacenter);
    j.field("survive_any_host", r.surviveAnyHost);
    j.field("headline", r.headline(input.options.locale));
    j.key("at_risk");
    j.beginArray();
    for (const ApplicationAtRisk &a : r.atRisk) {
        j.beginObject();
        j.field("application", a.application);
        j.field("datacenter", a.datacenter);
        j.field("host", a.host);
        j.field("state", ApplicationAtRisk::stateName(a.state));
        j.endObject();
    }
    j.endArray();
    j.endObject();

    const AuditSummary &s = audit.summary;
    j.key("summary");
    j.beginObject();
    j.field("applications", s.applications);
    j.field("services", s.services);
    j.field("instances", s.instances);
    j.field("danger", s.danger);
    j.field("warning", s.warning);
    j.field("info", s.info);
    j.field("exempt", s.exempt);
    j.field("score", s.score);
    j.field("grade", s.grade);
    j.endObject();

    j.key("findings");
    j.beginArray();
    for (const Finding &f : audit.findings) {
        j.beginObject();
        j.field("rule", f.rule);
        j.field("severity", severityName(f.severity));
        j.field("application", f.application);
        j.field("service", f.service);
        j.field("message", f.message);
        j.field("fix", f.fix);
        j.field("exempt", f.exempt);
        j.field("reason", f.exemptReason);
        j.endObject();
    }
    j.endArray();

    j.key("placement");
    j.beginArray();
    for (const Application &app : inv.applications)
        for (const Service &svc : app.services) {
            if (!svc.placementKnown())
                continue;
            const QMap<QString, int> perDc = ReportParts::placementOf(svc);
            for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it) {
                j.beginObject();
                j.field("application", app.name);
                j.field("service", svc.name);
                j.field("datacenter", it.key());
                j.field("instances", it.value());
                j.endObject();
            }
        }
    j.endArray();

    j.key("errors");
    j.beginArray();
    for (const FetchError &e : ReportParts::allErrors(inv)) {
        j.beginObject();
        j.field("application", e.application);
        j.field("service", e.service);
        j.field("error", e.error);
        j.endObject();
    }
    j.endArray();
    j.endObject();
    return j.take();
}
