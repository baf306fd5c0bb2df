#pragma once

#include "command.h"

#include <QCoreApplication>

// The desktop application path of the binary: no subcommand opens the window, `--demo` opens it
// on the in-process demo platform, `FILE.json` opens that snapshot. Without a display it says so
// instead of letting Qt abort.
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int run(int &argc, char **argv, const Command &command);
    // DISPLAY or WAYLAND_DISPLAY set, or QT_QPA_PLATFORM chosen explicitly (e.g. offscreen).
    static bool displayAvailable();
};
