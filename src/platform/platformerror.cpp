#include "platformerror.h"

using namespace Qt::StringLiterals;

PlatformError PlatformError::make(PlatformErrorKind kind, const QString &message, int httpStatus)
{
    PlatformError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
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
