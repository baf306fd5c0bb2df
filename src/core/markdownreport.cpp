#include "markdownreport.h"

#include "reportparts.h"
#include "terminaltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString MarkdownReport::escape(const QString &text)
{
    const QString s = TerminalText::sanitize(text, TerminalText::Lines::Keep);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        // A dot or a hyphen between two letters or digits starts nothing in Markdown: dates
        // ("01.12.2026") and names ("eu-west-1") stay as they are written.
        const bool inWord = (c == u'.' || c == u'-') && i > 0 && i + 1 < s.size() &&
                            s[i - 1].isLetterOrNumber() && s[i + 1].isLetterOrNumber();
        if (!inWord && QStringView(u"\\`*_{}[]()<>#+-.!|~&").contains(c))
            out += u'\\';
        if (c == u'\n')
            out += u"  \n"_s; // a hard line break: migration steps stay one per line
        else
            out += c;
    }
    return out;
}

QByteArray MarkdownReport::write(const ReportInput &input) const
{
    const Inventory &inv = input.inventory;
    const AuditReport &audit = input.audit;
    const QLocale &locale = input.options.locale;
    const AuditSummary &s = audit.summary;
    QString out = u"# "_s + tr("Scaling Advisor report") + u"\n\n"_s;
    out += u"**"_s + escape(audit.resilience.headline(locale)) + u"**\n\n"_s;
    out += escape(audit.resilience.hostSentence(locale)) + u"\n\n"_s;
    out += tr("- Account: %1\n- Source: %2\n- Data read: %3\n- "
              "Generated: %4")
               .arg(escape(inv.user.username), escape(inv.source),
                    escape(ReportParts::localTime(inv.fetchedAt, locale)),
                    escape(ReportParts::localTime(input.generated, locale))) +
           u"\n\n"_s;
    out += u"## "_s + tr("Summary") + u"\n\n"_s;
    out += u"**"_s + ReportParts::scoreLine(s, locale) + u"**\n\n"_s;
    out += escape(RulesEngine::gradeReason(s, locale)) + u"\n\n"_s;
    const QStringList heads{tr("applications"), tr("services"), tr("instances"), tr("danger"),
                            tr("warning"),      tr("info"),     tr("exempt")};
    const QList<int> values{s.applications, s.services, s.instances, s.danger,
                            s.warning,      s.info,     s.exempt};
    out += u"| "_s + heads.join(u" | "_s) + u" |\n"_s;
    out += u"|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    QStringList cells;
    for (int v : values)
        cells.append(locale.toString(v));
    out += u"| "_s + cells.join(u" | "_s) + u" |\n\n"_s;
    out += u"## "_s + tr("Findings") + u"\n\n"_s;
    if (audit.findings.isEmpty())
        out += escape(ReportParts::noFindings()) + u"\n\n"_s;
    int i = 0;
    for (const Finding &f : audit.findings) {
        out += u"### %1. %2 — %3 — `%4`\n\n"_s.arg(locale.toString(++i),
                                                   escape(ReportParts::severityLabel(f)),
                                                   escape(ReportParts::where(f)), f.rule);
        out += escape(f.message) + u"\n\n"_s;
        if (f.exempt)
            out += u"*"_s + tr("Exempt:") + u"* "_s + escape(f.exemptReason) + u"\n\n"_s;
        out += u"**"_s + tr("Fix:") + u"** "_s + escape(f.fix) + u"\n\n"_s;
        out += u"["_s + tr("About this rule") + u"]("_s + f.docLink + u")\n\n"_s;
    }
    if (!s.unknownTypes.isEmpty())
        out += u"*"_s + escape(ReportParts::unknownTypes(s.unknownTypes)) + u"*\n\n"_s;
    const QList<FetchError> errors = ReportParts::allErrors(inv);
    if (!errors.isEmpty()) {
        out += u"## "_s + tr("Could not be read") + u"\n\n"_s;
        for (const FetchError &e : errors)
            out += u"- %1%2: %3\n"_s.arg(escape(e.application),
                                         e.service.isEmpty() ? QString()
                                                             : QString(u'/' + escape(e.service)),
                                         escape(e.error));
        out += u'\n';
    }
    return out.toUtf8();
}
