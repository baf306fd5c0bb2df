#pragma once

#include "reportformatter.h"

// The report for a terminal: plain text, ANSI colours only when asked, every remote string
// through TerminalText::sanitize.
class TextReport : public ReportFormatter
{
public:
    QByteArray write(const ReportInput &input) const override;

    // Word-wraps to the width, every line indented (continuation lines too, so that no remote
    // text starts a line of its own).
    static QString wrap(const QString &text, int indent, int width = 100);
};
