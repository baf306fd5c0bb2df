#pragma once

#include "command.h"

#include <QCoreApplication>

// `scaling-advisor plan`: the smallest set of scaling actions after which every application that
// scaling can save survives the loss of any one datacenter, and what scaling cannot fix
// (ReportWriter::writePlan renders it, text or the JSON of docs/cli.md).
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static int run(const Command &command);
};
