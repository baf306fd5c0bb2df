#pragma once

#include "simrequest.h"
#include "simresponse.h"

class SimModel;
class FaultInjector;
class TokenRegistry;

// The admin endpoints on the API port (loopback peers with the admin token only): set the status,
// post updates, fail and restore datacenters, inject faults, expire tokens, reset.
class AdminApi
{
public:
    AdminApi(SimModel *model, FaultInjector *faults, TokenRegistry *tokens);
    void setAdminToken(const QString &token) { m_token = token; }
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    SimResponse handle(const SimRequest &request);

private:
    SimResponse route(const SimRequest &request);

    SimModel *m_model;
    FaultInjector *m_faults;
    TokenRegistry *m_tokens;
    QString m_token;
    QString m_baseUrl;
};
