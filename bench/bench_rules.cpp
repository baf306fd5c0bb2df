// Rules throughput: services audited per second on a large generated account.
//   bench_rules [SERVICES] [ROUNDS]
#include "inventorygenerator.h"
#include "rulesengine.h"
#include "zonesimulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int services = args.size() > 1 ? args[1].toInt() : 100'000;
    const int rounds = args.size() > 2 ? args[2].toInt() : 5;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const Inventory inv = InventoryGenerator::generate(services);
    out << "generated " << inv.serviceCount() << " services, " << inv.instanceCount()
        << " instances in " << timer.elapsed() << " ms\n";

    const RulesEngine engine;
    // Wall time and this process's CPU time: on a shared machine the CPU time is the steadier.
    qint64 best = std::numeric_limits<qint64>::max();
    std::clock_t bestCpu = std::numeric_limits<std::clock_t>::max();
    int findings = 0;
    for (int r = 0; r < rounds; ++r) {
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        const AuditReport report = engine.audit(inv);
        bestCpu = std::min(bestCpu, std::clock() - cpuStart);
        best = std::min(best, timer.nsecsElapsed());
        findings = int(report.findings.size());
        if (r == 0)
            out << "score " << report.summary.score << " grade " << report.summary.grade << ", "
                << findings << " findings\n";
    }
    const double seconds = double(best) / 1e9;
    out << "audit: best of " << rounds << " rounds " << QString::number(seconds * 1000, 'f', 1)
        << " ms = " << QString::number(services / seconds, 'f', 0) << " services/s\n";
    out << "audit CPU: " << QString::number(double(bestCpu) * 1000 / CLOCKS_PER_SEC, 'f', 1)
        << " ms = " << QString::number(services / (double(bestCpu) / CLOCKS_PER_SEC), 'f', 0)
        << " services/s\n";

    timer.restart();
    const SimulationResult sim =
        ZoneSimulation::fail(inv, FailureKind::Datacenter, u"Amazon-us-east-1a"_s);
    const double simSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "simulate datacenter (with the worst datacenter of every application): "
        << QString::number(simSeconds * 1000, 'f', 1)
        << " ms = " << QString::number(services / simSeconds, 'f', 0) << " services/s (" << sim.down
        << " applications down)\n";
    return 0;
}
