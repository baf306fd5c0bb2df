#include "auditcommand.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "guilauncher.h"
#include "logincommand.h"
#include "logoutcommand.h"
#include "simulatecommand.h"
#include "snapshotcommand.h"

#ifdef SA_HAVE_STATUS_COMMAND
#include "statuscommand.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {

int runStatus(const QStringList &arguments)
{
#ifdef SA_HAVE_STATUS_COMMAND
    return runStatusCommand(arguments);
#else
    Q_UNUSED(arguments)
    Console::error(u"the status command is not yet available in this build"_s);
    return ExitCode::RuntimeError;
#endif
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

    const ParsedCommandLine parsed = CommandLine::parse(arguments);
    if (!parsed.ok()) {
        Console::error(parsed.error);
        Console::note(parsed.subcommand.isEmpty()
                          ? u"Try 'scaling-advisor --help'."_s
                          : u"Try 'scaling-advisor %1 --help'."_s.arg(parsed.subcommand));
        return ExitCode::UsageError;
    }

    const Command &command = parsed.command;
    switch (command.kind) {
    case CommandKind::Help:
    case CommandKind::Version:
        Console::out(command.helpText);
        return ExitCode::Ok;
    case CommandKind::Gui:
        return GuiLauncher::run(argc, argv, command);
    default:
        break;
    }

    // A terminal shows the command's own messages, which name every error; the libraries' logging
    // stays off unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"advisor.*=false\ndefault.warning=false"_s);
    if (command.kind == CommandKind::Audit && command.pdf) {
        // A PDF report is drawn with Qt Gui: a QGuiApplication, offscreen, so that it works
        // without a display (CI, a server) and never opens a window.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return AuditCommand::run(command);
    }
    QCoreApplication app(argc, argv);
    switch (command.kind) {
    case CommandKind::Audit:
        return AuditCommand::run(command);
    case CommandKind::Simulate:
        return SimulateCommand::run(command);
    case CommandKind::Snapshot:
        return SnapshotCommand::run(command);
    case CommandKind::StatusReport:
        return runStatus(command.statusArguments);
    case CommandKind::Login:
        return LoginCommand::run(command);
    case CommandKind::Logout:
        return LogoutCommand::run(command);
    case CommandKind::Gui:
    case CommandKind::Help:
    case CommandKind::Version:
        break;
    }
    return ExitCode::Ok;
}
