#pragma once

#include <QHostAddress>
#include <QStringList>

#include "config/ProxyConfig.h"
#include "http/HttpCompat.h"

namespace mygpt {

// Who may use the proxy: a web page the user happens to visit must not spend their key (Origin),
// a DNS-rebinding page must not reach it under a foreign name (Host), and on a network-facing
// bind every client needs the access key.
class AccessPolicy final
{
public:
    AccessPolicy(const ProxyConfig &config, quint16 listeningPort);

    bool hostAllowed(QByteArrayView hostHeader) const;

    enum class Origin { Absent, Allowed, Denied };
    Origin checkOrigin(QByteArrayView origin) const;

    bool accessKeyRequired() const { return !m_accessKey.isEmpty(); }
    bool accessKeyAccepted(QByteArrayView authorization) const;

    // Added to every answer to an allowed cross-origin request.
    HeaderList corsHeaders(QByteArrayView origin) const;
    // The answer to an allowed preflight; empty when the requested headers are not allowed.
    HeaderList preflightHeaders(QByteArrayView origin, QByteArrayView requestedHeaders) const;

    static bool originMatches(const QString &pattern, const QString &origin);

private:
    QStringList m_origins;
    QStringList m_hostNames; // lower-case names and address literals, without port
    QList<QByteArray> m_usualHostHeaders;
    bool m_anyHost = false;
    QByteArray m_accessKey;
};

} // namespace mygpt
