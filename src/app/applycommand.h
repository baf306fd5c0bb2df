#pragma once

#include "command.h"

#include <QCoreApplication>

// `scaling-advisor apply [--api URL | --demo] [--yes]`: works out the plan, shows it, asks once
// (unless --yes), scales each service through the API as the platform CLI does, then reads the
// account again and prints before → after. Exit 0 when every action was applied, 1 when one was
// refused or failed (or the account could not be read), 2 for a usage error — which includes a
// snapshot, a support account, and a question that nobody at a terminal could answer.
class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    static int run(const Command &command);
};
