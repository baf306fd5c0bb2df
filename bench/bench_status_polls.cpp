// Status poll soak: the native status client polls an unchanging status service (the in-process
// simulator) many times. Prints the client's memory growth and the bytes an unchanged poll costs.
//   bench_status_polls [POLLS]     (default 10000)
#include "platformsimulator.h"
#include "statusclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"advisor.*=false"_s);
    const int polls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    PlatformSimulator simulator;
    PlatformSimulator::Options options;
    options.demo = true;
    if (const Status started = simulator.start(options); !started) {
        QTextStream(stderr) << started.error() << '\n';
        return 1;
    }
    StatusClient client;
    client.setStreamingEnabled(false); // polls only: the stream would hide them
    client.setUrl(simulator.statusUrl(), StatusClient::Kind::Native);
    auto pollOnce = [&client] {
        QSignalSpy finished(&client, &StatusClient::pollFinished);
        client.pollNow();
        if (finished.isEmpty())
            finished.wait(10000);
    };

    for (int i = 0; i < 200; ++i) // warm up: first answers, caches, allocator
        pollOnce();
    const qint64 before = residentKb();
    const StatusClient::Stats start = client.stats();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < polls; ++i)
        pollOnce();
    const qint64 elapsedMs = timer.elapsed();
    const qint64 after = residentKb();
    const StatusClient::Stats end = client.stats();

    const qint64 bytes = end.bytesReceived - start.bytesReceived;
    QTextStream out(stdout);
    out << u"requests %1, of which 304 %2"_s.arg(end.requests - start.requests)
               .arg(end.notModified - start.notModified)
        << '\n';
    out << u"%1 polls: %2 ms/poll, %3 bytes/poll, client memory %4 -> %5 kB (%6 kB, target "
           "< 1024 kB)"_s.arg(polls)
               .arg(double(elapsedMs) / polls, 0, 'f', 3)
               .arg(double(bytes) / polls, 0, 'f', 0)
               .arg(before)
               .arg(after)
               .arg(after - before, 0, 10)
        << '\n';
    return 0;
}
