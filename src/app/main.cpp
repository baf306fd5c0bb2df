#include "applycommand.h"
#include "auditcommand.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "guilauncher.h"
#include "languagechooser.h"
#include "logincommand.h"
#include "logoutcommand.h"
#include "plancommand.h"
#include "simulatecommand.h"
#include "snapshotcommand.h"
#include "statuscommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int runCommand(const Command &command)
{
    switch (command.kind) {
    case CommandKind::Audit:
        return AuditCommand::run(command);
    case CommandKind::Simulate:
        return SimulateCommand::run(command);
    case CommandKind::Plan:
        return PlanCommand::run(command);
    case CommandKind::Apply:
        return ApplyCommand::run(command);
    case CommandKind::Snapshot:
        return SnapshotCommand::run(command);
    case CommandKind::StatusReport:
        return runStatusCommand(command);
    case CommandKind::Login:
        return LoginCommand::run(command);
    case CommandKind::Logout:
        return LogoutCommand::run(command);
    case CommandKind::Help:
    case CommandKind::Version:
        if (Status written = Console::out(command.helpText); !written) {
            Console::error(written.error());
            return ExitCode::RuntimeError;
        }
        return ExitCode::Ok;
    case CommandKind::Gui:
        break;
    }
    return ExitCode::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // The GUI and the command line share settings, the keychain and the snapshot cache.
    QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
    QCoreApplication::setApplicationName(u"scaling-advisor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    ParsedCommandLine parsed = CommandLine::parse(arguments);
    if (parsed.ok() && parsed.command.kind == CommandKind::Gui)
        return GuiLauncher::run(argc, argv, parsed.command); // the window picks its own language

    // A terminal shows the command's own messages, which name every error; the libraries' logging
    // stays off unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"advisor.*=false\ndefault.warning=false"_s);
    // A PDF report is drawn with Qt Gui: a QGuiApplication, offscreen, so that it works without a
    // display (CI, a server) and never opens a window.
    const bool pdf = parsed.ok() && parsed.command.kind == CommandKind::Audit && parsed.command.pdf;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);

    // Messages, help and reports in the language asked for (or the environment's); parsed again
    // so that a usage error and the help speak it too.
    const QString language = CommandLine::languageIn(arguments);
    if (!LanguageChooser::install(CommandLine::languages().contains(language) ? language
                                                                              : QString()))
        LanguageChooser::install();
    parsed = CommandLine::parse(arguments);
    if (!parsed.ok()) {
        Console::error(parsed.error);
        Console::note(
            parsed.subcommand.isEmpty()
                ? CommandLine::tr("Try 'scaling-advisor --help'.")
                : CommandLine::tr("Try 'scaling-advisor %1 --help'.").arg(parsed.subcommand));
        return ExitCode::UsageError;
    }

    int code = runCommand(parsed.command);
    // Whatever went to standard output must have arrived: a full disk or a closed pipe is an
    // error, not a success.
    if (Status closed = Console::finishOutput(); !closed) {
        Console::error(closed.error());
        if (code == ExitCode::Ok || code == ExitCode::Findings)
            code = ExitCode::RuntimeError;
    }
    return code;
}
