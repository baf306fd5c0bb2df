#include "guilauncher.h"

#include "console.h"
#include "demoplatform.h"
#if __has_include("desktopapp.h")
#include "desktopapp.h"
#define SA_HAVE_DESKTOP 1
#endif
#include "exitcode.h"

#include <QApplication>

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
        Console::error(
            u"no display (neither DISPLAY nor WAYLAND_DISPLAY is set): cannot open the window. "
            "The command line works without one, e.g. 'scaling-advisor audit --demo'; see "
            "'scaling-advisor --help'."_s);
        return ExitCode::RuntimeError;
    }

#ifndef SA_HAVE_DESKTOP
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    Q_UNUSED(command)
    Console::error(u"the desktop application is not part of this build yet"_s);
    return ExitCode::RuntimeError;
#else
    QApplication app(argc, argv);
    DesktopOptions options;
    options.demo = command.source.demo;
    std::unique_ptr<DemoPlatform> demo;
    if (options.demo) {
        demo = std::make_unique<DemoPlatform>();
        if (Status started = demo->start(); !started) {
            Console::error(u"cannot start the demo platform: "_s + started.error());
            return ExitCode::RuntimeError;
        }
        const DemoPlatform::Account account = demo->account(u"developer"_s);
        options.demoApiUrl = demo->apiUrl();
        options.demoStatusUrl = demo->statusUrl();
        options.demoApiKey = account.apiKey;
        options.demoUser = account.username;
    }
    return runDesktopApp(app, options);
#endif
}
