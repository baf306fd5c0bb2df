#pragma once

#include <QString>

enum class PlatformErrorKind
{
    None,
    Network,
    Timeout,
    Maintenance,
    Authentication,
    Forbidden,
    NotFound,
    RateLimited,
    Refused,
    BadData,
    TooLarge,
    Insecure,
    Server,
    Cancelled
};

// What went wrong talking to the platform, for a user and for the decision what to do next.
struct PlatformError
{
    PlatformErrorKind kind = PlatformErrorKind::None;
    int httpStatus = 0;
    QString
        message; // for a user: "The platform API is in maintenance mode. Please try again later."
    int retryAfterSeconds = 0;

    bool isError() const { return kind != PlatformErrorKind::None; }
    // "maintenance", "authentication", … (for logs and JSON).
    static QString kindName(PlatformErrorKind kind);
    static PlatformError make(PlatformErrorKind kind, const QString &message, int httpStatus = 0);
};
