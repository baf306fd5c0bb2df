#include "auditcommand.h"

#include "console.h"
#include "exemption.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "outputfile.h"
#include "pdfreport.h"
#include "reportwriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The report in the format asked for: the one place a format is turned into bytes. The writers
// make remote text safe for their format; the bytes go out unchanged.
Result<QByteArray> reportBytes(const Command &command, const Inventory &inventory,
                               const AuditReport &report)
{
    ReportOptions options;
    options.colour = command.format == ReportFormat::Text &&
                     OutputFile::isStandardOutput(command.outputPath) && Console::useColour();
    if (command.pdf)
        return PdfReport::render(inventory, report, options);
    return ReportWriter::write(command.format, inventory, report, options);
}

} // namespace

int AuditCommand::exitCodeFor(const AuditReport &report, std::optional<Severity> failOn)
{
    if (!failOn)
        return ExitCode::Ok;
    for (const Finding &f : report.findings)
        if (!f.exempt && int(f.severity) >= int(*failOn))
            return ExitCode::Findings;
    return ExitCode::Ok;
}

int AuditCommand::run(const Command &command)
{
    // Read the exemptions first: a typo there should not cost a whole fetch.
    AuditOptions options;
    options.cliName = command.cliName;
    if (!command.exemptionsPath.isEmpty()) {
        if (!QFileInfo::exists(command.exemptionsPath)) {
            Console::error(tr("exemptions file %1: no such file").arg(command.exemptionsPath));
            return ExitCode::RuntimeError;
        }
        Result<ExemptionList> exemptions = ExemptionList::load(command.exemptionsPath);
        if (!exemptions) {
            Console::error(tr("exemptions file %1 is not valid: %2")
                               .arg(command.exemptionsPath, exemptions.error()));
            return ExitCode::RuntimeError;
        }
        options.exemptions = std::move(exemptions).value();
    }

    InventorySource source(command.source);
    const Result<Inventory> inventory = source.load();
    if (!inventory) {
        Console::error(inventory.error());
        return ExitCode::RuntimeError;
    }

    const AuditReport report = RulesEngine().audit(inventory.value(), options);
    const Result<QByteArray> bytes = reportBytes(command, inventory.value(), report);
    if (!bytes) {
        Console::error(bytes.error());
        return ExitCode::RuntimeError;
    }
    if (Status written = OutputFile::write(command.outputPath, *bytes); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }

    const AuditSummary &s = report.summary;
    if (!OutputFile::isStandardOutput(command.outputPath))
        Console::note(tr("Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7).")
                          .arg(command.outputPath)
                          .arg(s.danger)
                          .arg(s.warning)
                          .arg(s.info)
                          .arg(s.exempt)
                          .arg(s.score)
                          .arg(s.grade));

    const int findingsCode = exitCodeFor(report, command.failOn);
    const QList<FetchError> &errors = inventory->errors;
    if (!errors.isEmpty()) {
        Console::error(tr("%n service(s) of the account could not be read; the audit covers the "
                          "rest:",
                          "", int(errors.size())));
        for (const FetchError &e : errors)
            Console::note(
                u"  "_s +
                (e.service.isEmpty()
                     ? tr("%1: %2").arg(Console::plain(e.application), Console::plain(e.error))
                     : tr("%1.%2: %3")
                           .arg(Console::plain(e.application), Console::plain(e.service),
                                Console::plain(e.error))));
        // An incomplete audit must not pass a CI gate.
        if (findingsCode == ExitCode::Ok)
            return ExitCode::RuntimeError;
    }
    return findingsCode;
}
