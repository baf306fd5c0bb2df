// A large account in the window: the time from the start of the process until the main window
// has painted a snapshot file, then the time of every keystroke in the filter box until every
// view is filtered and painted again, and the process's peak memory. Offscreen, the real
// MainWindow, the way `scaling-advisor FILE.json` opens it.
//   bench_gui_open FILE [WORDS…]     (SA_BENCH_EVERY_KEY=1: every keystroke's time as well)
// Compare the peak memory with `/usr/bin/time -v scaling-advisor audit --snapshot FILE`.
#include "accountsession.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// VmHWM: the peak resident set size of this process so far, in MB.
double peakResidentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: bench_gui_open SNAPSHOT [WORDS…]\n";
        return 2;
    }

    MemoryCredentialStore store;
    MainWindow window(&store);
    window.setSnapshotCaching(false);
    window.resize(1400, 900);
    const qint64 windowMade = sinceStart.elapsed();
    // The read and the audit run in the background: the window is shown at once ("Reading…"),
    // and the account appears when inventoryShown says so.
    auto *session = window.findChild<AccountSession *>(u"accountSession"_s);
    bool shown = false;
    QString failure;
    QObject::connect(&window, &MainWindow::inventoryShown, &window, [&] { shown = true; });
    QObject::connect(session, &AccountSession::snapshotFailed, &window,
                     [&](const QString &, const QString &error) { failure = error; });
    const Status opened = window.openSnapshot(args[1]);
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 30000)) {
        err << "the window was never exposed\n";
        return 1;
    }
    window.repaint(); // the window, painted while the account is read
    const qint64 firstPaint = sinceStart.elapsed();
    if (!QTest::qWaitFor([&] { return shown || !failure.isEmpty(); }, 600000)) {
        err << "the snapshot was never shown\n";
        return 1;
    }
    if (!failure.isEmpty()) {
        err << failure << '\n';
        return 1;
    }
    // The event loop until nothing is left: the layouts the account's models posted, then the
    // paint of every visible widget with the account in it. (Until 2026-12-02 a forced repaint
    // was timed instead, before those layouts: the views painted once more after it.)
    const auto settle = [] {
        QApplication::processEvents();
        QApplication::processEvents(); // what the first pass posted: a delayed layout, say
    };
    const qint64 loaded = sinceStart.elapsed();
    settle();
    const qint64 painted = sinceStart.elapsed();
    out << u"painted window with %1 applications, %2 services: %3 ms after the start "
           "(window built %4 ms, first painted (Reading…) at %5 ms, snapshot read, audited and "
           "shown at %6 ms, painted %7 ms) (target < 2000 ms)\n"_s
               .arg(session->inventory().applications.size())
               .arg(session->inventory().serviceCount())
               .arg(painted)
               .arg(windowMade)
               .arg(firstPaint)
               .arg(loaded)
               .arg(painted - loaded);
    out.flush();

    auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
    if (!filter) {
        err << "the window has no filter box\n";
        return 1;
    }
    // What users type: a service type, a flavor, a severity, an application name; each typed one
    // character at a time, then cleared.
    QStringList words = args.mid(2);
    if (words.isEmpty())
        words = {u"mysql"_s, u"sandbox"_s, u"app0123"_s, u"www"_s};
    // What a keystroke costs until the user sees it: the filtering, then the event loop until
    // nothing is left, which lays out and paints what changed (the views, the detail panel).
    // (Until 2026-12-01 the whole window was repainted on top, a second paint of everything.)
    QList<double> perKey;
    QList<QPair<QString, double>> slowest;
    for (const QString &word : std::as_const(words)) {
        for (int n = 1; n <= word.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, word.at(n - 1).toLatin1()); // a real key event
            settle();
            const double ms = timer.nsecsElapsed() / 1e6;
            perKey.append(ms);
            slowest.append({word.left(n), ms});
        }
        QElapsedTimer timer;
        timer.start();
        filter->clear();
        settle();
        perKey.append(timer.nsecsElapsed() / 1e6);
        slowest.append({u"(cleared)"_s, perKey.last()});
    }
    // SA_BENCH_EVERY_KEY=1: each keystroke's time too, in the order typed.
    if (qEnvironmentVariable("SA_BENCH_EVERY_KEY") == u"1"_s) {
        out << "every keystroke:";
        for (const auto &[typed, ms] : std::as_const(slowest))
            out << u" \"%1\" %2"_s.arg(typed).arg(ms, 0, 'f', 1);
        out << " (ms)\n";
    }
    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    std::sort(perKey.begin(), perKey.end());
    const double mean = std::accumulate(perKey.begin(), perKey.end(), 0.0) / perKey.size();
    out << u"filter per keystroke (%1 keystrokes, until painted): mean %2 ms, median %3 ms, "
           "max %4 ms (target < 50 ms); slowest: "_s.arg(perKey.size())
               .arg(mean, 0, 'f', 1)
               .arg(perKey.at(perKey.size() / 2), 0, 'f', 1)
               .arg(perKey.last(), 0, 'f', 1);
    for (int i = 0; i < std::min<qsizetype>(3, slowest.size()); ++i)
        out << u"\"%1\" %2 ms  "_s.arg(slowest.at(i).first).arg(slowest.at(i).second, 0, 'f', 1);
    out << u"\npeak resident memory: %1 MB\n"_s.arg(peakResidentMb(), 0, 'f', 0);
    return 0;
}
