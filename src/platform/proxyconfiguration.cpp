#include "proxyconfiguration.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

using namespace Qt::StringLiterals;

namespace {

// The first non-empty of the lower-case and the upper-case spelling.
QString variable(const char *lower, const char *upper)
{
    const QString value = qEnvironmentVariable(lower).trimmed();
    return value.isEmpty() ? qEnvironmentVariable(upper).trimmed() : value;
}

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool entryMatches(QString entry, const QUrl &url)
{
    entry = entry.trimmed().toLower();
    if (entry.isEmpty())
        return false;
    if (entry == u"*"_s)
        return true;
    const QString host = url.host().toLower();

    // An optional port: "host:8080", "[::1]:8080"; a bare IPv6 address has several colons.
    int port = -1;
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return false;
        const QString rest = entry.mid(close + 1);
        if (rest.startsWith(u':'))
            port = rest.mid(1).toInt();
        entry = entry.mid(1, close - 1);
    } else if (entry.count(u':') == 1) {
        const qsizetype colon = entry.indexOf(u':');
        bool ok = false;
        port = entry.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        entry.truncate(colon);
    }
    if (port >= 0 && port != url.port(defaultPort(url)))
        return false;

    const QHostAddress address(host);
    if (entry.contains(u'/')) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        return !address.isNull() &&
               subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol &&
               address.isInSubnet(subnet);
    }
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return !address.isNull() && address.isEqual(entryAddress);

    if (entry.startsWith(u"*."_s))
        entry.remove(0, 2);
    else if (entry.startsWith(u'.'))
        entry.remove(0, 1);
    return host == entry || host.endsWith(u'.' + entry);
}

} // namespace

QString ProxyConfiguration::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        return u"manual"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

ProxyConfiguration::Mode ProxyConfiguration::modeFromName(const QString &name)
{
    if (name == u"none"_s)
        return Mode::None;
    if (name == u"manual"_s)
        return Mode::Manual;
    return Mode::System;
}

bool ProxyConfiguration::isBypassed(const QUrl &url, const QString &noProxy)
{
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : entries)
        if (entryMatches(entry, url))
            return true;
    return false;
}

QNetworkProxy ProxyConfiguration::parseProxyVariable(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url = text.contains(u"://"_s) ? QUrl(text) : QUrl(u"http://"_s + text);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy); // unreadable: leave it to Qt
    const QString scheme = url.scheme().toLower();
    const QNetworkProxy::ProxyType type =
        scheme.startsWith(u"socks"_s) ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    // curl's default port for a proxy given without one.
    QNetworkProxy proxy(type, url.host(), quint16(url.port(1080)));
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

QList<QNetworkProxy> ProxyConfiguration::fromEnvironment(const QUrl &url, bool *variableSet) const
{
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const QString value =
        https ? variable("https_proxy", "HTTPS_PROXY") : variable("http_proxy", "HTTP_PROXY");
    *variableSet = !value.isEmpty() || !variable("http_proxy", "HTTP_PROXY").isEmpty() ||
                   !variable("https_proxy", "HTTPS_PROXY").isEmpty();
    if (value.isEmpty() || isBypassed(url, variable("no_proxy", "NO_PROXY")))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QNetworkProxy proxy = parseProxyVariable(value);
    if (proxy.type() == QNetworkProxy::DefaultProxy)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {proxy};
}

QList<QNetworkProxy> ProxyConfiguration::proxiesFor(const QUrl &url) const
{
    switch (mode) {
    case Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case Mode::Manual: {
        if (host.trimmed().isEmpty() || port == 0)
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, host.trimmed(), port, user, password);
        return {proxy};
    }
    case Mode::System:
        break;
    }
    bool variableSet = false;
    const QList<QNetworkProxy> fromVariables = fromEnvironment(url, &variableSet);
    if (variableSet)
        return fromVariables;
    QList<QNetworkProxy> system =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    if (system.isEmpty())
        system.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return system;
}

QString ProxyConfiguration::describeProxyFor(const QUrl &url) const
{
    const QList<QNetworkProxy> proxies = proxiesFor(url);
    const QNetworkProxy &proxy = proxies.first();
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.hostName().isEmpty())
        return {};
    return proxy.hostName() + u':' + QString::number(proxy.port());
}
