// The in-process equivalent of `scaling-advisor audit --snapshot FILE --format json`: read the
// snapshot, audit it, write the report to stdout. Exit codes as the CLI's (0, 1, 3).
//   bench_offline_audit FILE [text|json|csv|markdown|html]
// With SA_BENCH_PHASES=1 in the environment, the time and resident memory after each phase go
// to stderr.
#include "reportwriter.h"
#include "rulesengine.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace {

long residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    ReportFormat format = ReportFormat::Json;
    if (args.size() < 2 || args.size() > 3 ||
        (args.size() == 3 && !reportFormatFromName(args[2], &format))) {
        QTextStream(stderr)
            << "usage: bench_offline_audit SNAPSHOT [text|json|csv|markdown|html]\n";
        return 2;
    }
    const bool phases = qEnvironmentVariableIntValue("SA_BENCH_PHASES") == 1;
    QElapsedTimer timer;
    timer.start();
    auto phase = [&](const char *name) {
        if (phases)
            QTextStream(stderr) << name << ": " << timer.restart() << " ms, resident "
                                << residentMegabytes() << " MB\n";
    };
    const auto inv = Snapshot::read(args[1]);
    if (!inv) {
        QTextStream(stderr) << inv.error() << '\n';
        return 1;
    }
    phase("read snapshot");
    const AuditReport report = RulesEngine().audit(*inv);
    phase("audit");
    const QByteArray bytes = ReportWriter::write(format, *inv, report);
    phase("report");
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return 1;
    out.close();
    phase("write");
    return report.summary.danger > 0 ? 3 : 0;
}
