#pragma once

#include "command.h"
#include "resilience.h"
#include "scalingplan.h"

#include <QByteArray>
#include <QCoreApplication>

// `scaling-advisor plan`: the smallest set of scaling actions after which every application that
// scaling can save survives the loss of any one datacenter, and what scaling cannot fix.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static int run(const Command &command);

    // The plan for a terminal or a file: the resilience headline, the actions with their commands,
    // the manual steps. Remote names are sanitised (TerminalText).
    static QByteArray text(const ScalingPlan &plan, const Resilience &resilience);
    // The JSON contract of docs/cli.md: {"actions": [...], "manual": [...],
    // "survive_any_datacenter_now": N, …}.
    static QByteArray json(const ScalingPlan &plan);
};
