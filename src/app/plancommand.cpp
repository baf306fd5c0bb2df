#include "plancommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "outputfile.h"
#include "reportwriter.h"
#include "rulesengine.h"
#include "scalingplanner.h"

using namespace Qt::StringLiterals;

int PlanCommand::run(const Command &command)
{
    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }
    AuditOptions options;
    options.cliName = command.cliName;
    const ScalingPlan plan = ScalingPlanner().plan(inventory.value(), options);
    const QByteArray bytes = ReportWriter::writePlan(command.format, plan);
    if (Status written = OutputFile::write(command.outputPath, bytes); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }
    if (!OutputFile::isStandardOutput(command.outputPath))
        Console::note(tr("Wrote %1: %n scaling action(s).", "", int(plan.actions.size()))
                          .arg(command.outputPath));

    const QList<FetchError> &errors = inventory->errors;
    if (!errors.isEmpty()) {
        // A plan made on part of the account must not pass for the whole.
        Console::error(tr("%n service(s) of the account could not be read; the plan covers the "
                          "rest:",
                          "", int(errors.size())));
        for (const FetchError &e : errors)
            Console::note(u"  "_s + tr("%1 %2: %3")
                                        .arg(Console::plain(e.application),
                                             Console::plain(e.service), Console::plain(e.error)));
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
