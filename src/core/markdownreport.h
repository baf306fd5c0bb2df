#pragma once

#include "reportformatter.h"

#include <QCoreApplication>

// A Markdown report (GitHub-flavoured): every remote string escaped and sanitised, so that a
// name can neither format the page nor carry a control character.
class MarkdownReport : public ReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    QByteArray write(const ReportInput &input) const override;

    static QString escape(const QString &s);
};
