#pragma once

#include <QLatin1StringView>

// Every QSettings key the window and the command line share, spelled once. The window and the
// command line read the same settings file (organisation and application "scaling-advisor").
namespace SettingsKeys {

// The status feature.
inline constexpr QLatin1StringView statusUrl = QLatin1StringView("status/url");
inline constexpr QLatin1StringView statusKind =
    QLatin1StringView("status/kind"); // auto | native | statuspage
inline constexpr QLatin1StringView statusPollIntervalSeconds =
    QLatin1StringView("status/pollIntervalSeconds");
inline constexpr QLatin1StringView statusNotifications = QLatin1StringView("status/notifications");
inline constexpr QLatin1StringView statusFollowedComponents =
    QLatin1StringView("status/followedComponents");
inline constexpr QLatin1StringView statusMutedUntil = QLatin1StringView("status/mutedUntil");

// The window.
inline constexpr QLatin1StringView uiLanguage =
    QLatin1StringView("ui/language"); // "" = the system's
inline constexpr QLatin1StringView platformCliName = QLatin1StringView("platform/cliName");
inline constexpr QLatin1StringView accounts = QLatin1StringView("accounts"); // array group

// The command line.
inline constexpr QLatin1StringView cliLastLoginApi = QLatin1StringView("cli/lastLoginApi");
inline constexpr QLatin1StringView cliAccounts =
    QLatin1StringView("cli/accounts"); // + "/<encoded API URL>"
} // namespace SettingsKeys
