#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

// Which proxy a request goes through.
//
// System: the conventional variables of command-line tools first — https_proxy for https URLs,
// http_proxy for http URLs (either spelling case), minus the hosts no_proxy names — and, when
// neither is set, the desktop's own configuration (QNetworkProxyFactory::systemProxyForQuery).
// Qt alone reads http_proxy only on Linux and ignores no_proxy, hence this class.
// None: always direct. Manual: one HTTP proxy for everything, with an optional user (its password
// is kept in the keychain, never in the settings).
//
// Through an HTTP proxy, https:// goes through a CONNECT tunnel and plain http:// is sent to the
// proxy in the absolute form (QNetworkProxy::HttpProxy does both).
class ProxyConfiguration
{
public:
    enum class Mode
    {
        System,
        None,
        Manual
    };

    Mode mode = Mode::System;
    QString host; // Manual
    quint16 port = 0;
    QString user;
    QString password; // in memory only: loaded from the keychain by whoever builds this

    static QString modeName(Mode mode);            // "system", "none", "manual" (settings values)
    static Mode modeFromName(const QString &name); // anything unknown → System

    // The proxies to try for this URL, in order (a single NoProxy entry means direct).
    QList<QNetworkProxy> proxiesFor(const QUrl &url) const;
    // "proxy.example.com:3128" (for messages), or empty when the URL goes direct.
    QString describeProxyFor(const QUrl &url) const;

    // no_proxy matching as curl does it: a comma-separated list of host names (matching the name
    // and every subdomain; a leading "." or "*." is allowed), IP addresses, CIDR ranges, an
    // optional ":port" per entry, and "*" for every host.
    static bool isBypassed(const QUrl &url, const QString &noProxy);
    // A proxy variable's value: "http://user:pass@host:port", "host:port", "socks5://host:port".
    static QNetworkProxy parseProxyVariable(const QString &value);

    friend bool operator==(const ProxyConfiguration &a, const ProxyConfiguration &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port && a.user == b.user &&
               a.password == b.password;
    }
    friend bool operator!=(const ProxyConfiguration &a, const ProxyConfiguration &b)
    {
        return !(a == b);
    }

private:
    QList<QNetworkProxy> fromEnvironment(const QUrl &url, bool *variableSet) const;
};
