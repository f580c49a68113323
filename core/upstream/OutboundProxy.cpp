#include "upstream/OutboundProxy.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString envEither(const QProcessEnvironment &env, const QString &upper)
{
    const QString lower = upper.toLower();
    // curl prefers the lower-case spelling; so do we.
    return env.contains(lower) ? env.value(lower) : env.value(upper);
}

bool isLocalhostOrLoopbackAddress(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isLoopbackHost(const QString &host)
{
    return isLocalhostOrLoopbackAddress(host) || host.endsWith(u".localhost"_s, Qt::CaseInsensitive);
}

// Qt's own rule: its application-wide proxy settings never apply to these hosts.
bool qtNeverProxies(const QString &host)
{
    return isLocalhostOrLoopbackAddress(host) || host.startsWith(u"localhost."_s, Qt::CaseInsensitive);
}

bool applicationProxyIsNone()
{
    return !QNetworkProxyFactory::usesSystemConfiguration()
            && QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy;
}

// A direct connection. For plain HTTP, ask for it as "the application's proxy" (DefaultProxy)
// where that is sure to mean none: QNetworkAccessManager then gives the connection a buffered
// socket, while with NoProxy it reads the status line and every header byte with its own
// read() call, about 160 system calls per response, half of its thread's time, and on Qt 6.4
// with the plain Unix event loop it even reconnects after every reply. The socket resolves
// DefaultProxy through Qt's global settings: "direct" for loopback hosts always, and for
// every host once disableApplicationProxy() ran.
QNetworkProxy direct(const QUrl &url)
{
    if (url.scheme() == u"http"_s && (qtNeverProxies(url.host()) || applicationProxyIsNone()))
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace

OutboundProxyFactory::OutboundProxyFactory(const QString &setting,
                                           const QProcessEnvironment &environment)
    : m_setting(setting.trimmed())
    , m_httpsProxy(envEither(environment, u"HTTPS_PROXY"_s))
    , m_httpProxy(envEither(environment, u"HTTP_PROXY"_s))
    , m_allProxy(envEither(environment, u"ALL_PROXY"_s))
    , m_noProxy(envEither(environment, u"NO_PROXY"_s))
{
}

void OutboundProxyFactory::disableApplicationProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

QNetworkProxy OutboundProxyFactory::fromUrl(const QString &text)
{
    QString withScheme = text.trimmed();
    if (!withScheme.contains(u"://"_s))
        withScheme.prepend(u"http://"_s);
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 8080;
    if (scheme.startsWith(u"socks5"_s)) {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme != u"http"_s && scheme != u"https"_s) {
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(),
                        url.password());
    return proxy;
}

bool OutboundProxyFactory::matchesNoProxy(const QString &noProxy, const QString &host, int port)
{
    const QString target = host.toLower();
    const QHostAddress targetAddress(target);
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*"_s)
            return true;
        // An optional ":port" applies the rule to that port only (not for IPv6 literals).
        if (const qsizetype colon = entry.lastIndexOf(u':');
            colon > 0 && !entry.contains(u'/') && entry.count(u':') == 1) {
            bool ok = false;
            const int entryPort = entry.mid(colon + 1).toInt(&ok);
            if (ok && entryPort != port)
                continue;
            entry.truncate(colon);
        }
        if (entry.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (!targetAddress.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
                && targetAddress.isInSubnet(subnet))
                return true;
            continue;
        }
        if (entry.startsWith(u"*."_s))
            entry = entry.mid(1);
        if (entry.startsWith(u'.')) {
            if (target.endsWith(entry) || target == entry.mid(1))
                return true;
        } else if (target == entry || target.endsWith(u'.' + entry)) {
            return true;
        }
    }
    return false;
}

QList<QNetworkProxy> OutboundProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString host = url.host();
    if (isLoopbackHost(host) || m_setting.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return { direct(url) };
    if (!m_setting.isEmpty() && m_setting.compare(u"system"_s, Qt::CaseInsensitive) != 0)
        return { fromUrl(m_setting) };

    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    if (matchesNoProxy(m_noProxy, host, port))
        return { direct(url) };
    QString chosen = url.scheme() == u"https"_s ? m_httpsProxy : m_httpProxy;
    if (chosen.isEmpty())
        chosen = m_allProxy;
    if (!chosen.isEmpty())
        return { fromUrl(chosen) };
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace mygpt
