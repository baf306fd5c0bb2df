#pragma once

#include "inventory.h"
#include "scalingplan.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

class PlatformClient;

// How carrying out a plan ended: which actions the platform applied, which it refused (or that
// failed on the way, with the reason), which were never started (after a cancel), and the
// account as it was re-read afterwards.
struct ApplyOutcome
{
    struct Refusal
    {
        int index = -1;  // into ScalingPlan::actions
        QString message; // the platform's reason, as it gave it (remote text)
    };

    QList<ScalingAction> actions; // the plan's actions, for the indexes below
    QList<int> applied;
    QList<Refusal> refused;
    QList<int> notStarted;
    bool cancelled = false;

    bool reread = false; // the account was read again after the last action
    Inventory after;     // when reread
    QString rereadError; // otherwise, why not

    bool allApplied() const { return refused.isEmpty() && notStarted.isEmpty(); }
};

// Carries a scaling plan out through a PlatformClient, one action at a time, as the platform CLI
// does (PlatformClient::scaleService: the change of instances, then a deployment). An action the
// platform refuses is reported with its reason and the rest goes on; cancel() lets the action in
// flight finish (it cannot be half undone) and starts no other. After the last action the
// account is read again, so that before → after can be measured by a fresh audit.
//
// The client is not owned and must outlive the applier; while a plan runs, nothing else may use
// it. Signals are never emitted from inside start().
class PlanApplier : public QObject
{
    Q_OBJECT

public:
    explicit PlanApplier(PlatformClient *client, QObject *parent = nullptr);
    ~PlanApplier() override;

    void start(const ScalingPlan &plan);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void actionStarted(int index);
    void actionFinished(int index, bool ok, const QString &message);
    void finished(const ApplyOutcome &outcome);

private:
    void startNext();
    void onScaleFinished(const QString &application, const QString &service, bool accepted,
                         const QString &message);
    void onFetchFailed(const QString &message);
    void reread();
    void finish();
    void disconnectClient();

    PlatformClient *m_client;
    ApplyOutcome m_outcome;
    int m_current = -1;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_rereading = false;
    QList<QMetaObject::Connection> m_connections;
};

Q_DECLARE_METATYPE(ApplyOutcome)
