#pragma once

#include "command.h"
#include "inventory.h"

#include <QStringList>

// `scaling-advisor simulate`: "what if this datacenter (host, region, provider) fails?"
class SimulateCommand
{
public:
    static int run(const Command &command);

    // The names the inventory knows for this kind of failure, sorted (for "did you mean" errors).
    static QStringList knownNames(const Inventory &inventory, FailureKind kind);
};
