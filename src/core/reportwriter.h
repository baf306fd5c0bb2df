#pragma once

#include "inventory.h"
#include "rulesengine.h"
#include "zonesimulation.h"

#include <QByteArray>
#include <QDateTime>

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
};

// Every report the advisor writes, from one inventory and its audit.
class ReportWriter
{
public:
    static QByteArray write(ReportFormat format, const Inventory &inventory,
                            const AuditReport &audit, const ReportOptions &options = {});
    // The `simulate --format json` contract.
    static QByteArray simulationJson(const SimulationResult &result);
    static QByteArray simulationText(const SimulationResult &result);
};
