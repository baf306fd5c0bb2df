#include "demoplatform.h"

#include "platformsimulator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DemoPlatform::DemoPlatform() = default;
DemoPlatform::~DemoPlatform() = default;

Status DemoPlatform::start()
{
    PlatformSimulator::Options options;
    options.demo = true;
    options.port = 0; // any free port, on 127.0.0.1 only
    options.statusPort = 0;
    m_simulator = std::make_unique<PlatformSimulator>();
    return m_simulator->start(options);
}

QUrl DemoPlatform::apiUrl() const
{
    return m_simulator ? m_simulator->apiUrl() : QUrl();
}

QUrl DemoPlatform::statusUrl() const
{
    return m_simulator ? m_simulator->statusUrl() : QUrl();
}

DemoPlatform::Account DemoPlatform::account(const QString &role) const
{
    if (!m_simulator)
        return {};
    const QJsonArray users = m_simulator->startupInfo().value("users"_L1).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject user = v.toObject();
        if (user.value("role"_L1).toString() == role)
            return {user.value("username"_L1).toString(), user.value("api_key"_L1).toString()};
    }
    return {};
}
