#pragma once

#include <QString>
#include <QUrl>

class QApplication;

struct DesktopOptions
{
    bool demo = false;
    QUrl demoApiUrl;
    QUrl demoStatusUrl;
    QString demoApiKey;
    QString demoUser;
    QString snapshotPath; // `scaling-advisor FILE.json`: open this snapshot (absolute path)
};

// Shows the main window and runs the event loop; returns app.exec().
// With demo, the window opens on the demo account (the key is passed in, no keychain) and fetches
// at once. Environment hooks for headless checks: SA_QUIT_AFTER_LOAD=1 quits with 0 once the first
// inventory is on screen (1 if the first refresh fails); SA_SCREENSHOT=path.png saves the window
// there before quitting, and with SA_SCREENSHOT_ALL_TABS=1 also "<path>-findings.png",
// "<path>-placement.png" and "<path>-whatif.png".
int runDesktopApp(QApplication &app, const DesktopOptions &options);

// Installs the translator for the language chosen in Settings, or the system's; returns the
// language code in use ("en" when no translation applies).
QString installTranslations(QApplication &app);
