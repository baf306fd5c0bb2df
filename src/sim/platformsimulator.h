#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class SimModel;

// The reference platform (docs/api.md): serves the Platform API and the admin endpoints on one port
// and the Status API on another, both on 127.0.0.1, from a dataset loaded into SQLite. Used
// in-process by tests and by `scaling-advisor --demo`, and by the platform-sim executable.
class PlatformSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString datasetFile;          // a dataset file, or
        bool demo = false;            // the bundled demo dataset (:/sim/demo-dataset.json), or
        int generateApplications = 0; // a generated dataset of N applications
        quint32 seed = 1;
        QString databaseFile; // empty: temporary database
        quint16 port = 0;     // 0 = any free port
        quint16 statusPort = 0;
        int keepAliveMs = 5000; // empty keep-alive lines on open status streams
    };

    explicit PlatformSimulator(QObject *parent = nullptr);
    ~PlatformSimulator() override;

    Status start(const Options &options); // loads, then listens on 127.0.0.1 (both ports)
    QUrl apiUrl() const;                  // "http://127.0.0.1:P"
    QUrl statusUrl() const;               // "http://127.0.0.1:Q"
    QString adminToken() const;
    // {"api","status","admin_token","users":[{"username","role","api_key","password"}]}
    QJsonObject startupInfo() const;

    // The platform as it is now (for tests and the in-process demo).
    const SimModel &model() const;
    // Open streaming answers on the status port.
    int openStreams() const;

    static QString demoDatasetResource();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
