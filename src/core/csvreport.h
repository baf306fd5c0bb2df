#pragma once

#include "reportformatter.h"

// One row per finding (RFC 4180, CRLF records), header ids in English. A cell a spreadsheet
// would run as a formula (=, +, -, @, TAB or CR first) gets a leading apostrophe, as OWASP
// recommends; a number stays a number. No raw control character but the line breaks of
// multi-line fixes.
class CsvReport : public ReportFormatter
{
public:
    QByteArray write(const ReportInput &input) const override;

    static QString cell(const QString &value);
};
