#pragma once

#include "reportformatter.h"

#include <QCoreApplication>

// A self-contained HTML page a customer can open anywhere and print: inline CSS and SVG, nothing
// loaded from elsewhere, every remote string escaped and sanitised (no raw control character).
class HtmlReport : public ReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    QByteArray write(const ReportInput &input) const override;

    // HTML-escaped (quotes and apostrophes included), control characters made visible; LF kept.
    static QString escape(const QString &s);
};
