#pragma once

#include "dataset.h"
#include "result.h"
#include "simdeployment.h"
#include "simstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

// The platform being simulated: the dataset being served and every change to it (scaling, status
// posts, datacenter failures), written through to the SQLite store.
class SimModel : public QObject
{
    Q_OBJECT

public:
    explicit SimModel(QObject *parent = nullptr);

    // Fills the store (or reuses an existing --db when dataset is empty) and serves what it holds.
    Status open(const QString &databaseFile, const std::optional<Dataset> &dataset);
    const Dataset &data() const { return m_data; }
    const SimStore &store() const { return m_store; }

    const DatasetUser *userByApiKey(const QString &apiKey) const;
    const DatasetUser *userByPassword(const QString &username, const QString &password) const;
    const DatasetUser *user(const QString &username) const { return m_data.user(username); }
    const Application *application(const QString &username, const QString &app) const;
    const Service *service(const QString &username, const QString &app, const QString &svc) const;

    // Scaling, already checked against the platform's rules by the caller.
    Status setInstanceCount(const QString &username, const QString &app, const QString &svc,
                            int count);
    Status setReservedMemory(const QString &username, const QString &app, const QString &svc,
                             qint64 bytes);

    // A deployment: places every instance of the application afresh. Each service's instances are
    // spread round-robin over the platform's datacenters in their order (failed ones left out),
    // so that no two datacenters differ by more than one, each on a host of its own; every
    // instance comes up. Deterministic: the same application deploys to the same places.
    Result<SimDeployment> deploy(const QString &username, const QString &app,
                                 const QString &revision, bool clean);
    const SimDeploymentList deployments(const QString &username, const QString &app) const;
    // When the application's instances were last placed: its last deployment, else its creation.
    QDateTime placedAt(const QString &username, const QString &app) const;

    // A datacenter's instances go down (and come back up), with a post on the status feed.
    Status failDatacenter(const QString &name);
    Status restoreDatacenter(const QString &name);
    bool isFailed(const QString &datacenter) const { return m_failed.contains(datacenter); }
    bool hasDatacenter(const QString &name) const;

    // Posts an update: the id and time are assigned here.
    Result<StatusUpdate> postUpdate(StatusUpdate update);
    Status setStatus(const QString &indicator, const QString &description, bool outage);
    // Component status of a datacenter: operational, degraded_performance, partial_outage,
    // major_outage or under_maintenance.
    QString componentStatus(const QString &datacenter) const;
    // Incidents (their updates, newest first), newest incident first.
    QList<StatusUpdateList> incidents(bool unresolvedOnly) const;

    // Back to the dataset as loaded.
    Status reset();

Q_SIGNALS:
    void updatePosted(const StatusUpdate &update);
    void statusChanged();

private:
    // Applies `change` to every instance in the datacenter (its key and the instance); saves each
    // service where it returned true.
    Status changeInstancesIn(const QString &datacenter,
                             const std::function<bool(const QString &, Instance &)> &change);
    Status postDatacenterUpdate(const QString &datacenter, const QString &incidentStatus,
                                const QString &body);
    Service *mutableService(const QString &username, const QString &app, const QString &svc);
    // Where each application is ("user\napp" -> user and application index): requests name
    // applications, and accounts may hold thousands. Applications are never added or removed.
    void indexApplications();
    Status touchStatus();

    SimStore m_store;
    Dataset m_initial;
    Dataset m_data;
    QHash<QString, std::pair<int, int>> m_appIndex;
    QSet<QString> m_failed;
    // Instances put down by a datacenter failure ("user\napp\nsvc\nid"), brought back on restore.
    QSet<QString> m_downedByFailure;
    QHash<QString, SimDeploymentList> m_deployments; // "user\napp"
};
