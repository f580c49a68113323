#include "config/ProxyConfig.h"

#include "config/ConfigValues.h"

#include <QDebug>

namespace mygpt {

bool ProxyConfig::isLoopbackHost() const
{
    return config::isLoopbackHost(host);
}

QDebug operator<<(QDebug debug, const ProxyConfig &config)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ProxyConfig(baseUrl=" << config.baseUrl.toString()
                              << ", host=" << config.host << ", port=" << config.port
                              << ", apiKey=" << config.apiKey << ", accessKey=" << config.accessKey
                              << ", allowedOrigins=" << config.allowedOrigins.join(u',')
                              << ", firstByteTimeoutSec=" << config.firstByteTimeoutSec
                              << ", idleTimeoutSec=" << config.idleTimeoutSec
                              << ", maxBodyBytes=" << config.maxBodyBytes
                              << ", maxHeaderBytes=" << config.maxHeaderBytes
                              << ", clientIdleTimeoutSec=" << config.clientIdleTimeoutSec
                              << ", requestTimeoutSec=" << config.requestTimeoutSec
                              << ", caFile=" << config.caFile
                              << ", outboundProxy=" << config::redactPassword(config.outboundProxy)
                              << ", logDir=" << config.logDir << ", logLevel=" << config.logLevel
                              << ", content=" << config.contentPolicy.toString()
                              << ", dataDir=" << config.dataDir << ", store=" << config.storeEnabled
                              << ", retentionDays=" << config.retentionDays
                              << ", storeMaxBytes=" << config.storeMaxBytes
                              << ", streamUsage=" << config.streamUsage << ')';
    return debug;
}

} // namespace mygpt
