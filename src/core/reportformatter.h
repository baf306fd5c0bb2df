#pragma once

#include "inventory.h"
#include "reportwriter.h"
#include "rulesengine.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

// What one report is written from.
struct ReportInput
{
    const Inventory &inventory;
    const AuditReport &audit;
    const ReportOptions &options;
    QDateTime generated; // UTC, never invalid
};

// One report format (text, JSON, CSV, Markdown, HTML): one class behind this interface each,
// chosen by ReportWriter::write.
class ReportFormatter
{
public:
    virtual ~ReportFormatter() = default;
    virtual QByteArray write(const ReportInput &input) const = 0;

    static std::unique_ptr<ReportFormatter> create(ReportFormat format);
};
