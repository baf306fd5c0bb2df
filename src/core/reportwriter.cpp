#include "reportwriter.h"

#include "planreport.h"
#include "reportformatter.h"
#include "simulationreport.h"

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
    const ReportInput input{inventory, audit, options,
                            options.generatedAt.isValid() ? options.generatedAt
                                                          : QDateTime::currentDateTimeUtc()};
    return ReportFormatter::create(format)->write(input);
}

QByteArray ReportWriter::writePlan(ReportFormat format, const ScalingPlan &plan,
                                   const ReportOptions &options)
{
    return format == ReportFormat::Json ? PlanReport::json(plan) : PlanReport::text(plan, options);
}

QByteArray ReportWriter::simulationJson(const SimulationResult &result)
{
    return SimulationReport::json(result);
}

QByteArray ReportWriter::simulationText(const SimulationResult &result)
{
    return SimulationReport::text(result);
}
