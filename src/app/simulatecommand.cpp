#include "simulatecommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "outputfile.h"
#include "reportwriter.h"
#include "zonesimulation.h"

#include <QSet>

using namespace Qt::StringLiterals;

QStringList SimulateCommand::knownNames(const Inventory &inventory, FailureKind kind)
{
    QSet<QString> names;
    if (kind == FailureKind::Host) {
        for (const Application &app : inventory.applications)
            for (const Service &service : app.services)
                for (const Instance &instance : service.instances)
                    if (!instance.host.isEmpty())
                        names.insert(instance.host);
    } else {
        for (const Datacenter &dc : inventory.allDatacenters()) {
            switch (kind) {
            case FailureKind::Datacenter:
                names.insert(dc.name);
                break;
            case FailureKind::Region:
                names.insert(dc.region);
                break;
            case FailureKind::Provider:
                names.insert(dc.provider);
                break;
            case FailureKind::Host:
                break;
            }
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

int SimulateCommand::run(const Command &command)
{
    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }

    // A typo would otherwise "fail" nothing and report that everything survives.
    const QStringList known = knownNames(inventory.value(), command.failureKind);
    if (!known.contains(command.failureName)) {
        const QString kind = failureKindName(command.failureKind);
        QString message = tr("no %1 named '%2' in %3")
                              .arg(kind, Console::plain(command.failureName), source.description());
        if (!known.isEmpty()) {
            QStringList shown;
            for (const QString &name : known.mid(0, 20))
                shown.append(Console::plain(name));
            message += u"; "_s + tr("known: %1").arg(shown.join(u", "_s)) +
                       (known.size() > shown.size() ? u", …"_s : QString());
        }
        Console::error(message);
        return ExitCode::RuntimeError;
    }

    const SimulationResult result =
        ZoneSimulation::fail(inventory.value(), command.failureKind, command.failureName);
    const QByteArray bytes = command.format == ReportFormat::Json
                                 ? ReportWriter::simulationJson(result)
                                 : ReportWriter::simulationText(result);
    if (Status written = OutputFile::write(command.outputPath, bytes); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
