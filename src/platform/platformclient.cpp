#include "platformclient.h"

using namespace Qt::StringLiterals;

bool PlatformCredentials::isEmpty() const
{
    return apiKey.isEmpty() && username.isEmpty() && password.isEmpty() && accessToken.isEmpty() &&
           refreshToken.isEmpty();
}

QString PlatformError::kindName(PlatformErrorKind kind)
{
    switch (kind) {
    case PlatformErrorKind::None:
        return u"none"_s;
    case PlatformErrorKind::Network:
        return u"network"_s;
    case PlatformErrorKind::Timeout:
        return u"timeout"_s;
    case PlatformErrorKind::Maintenance:
        return u"maintenance"_s;
    case PlatformErrorKind::Authentication:
        return u"authentication"_s;
    case PlatformErrorKind::Forbidden:
        return u"forbidden"_s;
    case PlatformErrorKind::NotFound:
        return u"not-found"_s;
    case PlatformErrorKind::RateLimited:
        return u"rate-limited"_s;
    case PlatformErrorKind::Refused:
        return u"refused"_s;
    case PlatformErrorKind::BadData:
        return u"bad-data"_s;
    case PlatformErrorKind::TooLarge:
        return u"too-large"_s;
    case PlatformErrorKind::Insecure:
        return u"insecure"_s;
    case PlatformErrorKind::Server:
        return u"server"_s;
    case PlatformErrorKind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

// Placeholder until the implementation lands: every operation fails.
class PlatformClientPrivate
{
public:
    PlatformClientOptions options;
    PlatformCredentials credentials;
    PlatformError lastError;
};

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PlatformClientPrivate>())
{}

PlatformClient::~PlatformClient() = default;

void PlatformClient::setOptions(const PlatformClientOptions &options)
{
    d->options = options;
}
PlatformClientOptions PlatformClient::options() const
{
    return d->options;
}
void PlatformClient::setCredentials(const PlatformCredentials &credentials)
{
    d->credentials = credentials;
}
PlatformCredentials PlatformClient::credentials() const
{
    return d->credentials;
}
void PlatformClient::signIn()
{
    emit fetchFailed({PlatformErrorKind::Network, 0, u"not implemented"_s, 0});
}
void PlatformClient::fetchInventory()
{
    emit fetchFailed({PlatformErrorKind::Network, 0, u"not implemented"_s, 0});
}
void PlatformClient::fetchService(const QString &, const QString &)
{
    emit fetchFailed({PlatformErrorKind::Network, 0, u"not implemented"_s, 0});
}
void PlatformClient::scaleService(const QString &, const QString &, int)
{
    emit fetchFailed({PlatformErrorKind::Network, 0, u"not implemented"_s, 0});
}
void PlatformClient::cancel() {}
bool PlatformClient::isBusy() const
{
    return false;
}
PlatformError PlatformClient::lastError() const
{
    return d->lastError;
}
Result<Inventory> PlatformClient::fetchInventoryAndWait()
{
    return Result<Inventory>::failure(u"not implemented"_s);
}
Result<User> PlatformClient::signInAndWait()
{
    return Result<User>::failure(u"not implemented"_s);
}
