#include "guilauncher.h"

#include "console.h"
#include "demoplatform.h"
#include "desktopapp.h"
#include "exitcode.h"

#include <QApplication>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

bool GuiLauncher::displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int GuiLauncher::run(int &argc, char **argv, const Command &command)
{
    if (!displayAvailable()) {
        Console::error(tr("no display (neither DISPLAY nor WAYLAND_DISPLAY is set): cannot open "
                          "the window. The command line works without one, e.g. "
                          "'scaling-advisor audit --demo'; see 'scaling-advisor --help'."));
        return ExitCode::RuntimeError;
    }

    DesktopOptions options;
    // `scaling-advisor FILE.json` (a file manager's "Open with"): the window opens that snapshot.
    const QString &snapshot = command.source.snapshotPath;
    if (!snapshot.isEmpty()) {
        const QFileInfo file(snapshot);
        if (!file.exists()) {
            Console::error(tr("snapshot %1: no such file").arg(snapshot));
            return ExitCode::RuntimeError;
        }
        if (!file.isFile() || !file.isReadable()) {
            Console::error(tr("snapshot %1: not a readable file").arg(snapshot));
            return ExitCode::RuntimeError;
        }
        options.snapshotPath = file.absoluteFilePath();
    }

    QApplication app(argc, argv);
    options.demo = command.source.demo;
    std::unique_ptr<DemoPlatform> demo;
    if (options.demo) {
        demo = std::make_unique<DemoPlatform>();
        if (Status started = demo->start(); !started) {
            Console::error(tr("cannot start the demo platform: %1").arg(started.error()));
            return ExitCode::RuntimeError;
        }
        const DemoPlatform::Account account = demo->account(u"developer"_s);
        options.demoApiUrl = demo->apiUrl();
        options.demoStatusUrl = demo->statusUrl();
        options.demoApiKey = account.apiKey;
        options.demoUser = account.username;
    }
    return runDesktopApp(app, options);
}
