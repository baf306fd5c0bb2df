#include "platformerrormapper.h"

#include "platformwire.h"
#include "requestlayer.h"

using namespace Qt::StringLiterals;

QString PlatformErrorMapper::afterRetries(int retries)
{
    if (retries <= 0)
        return {};
    return retries == 1 ? tr("(after 1 retry)") : tr("(after %n retries)", nullptr, retries);
}

bool PlatformErrorMapper::isFatal(PlatformErrorKind kind)
{
    return kind == PlatformErrorKind::Authentication || kind == PlatformErrorKind::Maintenance ||
           kind == PlatformErrorKind::Insecure || kind == PlatformErrorKind::Cancelled;
}

PlatformError PlatformErrorMapper::badData(const QString &what, const QString &problem)
{
    return PlatformError::make(
        PlatformErrorKind::BadData,
        tr("Unreadable answer from the platform to %1: %2").arg(what, problem));
}

PlatformError PlatformErrorMapper::fromTransport(const HttpResponse &response)
{
    PlatformErrorKind kind = PlatformErrorKind::Network;
    switch (response.error) {
    case HttpResponse::Error::None:
        kind = PlatformErrorKind::None;
        break;
    case HttpResponse::Error::Timeout:
    case HttpResponse::Error::Deadline:
        kind = PlatformErrorKind::Timeout;
        break;
    case HttpResponse::Error::TooLarge:
        kind = PlatformErrorKind::TooLarge;
        break;
    case HttpResponse::Error::Truncated:
        kind = PlatformErrorKind::BadData;
        break;
    case HttpResponse::Error::Insecure:
        kind = PlatformErrorKind::Insecure;
        break;
    case HttpResponse::Error::Redirect:
        kind = PlatformErrorKind::Refused;
        break;
    case HttpResponse::Error::Cancelled:
        kind = PlatformErrorKind::Cancelled;
        break;
    case HttpResponse::Error::Network:
    case HttpResponse::Error::Tls:
    case HttpResponse::Error::Proxy:
    case HttpResponse::Error::ProxyAuthentication:
    case HttpResponse::Error::InvalidUrl:
        kind = PlatformErrorKind::Network;
        break;
    }
    if (response.error == HttpResponse::Error::Network && !response.errorReason.isEmpty()) {
        QString message = tr("Could not reach the platform at %1: %2")
                              .arg(response.url.host(), response.errorReason);
        if (response.retries > 0)
            message += u' ' + afterRetries(response.retries);
        return PlatformError::make(kind, message, response.status);
    }
    return PlatformError::make(kind, response.errorMessage, response.status);
}

PlatformError PlatformErrorMapper::fromStatus(const HttpResponse &response, const QString &what)
{
    const int status = response.status;
    QString detail;
    if (const auto apiError = PlatformWire::readError(response.body); apiError.ok())
        detail = apiError->description.isEmpty() ? apiError->title : apiError->description;
    const QString suffix = detail.isEmpty() ? QString() : QString(u": "_s + detail);
    PlatformError e;
    switch (status) {
    case 418:
        e = PlatformError::make(
            PlatformErrorKind::Maintenance,
            tr("The platform API is in maintenance mode. Please try again later."), status);
        break;
    case 401:
        e = PlatformError::make(
            PlatformErrorKind::Authentication,
            tr("The platform did not accept the credentials (401)%1. Please sign in again.")
                .arg(suffix),
            status);
        break;
    case 403:
        e = PlatformError::make(
            PlatformErrorKind::Forbidden,
            tr("Access denied by the platform for %1 (403)%2.").arg(what, suffix), status);
        break;
    case 404:
        e = PlatformError::make(PlatformErrorKind::NotFound,
                                tr("Not found on the platform: %1 (404)%2.").arg(what, suffix),
                                status);
        break;
    case 429:
        e = PlatformError::make(PlatformErrorKind::RateLimited,
                                response.retryAfterSeconds >= 0
                                    ? tr("The platform is limiting requests (429): try again in "
                                         "%1 s.")
                                          .arg(response.retryAfterSeconds)
                                    : tr("The platform is limiting requests (429)%1.").arg(suffix),
                                status);
        break;
    case 400:
    case 405:
    case 409:
    case 415:
    case 422:
        e = PlatformError::make(
            PlatformErrorKind::Refused,
            tr("The platform refused %1 (%2)%3.").arg(what).arg(status).arg(suffix), status);
        break;
    default:
        if (status >= 500)
            e = PlatformError::make(PlatformErrorKind::Server,
                                    tr("The platform failed to answer %1 (HTTP %2)%3.")
                                        .arg(what)
                                        .arg(status)
                                        .arg(suffix),
                                    status);
        else
            e = PlatformError::make(PlatformErrorKind::Server,
                                    tr("Unexpected answer from the platform to %1 (HTTP %2)%3.")
                                        .arg(what)
                                        .arg(status)
                                        .arg(suffix),
                                    status);
        break;
    }
    e.retryAfterSeconds = qMax(0, response.retryAfterSeconds);
    if (response.retries > 0)
        e.message += u' ' + afterRetries(response.retries);
    return e;
}
