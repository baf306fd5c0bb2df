// The in-process equivalent of `scaling-advisor audit --snapshot FILE --format json`: read the
// snapshot, audit it, write the JSON report to stdout. Exit codes as the CLI's (0, 1, 3).
//   bench_offline_audit FILE [text|json|csv|markdown|html]
#include "reportwriter.h"
#include "rulesengine.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

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
    const auto inv = Snapshot::read(args[1]);
    if (!inv) {
        QTextStream(stderr) << inv.error() << '\n';
        return 1;
    }
    const AuditReport report = RulesEngine().audit(*inv);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(ReportWriter::write(format, *inv, report));
    return report.summary.danger > 0 ? 3 : 0;
}
