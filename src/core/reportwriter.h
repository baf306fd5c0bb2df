#pragma once

#include "inventory.h"
#include "rulesengine.h"
#include "scalingplan.h"
#include "zonesimulation.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

enum class ReportFormat
{
    Text,
    Json,
    Csv,
    Markdown,
    Html
};
// "text", "json", "csv", "markdown", "html"
bool reportFormatFromName(const QString &name, ReportFormat *out);
QString reportFormatName(ReportFormat format);

struct ReportOptions
{
    bool colour = false;   // ANSI colours in text (only on a TTY)
    QDateTime generatedAt; // invalid = now
    QLocale locale;        // dates and numbers in words follow it (JSON and CSV ids stay C)
};

// Every report the advisor writes, from one inventory and its audit. The resilience headline
// comes first in every format; the text goes through translation.
class ReportWriter
{
public:
    static QByteArray write(ReportFormat format, const Inventory &inventory,
                            const AuditReport &audit, const ReportOptions &options = {});
    // `plan --format text|json`: Json is the contract of docs/cli.md, any other format is text.
    static QByteArray writePlan(ReportFormat format, const ScalingPlan &plan,
                                const ReportOptions &options = {});
    // The `simulate --format json` contract.
    static QByteArray simulationJson(const SimulationResult &result);
    static QByteArray simulationText(const SimulationResult &result);
};
