#pragma once

#include "config/Secret.h"
#include "record/ExchangeRecord.h"

#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace mygpt {

namespace defaults {
inline constexpr QStringView baseUrl = u"https://www.dmxapi.com/v1";
inline constexpr QStringView host = u"127.0.0.1";
inline constexpr quint16 port = 8000;
inline constexpr int firstByteTimeoutSec = 300;
inline constexpr int idleTimeoutSec = 300;
inline constexpr qint64 maxBodyBytes = 32 * 1024 * 1024;
inline constexpr int maxHeaderBytes = 64 * 1024;
inline constexpr int clientIdleTimeoutSec = 120;
inline constexpr int requestTimeoutSec = 30;
inline constexpr QStringView outboundProxy = u"system";
inline constexpr QStringView logLevel = u"info";
inline constexpr int retentionDays = 30;
inline constexpr qint64 storeMaxBytes = qint64(1) << 30;
} // namespace defaults

// The effective settings, already validated and normalised by loadConfig().
struct ProxyConfig final
{
    Secret apiKey; // empty: forward the client's own Authorization
    QUrl baseUrl { defaults::baseUrl.toString() }; // no trailing slash
    QString host = defaults::host.toString(); // IP literal or "localhost"
    quint16 port = defaults::port;
    Secret accessKey; // required when the host is not loopback
    QStringList allowedOrigins; // "*" or scheme://host[:port] (port may be "*"); empty: loopback
    int firstByteTimeoutSec = defaults::firstByteTimeoutSec;
    int idleTimeoutSec = defaults::idleTimeoutSec; // upstream stream stall
    qint64 maxBodyBytes = defaults::maxBodyBytes;
    int maxHeaderBytes = defaults::maxHeaderBytes;
    int clientIdleTimeoutSec = defaults::clientIdleTimeoutSec; // idle keep-alive connections
    int requestTimeoutSec = defaults::requestTimeoutSec; // to send a whole request head
    QString caFile; // absolute path, or empty
    QString outboundProxy = defaults::outboundProxy.toString(); // "system", "none" or a URL
    QString logDir; // absolute path, or empty
    QString logLevel = defaults::logLevel.toString(); // debug|info|warning|error
    ContentPolicy contentPolicy;                      // prompts and answers in logs and store
    QString dataDir;                                  // absolute path, or empty: the default
    bool storeEnabled = true;
    int retentionDays = defaults::retentionDays;
    qint64 storeMaxBytes = defaults::storeMaxBytes;
    bool streamUsage = true; // ask for stream usage, hide it from clients that did not

    bool isLoopbackHost() const;
};

// One line for the startup log: keys masked, proxy password masked.
QDebug operator<<(QDebug debug, const ProxyConfig &config);

} // namespace mygpt
