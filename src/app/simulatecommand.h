#pragma once

#include "command.h"
#include "inventory.h"

#include <QCoreApplication>
#include <QStringList>

// `scaling-advisor simulate`: "what if this datacenter (host, region, provider) fails?"
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    static int run(const Command &command);

    // The names the inventory knows for this kind of failure, sorted (for "did you mean" errors).
    static QStringList knownNames(const Inventory &inventory, FailureKind kind);
};
