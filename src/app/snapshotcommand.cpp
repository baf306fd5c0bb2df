#include "snapshotcommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "snapshot.h"

using namespace Qt::StringLiterals;

int SnapshotCommand::run(const Command &command)
{
    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }
    if (Status written = Snapshot::write(inventory.value(), command.outputPath); !written) {
        Console::error(
            u"cannot write the snapshot %1: %2"_s.arg(command.outputPath, written.error()));
        return ExitCode::RuntimeError;
    }
    const Inventory &inv = inventory.value();
    Console::note(
        u"Wrote %1: %2 applications, %3 services, %4 instances of %5."_s.arg(command.outputPath)
            .arg(inv.applications.size())
            .arg(inv.serviceCount())
            .arg(inv.instanceCount())
            .arg(inv.user.username));
    if (!inv.errors.isEmpty()) {
        Console::error(
            u"%1 service(s) could not be read; they are listed in the snapshot as errors"_s.arg(
                inv.errors.size()));
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
