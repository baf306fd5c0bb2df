#include "snapshotcommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "outputfile.h"
#include "snapshot.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

int SnapshotCommand::run(const Command &command)
{
    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }
    const Inventory &inv = inventory.value();
    // The snapshot's folder is made when missing; the file itself goes through the one checked,
    // atomic writer of the command line.
    const QFileInfo info(command.outputPath);
    if (!OutputFile::isStandardOutput(command.outputPath) && !info.absoluteDir().exists() &&
        !QDir().mkpath(info.absolutePath())) {
        Console::error(tr("cannot create the folder %1").arg(info.absolutePath()));
        return ExitCode::RuntimeError;
    }
    if (Status written = OutputFile::write(command.outputPath, Snapshot::toJson(inv)); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }
    if (!OutputFile::isStandardOutput(command.outputPath))
        Console::note(tr("Wrote %1: %n application(s), %2 services, %3 instances of %4.", "",
                         int(inv.applications.size()))
                          .arg(command.outputPath)
                          .arg(inv.serviceCount())
                          .arg(inv.instanceCount())
                          .arg(Console::plain(inv.user.username)));
    if (!inv.errors.isEmpty()) {
        Console::error(tr("%n service(s) could not be read; they are listed in the snapshot as "
                          "errors",
                          "", int(inv.errors.size())));
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
