#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QJsonObject>

class SimModel;
struct StatusUpdate;

// The Status API (docs/design.md §3) on its own port: the status, the feed of updates (also as a
// stream of JSON lines), ETag/304, and the same data as an Atlassian Statuspage v2 page.
class StatusApi
{
public:
    explicit StatusApi(SimModel *model);
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    SimResponse handle(const SimRequest &request) const;

    // {outage, indicator, description, updated_at, components}
    QJsonObject statusJson() const;
    static QJsonObject updateJson(const StatusUpdate &update);
    // One line of the stream for a new update.
    static QByteArray streamLine(const StatusUpdate &update);

private:
    SimResponse route(const SimRequest &request) const;
    SimResponse statuspage(const SimRequest &request) const;
    QJsonObject pageJson() const;
    QJsonArray componentsJson() const;
    QJsonObject incidentJson(const QList<StatusUpdate> &updates) const;
    QJsonArray maintenancesJson(bool upcoming, bool active) const;

    SimModel *m_model;
    QString m_baseUrl;
};
