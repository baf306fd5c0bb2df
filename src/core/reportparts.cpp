#include "reportparts.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

QString ReportParts::isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString ReportParts::localTime(const QDateTime &t, const QLocale &locale)
{
    if (!t.isValid())
        return QCoreApplication::translate("ReportParts", "unknown");
    // The locale's short form, with the year in full: "01.12.2026 14:50" in German,
    // "01/12/2026 14:50" in French, "12/1/2026 2:50 PM" in American English.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return QCoreApplication::translate("ReportParts", "%1 UTC")
        .arg(locale.toString(t.toUTC(), format));
}

bool ReportParts::fromApi(const Inventory &inventory)
{
    return inventory.source.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
           inventory.source.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

QMap<QString, int> ReportParts::placementOf(const Service &svc)
{
    QMap<QString, int> perDc;
    for (const Instance &inst : svc.instances)
        ++perDc[inst.datacenter];
    return perDc;
}

QList<FetchError> ReportParts::allErrors(const Inventory &inventory)
{
    QList<FetchError> errors = inventory.errors;
    QSet<QString> listed;
    for (const FetchError &e : errors)
        listed.insert(e.application + u'\n' + e.service);
    for (const Application &app : inventory.applications)
        for (const Service &svc : app.services)
            if (!svc.fetchError.isEmpty() && !listed.contains(app.name + u'\n' + svc.name))
                errors.append({app.name, svc.name, svc.fetchError});
    return errors;
}

QString ReportParts::where(const Finding &f)
{
    if (f.application.isEmpty())
        return QCoreApplication::translate("ReportParts", "(account)");
    return f.service.isEmpty() ? f.application : QString(f.application + u'/' + f.service);
}

QString ReportParts::severityWord(const Finding &f)
{
    if (f.exempt)
        return QCoreApplication::translate("ReportParts", "accepted");
    switch (f.severity) {
    case Severity::Danger:
        return QCoreApplication::translate("ReportParts", "serious");
    case Severity::Warning:
        return QCoreApplication::translate("ReportParts", "to improve");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("ReportParts", "for information");
}

QString ReportParts::severityLabel(const Finding &f)
{
    if (f.exempt)
        return QCoreApplication::translate("ReportParts", "EXEMPT");
    switch (f.severity) {
    case Severity::Danger:
        return QCoreApplication::translate("ReportParts", "DANGER");
    case Severity::Warning:
        return QCoreApplication::translate("ReportParts", "WARNING");
    case Severity::Info:
        return QCoreApplication::translate("ReportParts", "INFO");
    }
    return {};
}

QString ReportParts::counts(const AuditSummary &s, const QLocale &locale)
{
    return QCoreApplication::translate("ReportParts",
                                       "%1 danger, %2 warning, %3 info, %4 exempt; %5 "
                                       "applications, %6 services, %7 instances")
        .arg(locale.toString(s.danger), locale.toString(s.warning), locale.toString(s.info),
             locale.toString(s.exempt), locale.toString(s.applications),
             locale.toString(s.services), locale.toString(s.instances));
}

QString ReportParts::scoreLine(const AuditSummary &s, const QLocale &locale)
{
    return QCoreApplication::translate("ReportParts", "Score %1/100, grade %2")
        .arg(locale.toString(s.score), s.grade);
}

QString ReportParts::noFindings()
{
    return QCoreApplication::translate(
        "ReportParts", "No findings: every service survives the loss of one host or zone.");
}

QString ReportParts::unknownTypes(const QStringList &types)
{
    return QCoreApplication::translate("ReportParts",
                                       "Unknown service types, treated as stateless: %1")
        .arg(types.join(u", "_s));
}

QString ReportParts::errorsHeading()
{
    return QCoreApplication::translate(
        "ReportParts", "Could not be read (no placement rules were applied to them)");
}
