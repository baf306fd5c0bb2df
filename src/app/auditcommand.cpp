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
            Console::error(u"exemptions file %1: no such file"_s.arg(command.exemptionsPath));
            return ExitCode::RuntimeError;
        }
        Result<ExemptionList> exemptions = ExemptionList::load(command.exemptionsPath);
        if (!exemptions) {
            Console::error(u"exemptions file %1 is not valid: %2"_s.arg(command.exemptionsPath,
                                                                        exemptions.error()));
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
    ReportOptions reportOptions;
    reportOptions.colour = command.format == ReportFormat::Text &&
                           OutputFile::isStandardOutput(command.outputPath) && Console::useColour();
    QByteArray bytes;
    if (command.pdf) {
        Result<QByteArray> pdf = PdfReport::render(inventory.value(), report, reportOptions);
        if (!pdf) {
            Console::error(pdf.error());
            return ExitCode::RuntimeError;
        }
        bytes = std::move(pdf).value();
    } else {
        bytes = ReportWriter::write(command.format, inventory.value(), report, reportOptions);
    }
    if (Status written = OutputFile::write(command.outputPath, bytes); !written) {
        Console::error(written.error());
        return ExitCode::RuntimeError;
    }

    const AuditSummary &s = report.summary;
    if (!OutputFile::isStandardOutput(command.outputPath))
        Console::note(u"Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7)."_s
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
        Console::error(u"%1 of the account could not be read; the audit covers the rest:"_s.arg(
            errors.size() == 1 ? u"1 service"_s : u"%1 services"_s.arg(errors.size())));
        for (const FetchError &e : errors)
            Console::note(u"  %1%2: %3"_s.arg(
                e.application, e.service.isEmpty() ? QString() : QString(u'.' + e.service),
                e.error));
        // An incomplete audit must not pass a CI gate.
        if (findingsCode == ExitCode::Ok)
            return ExitCode::RuntimeError;
    }
    return findingsCode;
}
