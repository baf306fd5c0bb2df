#include "reportformatter.h"

#include "csvreport.h"
#include "htmlreport.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "textreport.h"

std::unique_ptr<ReportFormatter> ReportFormatter::create(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return std::make_unique<TextReport>();
    case ReportFormat::Json:
        return std::make_unique<JsonReport>();
    case ReportFormat::Csv:
        return std::make_unique<CsvReport>();
    case ReportFormat::Markdown:
        return std::make_unique<MarkdownReport>();
    case ReportFormat::Html:
        return std::make_unique<HtmlReport>();
    }
    return std::make_unique<TextReport>();
}
