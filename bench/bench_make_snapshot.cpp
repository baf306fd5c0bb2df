// Writes a snapshot of a generated account with N services, for the offline-audit benchmark.
//   bench_make_snapshot N FILE
#include "inventorygenerator.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3 || args[1].toInt() <= 0) {
        err << "usage: bench_make_snapshot SERVICES FILE\n";
        return 2;
    }
    const Inventory inv = InventoryGenerator::generate(args[1].toInt());
    const Status written = Snapshot::write(inv, args[2]);
    if (!written) {
        err << written.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << args[2] << ": " << inv.applications.size() << " applications, "
                        << inv.serviceCount() << " services, " << inv.instanceCount()
                        << " instances, " << QFileInfo(args[2]).size() << " bytes\n";
    return 0;
}
