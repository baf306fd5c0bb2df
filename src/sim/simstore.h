#pragma once

#include "dataset.h"
#include "result.h"

#include <QString>

#include <optional>

class QSqlDatabase;

// The simulator's SQLite database: holds the dataset being served and every change made to it
// (scaling, status posts, datacenter failures), so that a --db file carries them across runs.
// Each store has its own connection name, so several simulators can live in one process.
class SimStore
{
public:
    SimStore();
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    // Opens the database: `databaseFile` empty means a private in-memory database. With a
    // dataset, the database is filled with it; a file is written aside first and swapped in only
    // once complete, so a failure leaves an existing file untouched. Without a dataset, an
    // existing file is reused.
    Status open(const QString &databaseFile, const std::optional<Dataset> &dataset);
    bool isOpen() const { return m_open; }
    QString databaseFile() const { return m_file; }

    // Everything the database holds.
    Result<Dataset> load() const;
    // Replaces everything (reset).
    Status replaceAll(const Dataset &dataset);
    // Writes one service (its memory and instances) after a change.
    Status saveService(const QString &username, const QString &application, const Service &service);
    // Writes the status (indicator, description, outage) and its updates.
    Status saveStatus(const PlatformStatus &status);

private:
    static Status writeAll(QSqlDatabase &db, const Dataset &dataset);
    static Status createSchema(QSqlDatabase &db);
    static Status writeStatus(QSqlDatabase &db, const PlatformStatus &status);
    static Status writeInstances(QSqlDatabase &db, const QString &username,
                                 const QString &application, const Service &service);
    QSqlDatabase database() const;
    Status openConnection(const QString &connection, const QString &file);

    QString m_connection;
    QString m_file;
    bool m_open = false;
};
