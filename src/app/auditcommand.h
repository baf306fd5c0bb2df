#pragma once

#include "command.h"
#include "rulesengine.h"

#include <QCoreApplication>

#include <optional>

// `scaling-advisor audit`: reads an inventory, runs the rules, writes the report, and turns the
// findings into an exit code for CI.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(const Command &command);

    // 3 when a finding that is not exempt is at or above the threshold (nullopt: never), else 0.
    static int exitCodeFor(const AuditReport &report, std::optional<Severity> failOn);
};
