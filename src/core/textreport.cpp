#include "textreport.h"

#include "reportparts.h"
#include "terminaltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString &s)
{
    return TerminalText::sanitize(s);
}

QString prose(const QString &s)
{
    return TerminalText::sanitize(s, TerminalText::Lines::Keep);
}

} // namespace

QString TextReport::wrap(const QString &text, int indent, int width)
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

QByteArray TextReport::write(const ReportInput &input) const
{
    const Inventory &inv = input.inventory;
    const AuditReport &audit = input.audit;
    const QLocale &locale = input.options.locale;
    const bool colour = input.options.colour;
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
    const Resilience &r = audit.resilience;
    QString out;
    out += paint(QCoreApplication::translate("TextReport", "Scaling Advisor audit"), "1") + u'\n';
    const bool allSurvive = r.surviveAnyDatacenter == r.applications;
    out += paint(prose(r.headline(locale)), allSurvive ? "1;32" : "1;31") + u'\n';
    out += prose(r.hostSentence(locale)) + u"\n\n"_s;
    out +=
        QCoreApplication::translate("TextReport", "Account:   %1").arg(shown(inv.user.username)) +
        u'\n';
    out +=
        (inv.fetchedAt.isValid()
             ? QCoreApplication::translate("TextReport", "Source:    %1 (read %2)")
                   .arg(shown(inv.source), ReportParts::localTime(inv.fetchedAt, locale))
             : QCoreApplication::translate("TextReport", "Source:    %1").arg(shown(inv.source))) +
        u'\n';
    out += QCoreApplication::translate("TextReport", "Generated: %1")
               .arg(ReportParts::localTime(input.generated, locale)) +
           u"\n\n"_s;
    const char *gradeCode = s.grade == u"A"_s || s.grade == u"B"_s ? "1;32"
                            : s.grade == u"C"_s                    ? "1;33"
                                                                   : "1;31";
    out += QCoreApplication::translate("ReportParts", "Score %1/100, grade %2")
               .arg(locale.toString(s.score), paint(s.grade, gradeCode)) +
           u'\n';
    out += RulesEngine::gradeReason(s, locale) + u'\n';
    out += ReportParts::counts(s, locale) + u'\n';
    if (audit.findings.isEmpty())
        out += u'\n' + ReportParts::noFindings() + u'\n';
    for (const Finding &f : audit.findings) {
        out += u'\n' +
               paint(ReportParts::severityLabel(f).leftJustified(7, u' '), severityCode(f)) + u' ' +
               paint(shown(ReportParts::where(f)), "1") + u"  ["_s + f.rule + u"]\n"_s;
        out += wrap(prose(f.message), 4);
        if (f.exempt)
            out += wrap(
                QCoreApplication::translate("TextReport", "Exempt: %1").arg(prose(f.exemptReason)),
                4);
        out += wrap(QCoreApplication::translate("TextReport", "Fix: %1").arg(prose(f.fix)), 4);
        out += QCoreApplication::translate("TextReport", "    More: %1").arg(f.docLink) + u'\n';
    }
    if (!s.unknownTypes.isEmpty()) {
        QStringList types;
        for (const QString &t : s.unknownTypes)
            types.append(shown(t));
        out += u'\n' + ReportParts::unknownTypes(types) + u'\n';
    }
    const QList<FetchError> errors = ReportParts::allErrors(inv);
    if (!errors.isEmpty()) {
        out += u'\n' + ReportParts::errorsHeading() + u":\n"_s;
        for (const FetchError &e : errors)
            out += u"    %1%2: %3\n"_s.arg(
                shown(e.application),
                e.service.isEmpty() ? QString() : QString(u'/' + shown(e.service)), shown(e.error));
    }
    return out.toUtf8();
}
