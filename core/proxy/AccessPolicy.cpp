#include "proxy/AccessPolicy.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

const QStringList loopbackOrigins { u"http://localhost:*"_s,  u"https://localhost:*"_s,
                                    u"http://127.0.0.1:*"_s,  u"https://127.0.0.1:*"_s,
                                    u"http://[::1]:*"_s,      u"https://[::1]:*"_s };

bool headerAllowed(QByteArrayView name)
{
    static const char *const exact[] = { "authorization", "content-type", "accept",
                                         "accept-language", "cache-control", "pragma",
                                         "x-requested-with", "user-agent", "x-api-key" };
    for (const char *candidate : exact) {
        if (name.compare(QByteArrayView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    const QByteArray lower = name.toByteArray().toLower();
    return lower.startsWith("openai-") || lower.startsWith("x-stainless-");
}

// Splits "name:port", "[v6]:port" or "name" and returns the lower-case name.
QString hostWithoutPort(QByteArrayView hostHeader)
{
    QString host = QString::fromLatin1(hostHeader).trimmed().toLower();
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        return close < 0 ? QString() : host.mid(1, close - 1);
    }
    if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0 && host.count(u':') == 1)
        host.truncate(colon);
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

} // namespace

AccessPolicy::AccessPolicy(const ProxyConfig &config, quint16 listeningPort)
    : m_origins(config.allowedOrigins.isEmpty() ? loopbackOrigins : config.allowedOrigins)
    , m_accessKey(config.accessKey.reveal())
{
    const QByteArray port = QByteArray::number(listeningPort);
    m_usualHostHeaders = { "127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port };
    m_hostNames = { u"localhost"_s, u"127.0.0.1"_s, u"::1"_s };
    const QString configured = config.host.toLower();
    if (!m_hostNames.contains(configured))
        m_hostNames.append(configured);
    const QHostAddress bound(config.host);
    if (bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6
        || bound == QHostAddress::Any) {
        // A wildcard bind answers on every interface, under the machine's name too.
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            m_hostNames.append(address.toString().section(u'%', 0, 0).toLower());
        m_hostNames.append(QHostInfo::localHostName().toLower());
        m_hostNames.append(QHostInfo::localHostName().toLower() + u".local"_s);
    }
    // The access key already guards a network-facing bind; names there can't be enumerated.
    m_anyHost = !m_accessKey.isEmpty() && !config.isLoopbackHost();
}

bool AccessPolicy::hostAllowed(QByteArrayView hostHeader) const
{
    if (m_anyHost)
        return true;
    // What local clients actually send, compared as bytes before any parsing.
    for (const QByteArray &usual : m_usualHostHeaders) {
        if (hostHeader == usual)
            return true;
    }
    const QString host = hostWithoutPort(hostHeader);
    if (host.isEmpty())
        return false;
    if (host.endsWith(u".localhost"_s))
        return true;
    if (m_hostNames.contains(host))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool AccessPolicy::originMatches(const QString &pattern, const QString &origin)
{
    if (pattern == u"*"_s)
        return true;
    const QString p = pattern.toLower();
    const QString o = origin.toLower();
    if (p.endsWith(u":*"_s)) {
        const QString prefix = p.chopped(2);
        if (o == prefix)
            return true; // default port
        if (!o.startsWith(prefix + u':'))
            return false;
        const QString port = o.mid(prefix.size() + 1);
        bool ok = false;
        const int n = port.toInt(&ok);
        return ok && n > 0 && n < 65536 && !port.startsWith(u'+');
    }
    return p == o;
}

AccessPolicy::Origin AccessPolicy::checkOrigin(QByteArrayView origin) const
{
    if (origin.isEmpty())
        return Origin::Absent;
    const QString text = QString::fromLatin1(origin).trimmed();
    for (const QString &pattern : m_origins) {
        if (originMatches(pattern, text))
            return Origin::Allowed;
    }
    return Origin::Denied;
}

bool AccessPolicy::accessKeyAccepted(QByteArrayView authorization) const
{
    if (m_accessKey.isEmpty())
        return true;
    QByteArrayView token = authorization.trimmed();
    if (token.size() < 7 || token.first(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return false; // the scheme is not secret; only the key comparison must be constant-time
    token = token.sliced(7).trimmed();
    return constantTimeEquals(token, m_accessKey);
}

HeaderList AccessPolicy::corsHeaders(QByteArrayView origin) const
{
    return { { "Access-Control-Allow-Origin", origin.toByteArray() },
             { "Access-Control-Expose-Headers", "*" },
             { "Vary", "Origin" } };
}

HeaderList AccessPolicy::preflightHeaders(QByteArrayView origin,
                                          QByteArrayView requestedHeaders) const
{
    QByteArray allowed = "authorization, content-type, openai-organization, openai-project, "
                         "openai-beta";
    for (const QByteArray &name : requestedHeaders.toByteArray().split(',')) {
        const QByteArray trimmedName = name.trimmed();
        if (trimmedName.isEmpty())
            continue;
        if (!headerAllowed(trimmedName))
            return {};
        if (!allowed.contains(trimmedName.toLower()))
            allowed += ", " + trimmedName.toLower();
    }
    HeaderList headers = corsHeaders(origin);
    headers.emplaceBack("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    headers.emplaceBack("Access-Control-Allow-Headers", allowed);
    headers.emplaceBack("Access-Control-Max-Age", "86400");
    return headers;
}

} // namespace mygpt
