#include "inventoryloader.h"

#include "guilogging.h"
#include "snapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

// Lives in the loader's thread; runs one job per queued call and hands the result back through
// its signal, which reaches the loader as a queued call in the loader's own thread.
class InventoryLoadWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void done(const InventoryLoadResult &result);
};

} // namespace

InventoryLoader::InventoryLoader(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("InventoryLoader"));
    auto *worker = new InventoryLoadWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &InventoryLoadWorker::done, this, &InventoryLoader::onWorkerDone,
            Qt::QueuedConnection);
    m_worker = worker;
    m_thread.start();
}

InventoryLoader::~InventoryLoader()
{
    // A job that is running finishes (its result goes nowhere); the queued ones are skipped.
    m_wanted->store(0);
    m_thread.quit();
    m_thread.wait();
}

quint64 InventoryLoader::load(InventoryLoadJob job)
{
    job.id = ++m_lastId;
    m_pending = job.id;
    m_wanted->store(job.id);
    auto *worker = static_cast<InventoryLoadWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [worker, wanted = m_wanted, job = std::move(job)] {
            if (wanted->load() != job.id) {
                // Overtaken before it started: an empty result, dropped like any older one.
                InventoryLoadResult skipped;
                skipped.id = job.id;
                emit worker->done(skipped);
                return;
            }
            emit worker->done(InventoryLoader::run(job));
        },
        Qt::QueuedConnection);
    return m_pending;
}

void InventoryLoader::discardPending()
{
    m_pending = 0;
    m_wanted->store(0);
}

void InventoryLoader::onWorkerDone(const InventoryLoadResult &result)
{
    const bool latest = result.id == m_pending && m_pending != 0;
    emit resultArrived(result.id, latest);
    if (!latest)
        return; // superseded by a newer request, or discarded
    m_pending = 0;
    emit loaded(result);
}

InventoryLoadResult InventoryLoader::run(const InventoryLoadJob &job)
{
    InventoryLoadResult result;
    result.id = job.id;
    result.origin = job.origin;
    result.snapshotPath = job.snapshotPath;
    QElapsedTimer phase; // the steps' times, for QT_LOGGING_RULES="advisor.gui.timing=true"
    phase.start();
    if (job.snapshotPath.isEmpty()) {
        result.inventory = job.inventory;
    } else {
        Result<Inventory> read = Snapshot::read(job.snapshotPath);
        if (!read.ok()) {
            result.error = read.error();
            return result;
        }
        result.inventory = read.value();
    }
    result.inventory.indexApplications(); // here, not on the window's thread
    qCDebug(lcGuiTiming) << "read" << phase.restart() << "ms";
    if (!job.cachePath.isEmpty()) {
        QDir().mkpath(QFileInfo(job.cachePath).absolutePath());
        const Status written = Snapshot::write(result.inventory, job.cachePath);
        if (!written.ok())
            result.cacheError = written.error();
    }
    static const RulesEngine engine;
    qCDebug(lcGuiTiming) << "cache" << phase.restart() << "ms";
    result.audit = engine.audit(result.inventory, job.options);
    qCDebug(lcGuiTiming) << "audit" << phase.restart() << "ms";
    result.views = PreparedViews::of(result.inventory, result.audit.findings);
    qCDebug(lcGuiTiming) << "views" << phase.restart() << "ms";
    result.ok = true;
    return result;
}

#include "inventoryloader.moc"
