#include "planapplier.h"

#include "platformclient.h"
#include "platformlogging.h"

#include <QTimer>

PlanApplier::PlanApplier(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PlanApplier::~PlanApplier()
{
    disconnectClient();
}

void PlanApplier::start(const ScalingPlan &plan)
{
    if (m_running)
        return;
    m_outcome = ApplyOutcome();
    m_outcome.actions = plan.actions;
    m_current = -1;
    m_running = true;
    m_cancelRequested = false;
    m_rereading = false;

    m_connections.append(
        connect(m_client, &PlatformClient::scaleFinished, this, &PlanApplier::onScaleFinished));
    m_connections.append(connect(m_client, &PlatformClient::inventoryFetched, this,
                                 [this](const Inventory &inventory) {
                                     if (!m_rereading)
                                         return;
                                     m_rereading = false;
                                     m_outcome.reread = true;
                                     m_outcome.after = inventory;
                                     finish();
                                 }));
    m_connections.append(
        connect(m_client, &PlatformClient::fetchFailed, this,
                [this](const PlatformError &error) { onFetchFailed(error.message); }));
    // Never from inside start(): the caller connects after calling it, too.
    QTimer::singleShot(0, this, &PlanApplier::startNext);
}

void PlanApplier::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void PlanApplier::startNext()
{
    if (!m_running)
        return;
    const qsizetype next = m_current + 1;
    if (m_cancelRequested && next < m_outcome.actions.size()) {
        m_outcome.cancelled = true;
        for (qsizetype i = next; i < m_outcome.actions.size(); ++i)
            m_outcome.notStarted.append(int(i));
        m_current = int(m_outcome.actions.size());
        reread();
        return;
    }
    if (next >= m_outcome.actions.size()) {
        reread();
        return;
    }
    m_current = int(next);
    const ScalingAction &action = m_outcome.actions.at(m_current);
    qCInfo(lcPlatform).noquote() << "plan: scaling" << action.application << action.service << "to"
                                 << action.instances;
    emit actionStarted(m_current);
    m_client->scaleService(action.application, action.service, action.instances);
}

void PlanApplier::onScaleFinished(const QString &application, const QString &service, bool accepted,
                                  const QString &message)
{
    if (!m_running || m_rereading || m_current < 0 || m_current >= m_outcome.actions.size())
        return;
    const ScalingAction &action = m_outcome.actions.at(m_current);
    if (action.application != application || action.service != service)
        return; // not ours
    if (accepted)
        m_outcome.applied.append(m_current);
    else
        m_outcome.refused.append({m_current, message});
    emit actionFinished(m_current, accepted, message);
    // The next action from the event loop, so that a slot of actionFinished may cancel.
    QTimer::singleShot(0, this, &PlanApplier::startNext);
}

void PlanApplier::onFetchFailed(const QString &message)
{
    if (!m_running)
        return;
    if (m_rereading) {
        m_rereading = false;
        m_outcome.rereadError = message;
        finish();
        return;
    }
    // scaleService reports every outcome but a cancel as scaleFinished: someone cancelled the
    // client under us. The action in flight is not known to be applied or not.
    if (m_current >= 0 && m_current < m_outcome.actions.size()) {
        m_outcome.refused.append({m_current, message});
        emit actionFinished(m_current, false, message);
    }
    m_cancelRequested = true;
    QTimer::singleShot(0, this, &PlanApplier::startNext);
}

void PlanApplier::reread()
{
    m_rereading = true;
    m_client->fetchInventory();
}

void PlanApplier::finish()
{
    m_running = false;
    disconnectClient();
    emit finished(m_outcome);
}

void PlanApplier::disconnectClient()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}
