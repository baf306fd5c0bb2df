// platform-sim: the reference platform as a program. Thin: parses the command line and runs
// PlatformSimulator until interrupted.
#include "platformsimulator.h"

#include <QCommandLineParser>
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"platform-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The reference platform: serves the Platform API and the Status API on 127.0.0.1 "
        "from a dataset, backed by SQLite. The first line printed is one JSON object with the "
        "URLs, the admin token and the users."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataset(u"dataset"_s, u"Serve the dataset FILE."_s, u"FILE"_s);
    const QCommandLineOption db(u"db"_s,
                                u"Keep the database in FILE between runs (reused when no dataset "
                                "is given)."_s,
                                u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s, u"Serve the bundled demo dataset."_s);
    const QCommandLineOption generate(u"generate"_s,
                                      u"Serve a generated dataset of N applications."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated dataset (default 1)."_s,
                                  u"S"_s, u"1"_s);
    const QCommandLineOption port(u"port"_s, u"Platform API port (0 = any free port)."_s, u"PORT"_s,
                                  u"0"_s);
    const QCommandLineOption statusPort(u"status-port"_s, u"Status API port (0 = any free port)."_s,
                                        u"PORT"_s, u"0"_s);
    parser.addOptions({dataset, db, demo, generate, seed, port, statusPort});
    parser.process(app);

    QTextStream err(stderr);
    auto usage = [&err](const QString &message) {
        err << "platform-sim: " << message << '\n';
        err.flush();
        return 2;
    };
    PlatformSimulator::Options options;
    options.datasetFile = parser.value(dataset);
    options.databaseFile = parser.value(db);
    options.demo = parser.isSet(demo);
    bool ok = true;
    if (parser.isSet(generate)) {
        options.generateApplications = parser.value(generate).toInt(&ok);
        if (!ok || options.generateApplications < 1)
            return usage(u"--generate needs a positive number of applications"_s);
    }
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usage(u"--seed needs a number"_s);
    options.port = parser.value(port).toUShort(&ok);
    if (!ok)
        return usage(u"--port needs a port number"_s);
    options.statusPort = parser.value(statusPort).toUShort(&ok);
    if (!ok)
        return usage(u"--status-port needs a port number"_s);
    const int sources = int(!options.datasetFile.isEmpty()) + int(options.demo) +
                        int(options.generateApplications > 0);
    if (sources > 1)
        return usage(u"give only one of --dataset, --demo and --generate"_s);
    if (sources == 0 && options.databaseFile.isEmpty())
        return usage(u"give --dataset FILE, --demo, --generate N or an existing --db FILE"_s);

    PlatformSimulator simulator;
    const Status started = simulator.start(options);
    if (!started) {
        err << "platform-sim: " << started.error() << '\n';
        err.flush();
        return 1;
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
