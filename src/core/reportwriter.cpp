#include "reportwriter.h"

#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<QPair<ReportFormat, QString>> &formatNames()
{
    static const QList<QPair<ReportFormat, QString>> names{{ReportFormat::Text, u"text"_s},
                                                           {ReportFormat::Json, u"json"_s},
                                                           {ReportFormat::Csv, u"csv"_s},
                                                           {ReportFormat::Markdown, u"markdown"_s},
                                                           {ReportFormat::Html, u"html"_s}};
    return names;
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool fromApi(const Inventory &inv)
{
    return inv.source.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
           inv.source.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

bool placementKnown(const Service &svc)
{
    return svc.detailLoaded && svc.fetchError.isEmpty();
}

// Instances per datacenter of one service, by datacenter name.
QMap<QString, int> placementOf(const Service &svc)
{
    QMap<QString, int> perDc;
    for (const Instance &inst : svc.instances)
        ++perDc[inst.datacenter];
    return perDc;
}

// The inventory's errors plus any failed service the list does not name yet.
QList<FetchError> allErrors(const Inventory &inv)
{
    QList<FetchError> errors = inv.errors;
    QSet<QString> listed;
    for (const FetchError &e : errors)
        listed.insert(e.application + u'\n' + e.service);
    for (const Application &app : inv.applications)
        for (const Service &svc : app.services)
            if (!svc.fetchError.isEmpty() && !listed.contains(app.name + u'\n' + svc.name))
                errors.append({app.name, svc.name, svc.fetchError});
    return errors;
}

QString where(const Finding &f)
{
    if (f.application.isEmpty())
        return u"(account)"_s;
    return f.service.isEmpty() ? f.application : QString(f.application + u'/' + f.service);
}

QString severityLabel(Severity s)
{
    return severityName(s).toUpper();
}

// ---- JSON -----------------------------------------------------------------------------------

// Writes the audit JSON straight into UTF-8 bytes, keys in the order of the contract. Large
// accounts have tens of thousands of findings: building a QJsonDocument first would cost seconds
// and hundreds of megabytes.
class JsonOut
{
public:
    explicit JsonOut(qsizetype reserve) { m_out.reserve(reserve); }
    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        item();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
        m_afterKey = true;
    }
    void value(const QString &s)
    {
        item();
        string(s);
    }
    void value(int n)
    {
        item();
        m_out += QByteArray::number(n);
    }
    void value(bool b)
    {
        item();
        m_out += b ? "true" : "false";
    }
    template<typename T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void item()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out += ',';
        m_first = false;
        newline();
    }
    void open(char c)
    {
        item();
        m_out += c;
        ++m_depth;
        m_first = true;
    }
    void close(char c)
    {
        --m_depth;
        if (!m_first)
            newline();
        m_out += c;
        m_first = false;
    }
    void newline()
    {
        if (m_out.isEmpty())
            return;
        m_out += '\n';
        m_out.append(m_depth * 2, ' ');
    }
    void string(const QString &s)
    {
        static const char hex[] = "0123456789abcdef";
        const QByteArray utf8 = s.toUtf8();
        m_out += '"';
        const char *run = utf8.constData(); // characters that need no escape go in one piece
        const char *end = run + utf8.size();
        for (const char *p = run; p < end; ++p) {
            const auto c = uchar(*p);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(run, p - run);
            run = p + 1;
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += char(c);
            } else if (c == '\n') {
                m_out += "\\n";
            } else if (c == '\r') {
                m_out += "\\r";
            } else if (c == '\t') {
                m_out += "\\t";
            } else {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 15];
            }
        }
        m_out.append(run, end - run);
        m_out += '"';
    }

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

QByteArray writeJson(const Inventory &inv, const AuditReport &audit, const QDateTime &generated,
                     const QLocale &locale)
{
    JsonOut j(qsizetype(audit.findings.size()) * 900 + inv.serviceCount() * 150 + 4096);
    j.beginObject();
    j.field("generated_at", timestamp(generated));
    j.key("source");
    j.beginObject();
    j.field(fromApi(inv) ? "api" : "snapshot", inv.source);
    j.field("user", inv.user.username);
    j.endObject();
    const Resilience &r = audit.resilience;
    j.key("resilience");
    j.beginObject();
    j.field("applications", r.applications);
    j.field("survive_any_datacenter", r.surviveAnyDatacenter);
    j.field("survive_any_host", r.surviveAnyHost);
    j.field("headline", r.headline(locale));
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
            if (!placementKnown(svc))
                continue;
            const QMap<QString, int> perDc = placementOf(svc);
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
    for (const FetchError &e : allErrors(inv)) {
        j.beginObject();
        j.field("application", e.application);
        j.field("service", e.service);
        j.field("error", e.error);
        j.endObject();
    }
    j.endArray();
    j.endObject();
    QByteArray out = j.take();
    out += '\n';
    return out;
}

// ---- text -----------------------------------------------------------------------------------

// Word-wraps to the width, every line indented.
QString wrap(const QString &text, int indent, int width = 100)
{
    const QString pad(indent, u' ');
    QString out;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &para : paragraphs) {
        QString line;
        const QStringList words = para.split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!line.isEmpty() && indent + line.size() + 1 + w.size() > width) {
                out += pad + line + u'\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + w;
        }
        out += pad + line + u'\n';
    }
    return out;
}

// Control characters from remote strings must not reach a terminal as escape sequences.
QString printable(const QString &s)
{
    return TerminalText::sanitize(s, TerminalText::Lines::Keep);
}

QByteArray writeText(const Inventory &inv, const AuditReport &audit, const QDateTime &generated,
                     bool colour)
{
    auto paint = [colour](const QString &s, const char *code) {
        return colour ? QString(u"\x1b["_s + QLatin1StringView(code) + u'm' + s + u"\x1b[0m"_s) : s;
    };
    auto severityCode = [](const Finding &f) {
        if (f.exempt)
            return "2";
        switch (f.severity) {
        case Severity::Danger:
            return "1;31";
        case Severity::Warning:
            return "33";
        case Severity::Info:
            return "36";
        }
        return "0";
    };
    const AuditSummary &s = audit.summary;
    QString out;
    out += paint(u"Scaling Advisor audit"_s, "1") + u'\n';
    out += wrap(printable(audit.resilience.headline()), 0);
    out += wrap(printable(audit.resilience.hostSentence()), 0) + u'\n';
    out += u"Account:   %1\n"_s.arg(printable(inv.user.username));
    out += u"Source:    %1%2\n"_s.arg(printable(inv.source),
                                      inv.fetchedAt.isValid()
                                          ? QString(u" (read "_s + timestamp(inv.fetchedAt) + u')')
                                          : QString());
    out += u"Generated: %1\n\n"_s.arg(timestamp(generated));
    const char *gradeCode = s.grade == u"A"_s || s.grade == u"B"_s ? "1;32"
                            : s.grade == u"C"_s                    ? "1;33"
                                                                   : "1;31";
    out += u"Score %1/100, grade %2\n"_s.arg(s.score).arg(paint(s.grade, gradeCode));
    out += u"%1 danger, %2 warning, %3 info, %4 exempt; %5 applications, %6 services, %7 "
           "instances\n"_s.arg(s.danger)
               .arg(s.warning)
               .arg(s.info)
               .arg(s.exempt)
               .arg(s.applications)
               .arg(s.services)
               .arg(s.instances);
    if (audit.findings.isEmpty())
        out += u"\nNo findings: every service survives the loss of one host or zone.\n"_s;
    for (const Finding &f : audit.findings) {
        const QString label =
            f.exempt ? u"EXEMPT"_s : severityLabel(f.severity).leftJustified(7, u' ');
        out += u'\n' + paint(label.leftJustified(7, u' '), severityCode(f)) + u' ' +
               paint(printable(where(f)), "1") + u"  ["_s + f.rule + u"]\n"_s;
        out += wrap(printable(f.message), 4);
        if (f.exempt)
            out += wrap(u"Exempt: "_s + printable(f.exemptReason), 4);
        out += wrap(u"Fix: "_s + printable(f.fix), 4);
        out += u"    More: "_s + f.docLink + u'\n';
    }
    if (!s.unknownTypes.isEmpty())
        out += u"\nUnknown service types, treated as stateless: "_s +
               printable(s.unknownTypes.join(u", "_s)) + u'\n';
    const QList<FetchError> errors = allErrors(inv);
    if (!errors.isEmpty()) {
        out += u"\nCould not be read (no placement rules were applied to them):\n"_s;
        for (const FetchError &e : errors)
            out += u"    %1%2: %3\n"_s.arg(
                printable(e.application),
                e.service.isEmpty() ? QString() : QString(u'/' + printable(e.service)),
                printable(e.error));
    }
    return out.toUtf8();
}

// ---- CSV ------------------------------------------------------------------------------------

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QByteArray writeCsv(const AuditReport &audit)
{
    QString out = u"rule,severity,application,service,message,fix,exempt,reason,doc\r\n"_s;
    for (const Finding &f : audit.findings) {
        const QStringList fields{
            f.rule, severityName(f.severity),          f.application,  f.service, f.message,
            f.fix,  f.exempt ? u"true"_s : u"false"_s, f.exemptReason, f.docLink};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

// ---- Markdown -------------------------------------------------------------------------------

QString mdEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (QStringView(u"\\`*_{}[]()<>#+-.!|~&").contains(c))
            out += u'\\';
        if (c == u'\n')
            out += u"  \n"_s; // a hard line break: migration steps stay one per line
        else
            out += c;
    }
    return out;
}

QByteArray writeMarkdown(const Inventory &inv, const AuditReport &audit, const QDateTime &generated)
{
    const AuditSummary &s = audit.summary;
    QString out = u"# Scaling Advisor report\n\n"_s;
    out += u"- Account: %1\n- Source: %2\n- Data read: %3\n- Generated: %4\n\n"_s.arg(
        mdEscape(inv.user.username), mdEscape(inv.source), timestamp(inv.fetchedAt),
        timestamp(generated));
    out += u"## Summary\n\n"_s + mdEscape(audit.resilience.headline()) + u"\n\n"_s;
    out += u"**Score %1/100, grade %2**\n\n"_s.arg(s.score).arg(s.grade);
    out += u"| applications | services | instances | danger | warning | info | exempt |\n"
           "|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n\n"_s.arg(s.applications)
               .arg(s.services)
               .arg(s.instances)
               .arg(s.danger)
               .arg(s.warning)
               .arg(s.info)
               .arg(s.exempt);
    out += u"## Findings\n\n"_s;
    if (audit.findings.isEmpty())
        out += u"No findings: every service survives the loss of one host or zone.\n\n"_s;
    int i = 0;
    for (const Finding &f : audit.findings) {
        out += u"### %1. %2 — %3 — `%4`\n\n"_s.arg(++i).arg(
            f.exempt ? u"Exempt"_s : severityLabel(f.severity), mdEscape(where(f)), f.rule);
        out += mdEscape(f.message) + u"\n\n"_s;
        if (f.exempt)
            out += u"*Exempt:* "_s + mdEscape(f.exemptReason) + u"\n\n"_s;
        out += u"**Fix:** "_s + mdEscape(f.fix) + u"\n\n"_s;
        out += u"[About this rule](%1)\n\n"_s.arg(f.docLink);
    }
    if (!s.unknownTypes.isEmpty())
        out += u"*Unknown service types, treated as stateless:* "_s +
               mdEscape(s.unknownTypes.join(u", "_s)) + u"\n\n"_s;
    const QList<FetchError> errors = allErrors(inv);
    if (!errors.isEmpty()) {
        out += u"## Could not be read\n\n"_s;
        for (const FetchError &e : errors)
            out += u"- %1%2: %3\n"_s.arg(mdEscape(e.application),
                                         e.service.isEmpty() ? QString()
                                                             : QString(u'/' + mdEscape(e.service)),
                                         mdEscape(e.error));
        out += u'\n';
    }
    return out.toUtf8();
}

// ---- HTML -----------------------------------------------------------------------------------

QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(u"'"_s, u"&#39;"_s);
    return out;
}

const char *kCss = R"CSS(
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
            if (placementKnown(svc))
                for (const Instance &inst : svc.instances)
                    ++perDc[inst.datacenter.isEmpty() ? u"(unknown)"_s : inst.datacenter];
    int most = 1;
    for (int n : std::as_const(perDc))
        most = std::max(most, n);
    const int rowHeight = 26, labelWidth = 220, barWidth = 420;
    const int height = std::max(1, int(perDc.size())) * rowHeight + 10;
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" "
                  "height=\"%2\" viewBox=\"0 0 %1 %2\" aria-label=\"Instances per datacenter\">"_s
                      .arg(labelWidth + barWidth + 60)
                      .arg(height);
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
        cls, f.exempt ? u"accepted"_s : severityName(f.severity));
    if (showWhere)
        h += u"<strong>"_s + esc(where(f)) + u"</strong> "_s;
    h += u"<code>"_s + esc(f.rule) + u"</code></p>"_s;
    h += u"<p>"_s + esc(f.message) + u"</p>"_s;
    if (f.exempt)
        h += u"<p><em>Accepted: "_s + esc(f.exemptReason) + u"</em></p>"_s;
    h += u"<p>What to do:</p><span class=\"fix\">"_s + esc(f.fix) + u"</span>"_s;
    // Plain text, not a link: the report is a file a customer opens anywhere, where a relative
    // link to the documentation would lead nowhere.
    h += u"<p class=\"meta\">About this rule: %1 in the Scaling Advisor documentation</p></div>"_s
             .arg(esc(f.docLink));
    return h;
}

QByteArray writeHtml(const Inventory &inv, const AuditReport &audit, const QDateTime &generated)
{
    const AuditSummary &s = audit.summary;
    QString h = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>Scaling Advisor report for %1</title><style>"_s.arg(esc(inv.user.username));
    h += QString::fromUtf8(kCss) + u"</style></head><body>\n"_s;
    h += u"<h1>Will your applications survive the loss of a server or a data centre?</h1>"_s;
    h +=
        u"<p class=\"headline\"><strong>"_s + esc(audit.resilience.headline()) + u"</strong></p>"_s;
    h += u"<p class=\"meta\">Account %1 · data read %2 from %3 · report written %4</p>\n"_s.arg(
        esc(inv.user.username), esc(timestamp(inv.fetchedAt)), esc(inv.source),
        esc(timestamp(generated)));

    h +=
        u"<h2>Summary</h2><div class=\"summary\"><div class=\"grade grade-%1\">%1</div><div>"_s.arg(
            esc(s.grade));
    h += u"<p><strong>Score %1 out of 100.</strong> "_s.arg(s.score);
    if (s.danger > 0)
        h += u"Some parts of your applications stop working if a single server or data centre "
             "fails. The list below says what to change first."_s;
    else if (s.warning > 0)
        h += u"Your applications survive the loss of a single server, but some would run "
             "short-handed or lose part of their data service."_s;
    else
        h += u"Your applications are spread so that the loss of one server or one data centre "
             "does not stop them."_s;
    h += u"</p><p class=\"counts\"><span>%1 applications</span><span>%2 services</span>"
         "<span>%3 instances</span></p><p class=\"counts\"><span>%4 serious</span>"
         "<span>%5 to improve</span><span>%6 for information</span><span>%7 accepted</span>"
         "</p></div></div>\n"_s.arg(s.applications)
             .arg(s.services)
             .arg(s.instances)
             .arg(s.danger)
             .arg(s.warning)
             .arg(s.info)
             .arg(s.exempt);

    h += u"<h2>What to do first</h2>"_s;
    QList<const Finding *> first;
    for (const Finding &f : audit.findings)
        if (!f.exempt && f.severity != Severity::Info && first.size() < 5)
            first.append(&f);
    if (first.isEmpty()) {
        h += u"<p>Nothing urgent: no serious finding and nothing to improve.</p>"_s;
    } else {
        h += u"<ol>"_s;
        for (const Finding *f : std::as_const(first))
            h += u"<li><strong>%1</strong>: %2<br><span class=\"fix\">%3</span></li>"_s.arg(
                esc(where(*f)), esc(f->message), esc(f->fix));
        h += u"</ol>"_s;
    }

    h += u"<h2>Where your instances run</h2><p>Instances per data centre. Spread evenly, the "
         "loss of any one data centre leaves the others running.</p>"_s;
    h += chartSvg(inv) + u'\n';

    const DatacenterList datacenters = inv.allDatacenters();
    for (const Application &app : inv.applications) {
        h += u"<h2>Application %1</h2><p class=\"meta\">Flavor %2</p>"_s.arg(esc(app.name),
                                                                             esc(app.flavor));
        const auto worst = ZoneSimulation::worstDatacenter(app, datacenters);
        if (!worst.first.isEmpty())
            h += u"<p>If data centre <strong>%1</strong> failed, this application would be "
                 "<span class=\"state-%2\">%2</span>.</p>"_s.arg(esc(worst.first),
                                                                 survivalName(worst.second));
        h += u"<table><tr><th>Service</th><th>Type</th><th>Instances</th><th>Where</th></tr>"_s;
        for (const Service &svc : app.services) {
            QStringList places;
            if (!placementKnown(svc)) {
                places.append(svc.fetchError.isEmpty() ? u"not read"_s
                                                       : QString(u"not read: "_s + svc.fetchError));
            } else {
                const QMap<QString, int> perDc = placementOf(svc);
                for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it)
                    places.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
            }
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(svc.name), esc(svc.serviceType),
                QString::number(placementKnown(svc) ? svc.instances.size() : svc.instanceCount),
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
            h += u"<p>No findings for this application.</p>"_s;
        h += u'\n';
    }
    bool accountLevel = false;
    for (const Finding &f : audit.findings)
        if (f.application.isEmpty()) {
            if (!accountLevel)
                h += u"<h2>The whole account</h2>"_s;
            accountLevel = true;
            h += findingHtml(f, false);
        }
    if (!s.unknownTypes.isEmpty())
        h += u"<p class=\"meta\">Service types the advisor does not know, treated as stateless: "
             "%1</p>"_s.arg(esc(s.unknownTypes.join(u", "_s)));
    const QList<FetchError> errors = allErrors(inv);
    if (!errors.isEmpty()) {
        h += u"<h2>Could not be read</h2><ul>"_s;
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

} // namespace

bool reportFormatFromName(const QString &name, ReportFormat *out)
{
    for (const auto &[format, formatName] : formatNames())
        if (name == formatName) {
            *out = format;
            return true;
        }
    return false;
}

QString reportFormatName(ReportFormat format)
{
    for (const auto &[f, formatName] : formatNames())
        if (f == format)
            return formatName;
    return {};
}

QByteArray ReportWriter::write(ReportFormat format, const Inventory &inventory,
                               const AuditReport &audit, const ReportOptions &options)
{
    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    switch (format) {
    case ReportFormat::Text:
        return writeText(inventory, audit, generated, options.colour);
    case ReportFormat::Json:
        return writeJson(inventory, audit, generated, options.locale);
    case ReportFormat::Csv:
        return writeCsv(audit);
    case ReportFormat::Markdown:
        return writeMarkdown(inventory, audit, generated);
    case ReportFormat::Html:
        return writeHtml(inventory, audit, generated);
    }
    return {};
}

QByteArray ReportWriter::simulationJson(const SimulationResult &result)
{
    QJsonArray applications;
    for (const ApplicationOutcome &app : result.applications) {
        QJsonArray services;
        for (const ServiceOutcome &svc : app.services)
            services.append(QJsonObject{{u"name"_s, svc.name},
                                        {u"state"_s, survivalName(svc.state)},
                                        {u"before"_s, svc.before},
                                        {u"after"_s, svc.after}});
        QJsonObject a{{u"name"_s, app.name},
                      {u"state"_s, survivalName(app.state)},
                      {u"services"_s, services}};
        if (!app.worstDatacenter.isEmpty())
            a.insert(u"worst_datacenter"_s,
                     QJsonObject{{u"name"_s, app.worstDatacenter},
                                 {u"state"_s, survivalName(app.worstDatacenterState)}});
        applications.append(a);
    }
    const QJsonObject root{{u"failed"_s, QJsonObject{{u"kind"_s, failureKindName(result.kind)},
                                                     {u"name"_s, result.name}}},
                           {u"summary"_s, QJsonObject{{u"ok"_s, result.ok},
                                                      {u"degraded"_s, result.degraded},
                                                      {u"down"_s, result.down}}},
                           {u"applications"_s, applications}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ReportWriter::simulationText(const SimulationResult &result)
{
    QString out = u"If %1 %2 failed: %3 applications ok, %4 degraded, %5 down\n"_s
                      .arg(failureKindName(result.kind), printable(result.name))
                      .arg(result.ok)
                      .arg(result.degraded)
                      .arg(result.down);
    for (const ApplicationOutcome &app : result.applications) {
        out += u"\n%1  %2\n"_s.arg(survivalName(app.state).toUpper().leftJustified(8, u' '),
                                   printable(app.name));
        for (const ServiceOutcome &svc : app.services)
            out += u"    %1 %2 %3 → %4 instances up\n"_s
                       .arg(survivalName(svc.state).leftJustified(8, u' '),
                            printable(svc.name).leftJustified(20, u' '))
                       .arg(svc.before)
                       .arg(svc.after);
        if (!app.worstDatacenter.isEmpty())
            out += u"    worst single datacenter: %1 (%2)\n"_s.arg(
                printable(app.worstDatacenter), survivalName(app.worstDatacenterState));
    }
    return out.toUtf8();
}

QByteArray ReportWriter::writePlan(ReportFormat format, const ScalingPlan &plan,
                                   const ReportOptions &options)
{
    if (format == ReportFormat::Json) {
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
        QByteArray out = j.take();
        out += '\n';
        return out;
    }
    Q_UNUSED(options);
    QString out = u"Scaling plan\n"_s;
    for (const ScalingAction &a : plan.actions)
        out += printable(a.command) + u'\n';
    for (const ManualStep &m : plan.manual)
        out += printable(m.application + u'/' + m.service + u": "_s + m.steps) + u'\n';
    return out.toUtf8();
}
