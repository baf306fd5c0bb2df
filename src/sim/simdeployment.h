#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One deployment of an application (POST /v1/me/applications/APP/deployments): every instance
// placed afresh. Kept in memory only; a restarted simulator starts without any.
struct SimDeployment
{
    int id = 0;       // 1, 2, … per application
    QString revision; // the revision deployed; empty when the request left it null
    bool clean = false;
    QDateTime createdAt;
};
using SimDeploymentList = QList<SimDeployment>;
