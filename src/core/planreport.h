#pragma once

#include "reportwriter.h"
#include "scalingplan.h"

#include <QByteArray>
#include <QCoreApplication>

// `plan --format text|json`: the actions in order with their exact commands, then the manual
// steps. JSON is the contract of docs/cli.md.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    static QByteArray text(const ScalingPlan &plan, const ReportOptions &options = {});
    static QByteArray json(const ScalingPlan &plan);
    // "Now 5 of 12 applications survive the loss of any one datacenter; after the plan, 9
    // would." — for the CLI, the Plan view and the PDF.
    static QString summary(const ScalingPlan &plan, const QLocale &locale = QLocale());
};
