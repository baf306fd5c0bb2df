#pragma once

#include "reportformatter.h"

// The `audit --format json` contract of docs/cli.md: generated_at, source, resilience, summary,
// findings, placement, errors. Strings exact (JSON-escaped), never translated.
class JsonReport : public ReportFormatter
{
public:
    QByteArray write(const ReportInput &input) const override;
};
