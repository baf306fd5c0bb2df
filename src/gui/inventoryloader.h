#pragma once

#include "dataage.h"
#include "inventory.h"
#include "preparedviews.h"
#include "rulesengine.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

// What the loader is asked to do: read a snapshot file (or take the inventory given), optionally
// write it to a cache file, and audit it. Everything in it is a value (implicitly shared), so the
// worker thread works on its own copy.
struct InventoryLoadJob
{
    quint64 id = 0;
    QString snapshotPath; // read this file; empty: audit `inventory`
    Inventory inventory;
    QString cachePath; // after reading, write the inventory here (empty: do not)
    AuditOptions options;
    DataAge::Origin origin = DataAge::Origin::None;
};

struct InventoryLoadResult
{
    quint64 id = 0;
    bool ok = false;
    QString error;        // the snapshot could not be read
    QString cacheError;   // the cache could not be written (the data is still good)
    QString snapshotPath; // as asked
    Inventory inventory;
    AuditReport audit;
    PreparedViews views; // the window's models of `inventory` and `audit`
    DataAge::Origin origin = DataAge::Origin::None;
};

// Reads and audits inventories, and prepares the window's models of them, on a thread of its own,
// so that the window stays responsive (and paints at once) while a large account is read. Each
// load() supersedes the ones before it: only the result of the latest request is delivered, through
// the queued signal `loaded` in the thread that owns the loader.
class InventoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit InventoryLoader(QObject *parent = nullptr);
    ~InventoryLoader() override;

    // Starts a job (its id is set here) and returns its id.
    quint64 load(InventoryLoadJob job);
    // Forgets the pending job, if any: its result is dropped when it arrives.
    void discardPending();
    bool isBusy() const { return m_pending != 0; }

signals:
    // The latest request's result; older ones are never emitted.
    void loaded(const InventoryLoadResult &result);
    // Every result that arrives, the dropped ones included (for tests and diagnostics).
    void resultArrived(quint64 id, bool delivered);

private:
    // The work itself, as the thread runs it.
    static InventoryLoadResult run(const InventoryLoadJob &job);
    void onWorkerDone(const InventoryLoadResult &result);

    QThread m_thread;
    QObject *m_worker = nullptr; // an InventoryLoadWorker, living in m_thread
    quint64 m_lastId = 0;
    quint64 m_pending = 0;
    // The job worth running, read by the worker thread: a job overtaken before it starts is
    // skipped instead of read and audited for nothing.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
};
