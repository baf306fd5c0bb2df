#include "desktopapp.h"

#include "account.h"
#include "accountsession.h"
#include "appsettings.h"
#include "guilogging.h"
#include "keychaincredentialstore.h"
#include "languagechooser.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "statusbanner.h"
#include "statusclient.h"
#include "statuscontroller.h"
#include "whatifview.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// SA_SCREENSHOT_ALL_TABS=1: one picture per tab beside the main one, "<name>-findings.png", …;
// the what-if tab after failing the first datacenter.
void saveTabScreenshots(MainWindow *window, const QString &path)
{
    auto *tabs = window->findChild<QTabWidget *>(u"tabs"_s);
    if (!tabs)
        return;
    const QString base = path.endsWith(u".png"_s) ? path.chopped(4) : path;
    const QStringList names{u"findings"_s, u"placement"_s, u"whatif"_s, u"plan"_s};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        auto *whatIf = window->findChild<WhatIfView *>();
        if (names[i] == u"whatif"_s && whatIf && !whatIf->targets().isEmpty())
            whatIf->simulate(FailureKind::Datacenter, whatIf->targets().constFirst());
        QCoreApplication::processEvents();
        const QString file = base + u'-' + names[i] + u".png"_s;
        if (!window->grab().save(file))
            qCWarning(lcGui) << "could not save the screenshot to" << file;
    }
    tabs->setCurrentIndex(0);
}
} // namespace

QString installTranslations(QApplication &app)
{
    Q_UNUSED(app)
    // The language chosen in Settings, else the environment's (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG).
    Result<QLocale> locale = LanguageChooser::install(AppSettings::load().language);
    if (!locale) {
        qCWarning(lcGui) << locale.error();
        locale = LanguageChooser::install();
    }
    return locale ? locale->name().section(u'_', 0, 0) : u"en"_s;
}

int runDesktopApp(QApplication &app, const DesktopOptions &options)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
    QGuiApplication::setApplicationDisplayName(u"Scaling Advisor"_s);
    QGuiApplication::setDesktopFileName(u"scaling-advisor"_s);
    installTranslations(app);

    // The demo needs no keychain: its key is given, and nothing is stored.
    CredentialStore *store = nullptr;
    if (options.demo)
        store = new MemoryCredentialStore(&app);
    else
        store = new KeychainCredentialStore(&app);

    auto *window = new MainWindow(store);
    window->setAttribute(Qt::WA_DeleteOnClose);

    const bool quitAfterLoad = qEnvironmentVariable("SA_QUIT_AFTER_LOAD") == u"1"_s;
    const QString screenshot = qEnvironmentVariable("SA_SCREENSHOT");
    if (quitAfterLoad || !screenshot.isEmpty()) {
        const bool allTabs = qEnvironmentVariable("SA_SCREENSHOT_ALL_TABS") == u"1"_s;
        auto finished = std::make_shared<bool>(false);
        auto finish = [window, screenshot, allTabs, finished](int code) {
            if (*finished)
                return;
            *finished = true;
            // Let the layout settle and paint once before grabbing.
            QTimer::singleShot(300, window, [window, screenshot, allTabs, code] {
                if (!screenshot.isEmpty() && !window->grab().save(screenshot))
                    qCWarning(lcGui) << "could not save the screenshot to" << screenshot;
                if (!screenshot.isEmpty() && allTabs)
                    saveTabScreenshots(window, screenshot);
                QCoreApplication::exit(code);
            });
        };
        QObject::connect(
            window, &MainWindow::inventoryShown, window, [window, finish](DataAge::Origin origin) {
                // A cached snapshot is shown first; wait for the fresh data unless
                // there will be none.
                if (origin == DataAge::Origin::Live || !window->session()->isRefreshing())
                    finish(0);
            });
        QObject::connect(window, &MainWindow::refreshFailed, window,
                         [finish](const PlatformError &) { finish(1); });
        // Nothing to load (no account, no secret): a headless check must still end.
        QTimer::singleShot(60 * 1000, window, [finish] { finish(1); });
    }

    // The live platform status: its banner at the very top, its impact highlighted in the window.
    auto *status = new StatusController(window);
    window->setStatusController(status);
    QObject::connect(window, &MainWindow::settingsChanged, status,
                     [status, window](const AppSettings &s) {
                         status->setPollInterval(std::chrono::seconds(s.pollIntervalSeconds));
                         status->setNotificationsEnabled(s.notifications);
                         // The settings hold the default status page; an account's own wins.
                         const AccountSession *session = window->session();
                         const bool accountHasOwn =
                             session->hasAccount() && !session->account().statusUrl.isEmpty();
                         if (!s.statusUrl.isEmpty() && !accountHasOwn)
                             status->setStatusUrl(s.statusUrl);
                     });
    status->start();
    if (options.demo && options.demoStatusUrl.isValid()) {
        // Not saved: the demo's status service lives only as long as this process.
        status->client()->setUrl(options.demoStatusUrl);
        status->client()->start();
    }

    window->show();
    if (options.demo) {
        Account demo;
        demo.name = QCoreApplication::translate("DesktopApp", "Demo");
        demo.apiUrl = options.demoApiUrl;
        demo.auth = Account::Auth::ApiKey;
        demo.username = options.demoUser;
        window->setSnapshotCaching(false);
        window->useAccount(demo, options.demoApiKey);
    } else if (!options.snapshotPath.isEmpty()) {
        // `scaling-advisor FILE.json`: that snapshot, not the saved account.
        if (const Status opened = window->openSnapshot(options.snapshotPath); !opened)
            QMessageBox::warning(
                window, QCoreApplication::translate("DesktopApp", "Open snapshot"),
                QCoreApplication::translate("DesktopApp",
                                            "%1 is not a snapshot this application can read: %2")
                    .arg(QDir::toNativeSeparators(options.snapshotPath), opened.error()));
    } else {
        window->start();
    }
    return app.exec();
}
