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
inline constexpr QLatin1StringView statusFollowedFeeds =
    QLatin1StringView("status/followedFeeds"); // other status pages and feeds shown beside

// The window.
inline constexpr QLatin1StringView uiLanguage =
    QLatin1StringView("ui/language"); // "" = the system's
inline constexpr QLatin1StringView platformCliName = QLatin1StringView("platform/cliName");
inline constexpr QLatin1StringView accounts = QLatin1StringView("accounts"); // array group
inline constexpr QLatin1StringView currentAccount = QLatin1StringView("currentAccount");
inline constexpr QLatin1StringView inventoryRefreshMinutes =
    QLatin1StringView("inventory/refreshMinutes"); // 0 = never

// The network (both clients).
inline constexpr QLatin1StringView networkProxyMode =
    QLatin1StringView("network/proxyMode"); // system | none | manual
inline constexpr QLatin1StringView networkProxyHost = QLatin1StringView("network/proxyHost");
inline constexpr QLatin1StringView networkProxyPort = QLatin1StringView("network/proxyPort");
inline constexpr QLatin1StringView networkProxyUser = QLatin1StringView("network/proxyUser");
inline constexpr QLatin1StringView networkCaFile = QLatin1StringView("network/caFile");
// Not a setting: the keychain entry of the proxy's password.
inline constexpr QLatin1StringView networkProxyPasswordSecret = QLatin1StringView("network/proxy");

// The command line.
inline constexpr QLatin1StringView cliLastLoginApi = QLatin1StringView("cli/lastLoginApi");
inline constexpr QLatin1StringView cliAccounts =
    QLatin1StringView("cli/accounts"); // + "/<encoded API URL>"
inline constexpr QLatin1StringView cliLastUser =
    QLatin1StringView("cli/lastUser"); // + "/<encoded API URL>"
} // namespace SettingsKeys
