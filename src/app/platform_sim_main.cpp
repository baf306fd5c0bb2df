// platform-sim: the reference platform as a program. Thin: parses the command line and runs
// PlatformSimulator until interrupted.
#include "exitcode.h"
#include "optionparser.h"
#include "platformsimulator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// SIGINT and SIGTERM end the event loop: the handler only writes a byte to a socket pair (the one
// thing safe in a signal handler) and the loop reads it.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

QString helpText(const std::vector<OptionSpec> &options)
{
    return QCoreApplication::translate(
               "PlatformSim",
               "Usage: platform-sim (--demo | --dataset FILE | --generate N | --db FILE) "
               "[OPTIONS]") +
           u"\n\n"_s +
           OptionParser::wrap(QCoreApplication::translate(
                                  "PlatformSim",
                                  "The reference platform: serves the Platform API and the Status "
                                  "API on 127.0.0.1 from a dataset, backed by SQLite. The first "
                                  "line printed is one JSON object with the URLs, the admin token "
                                  "and the users."),
                              0) +
           u"\n\n"_s + QCoreApplication::translate("PlatformSim", "Options:") + u'\n' +
           OptionParser::formatOptions(options) + u'\n' +
           QCoreApplication::translate("PlatformSim",
                                       "Exit codes:\n"
                                       "  0  stopped by SIGINT or SIGTERM\n"
                                       "  1  could not start (bad dataset, port in use)\n"
                                       "  2  usage error\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"platform-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION));

    const std::vector<OptionSpec> specs = {
        {u"dataset"_s, u"FILE"_s,
         QCoreApplication::translate("PlatformSim", "serve the dataset FILE")},
        {u"db"_s, u"FILE"_s,
         QCoreApplication::translate(
             "PlatformSim",
             "keep the database in FILE between runs (reused when no dataset is given)")},
        {u"demo"_s,
         {},
         QCoreApplication::translate("PlatformSim", "serve the bundled demo dataset")},
        {u"generate"_s, u"N"_s,
         QCoreApplication::translate("PlatformSim", "serve a generated dataset of N applications")},
        {u"seed"_s, u"S"_s,
         QCoreApplication::translate("PlatformSim", "seed of the generated dataset (default 1)")},
        {u"port"_s, u"PORT"_s,
         QCoreApplication::translate("PlatformSim",
                                     "Platform API port (default 0: any free port)")},
        {u"status-port"_s, u"PORT"_s,
         QCoreApplication::translate("PlatformSim", "Status API port (default 0: any free port)")},
        {u"help"_s, {}, QCoreApplication::translate("PlatformSim", "show this help")},
        {u"version"_s, {}, QCoreApplication::translate("PlatformSim", "show the version")},
    };

    QTextStream err(stderr);
    auto usage = [&err](const QString &message) {
        err << "platform-sim: " << message << '\n'
            << QCoreApplication::translate("PlatformSim", "Try 'platform-sim --help'.") << '\n';
        err.flush();
        return ExitCode::UsageError;
    };
    const ParsedOptions parser = OptionParser::parse(specs, app.arguments().mid(1));
    if (!parser.ok())
        return usage(parser.error);
    if (parser.has(u"help"_s) || parser.has(u"version"_s)) {
        QTextStream out(stdout);
        if (parser.has(u"help"_s))
            out << helpText(specs);
        else
            out << "platform-sim " << SA_VERSION << '\n';
        out.flush();
        return out.status() == QTextStream::Ok ? ExitCode::Ok : ExitCode::RuntimeError;
    }

    PlatformSimulator::Options options;
    options.datasetFile = parser.value(u"dataset"_s);
    options.databaseFile = parser.value(u"db"_s);
    options.demo = parser.has(u"demo"_s);
    bool ok = true;
    if (parser.has(u"generate"_s)) {
        options.generateApplications = parser.value(u"generate"_s).toInt(&ok);
        if (!ok || options.generateApplications < 1)
            return usage(QCoreApplication::translate(
                "PlatformSim", "--generate needs a positive number of applications"));
    }
    if (parser.has(u"seed"_s)) {
        options.seed = parser.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("PlatformSim", "--seed needs a number"));
    }
    if (parser.has(u"port"_s)) {
        options.port = parser.value(u"port"_s).toUShort(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("PlatformSim", "--port needs a port number"));
    }
    if (parser.has(u"status-port"_s)) {
        options.statusPort = parser.value(u"status-port"_s).toUShort(&ok);
        if (!ok)
            return usage(
                QCoreApplication::translate("PlatformSim", "--status-port needs a port number"));
    }
    const int sources = int(!options.datasetFile.isEmpty()) + int(options.demo) +
                        int(options.generateApplications > 0);
    if (sources > 1)
        return usage(QCoreApplication::translate(
            "PlatformSim", "give only one of --dataset, --demo and --generate"));
    if (sources == 0 && options.databaseFile.isEmpty())
        return usage(QCoreApplication::translate(
            "PlatformSim", "give --dataset FILE, --demo, --generate N or an existing --db FILE"));

    PlatformSimulator simulator;
    const Status started = simulator.start(options);
    if (!started) {
        err << "platform-sim: " << started.error() << '\n';
        err.flush();
        return ExitCode::RuntimeError;
    }

    const QJsonObject info = simulator.startupInfo();
    QTextStream out(stdout);
    out << QJsonDocument(info).toJson(QJsonDocument::Compact) << '\n';
    out << "Platform API: " << simulator.apiUrl().toString() << '\n';
    out << "Status API:   " << simulator.statusUrl().toString() << '\n';
    const QJsonArray users = info.value(u"users"_s).toArray();
    for (const QJsonValue &u : users)
        out << "User " << u[u"username"_s].toString() << " (" << u[u"role"_s].toString()
            << "): curl -u '" << u[u"api_key"_s].toString() << "' " << simulator.apiUrl().toString()
            << "/v1/me/applications\n";
    out << "Press Ctrl+C to stop.\n";
    out.flush();

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return app.exec();
}
