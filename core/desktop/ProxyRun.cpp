#include "desktop/ProxyRun.h"

#include "log/TextLog.h"
#include "proxy/ProxyServer.h"
#include "service/Recorder.h"
#include "store/RequestStore.h"

namespace mygpt {

ProxyRun::ProxyRun(
    const ProxyConfig &config, std::shared_ptr<TextLog> log, std::shared_ptr<RequestStore> store)
    : server(std::make_unique<ProxyServer>(config))
{
    record(std::move(log), std::move(store), config.contentPolicy);
}

ProxyRun::~ProxyRun()
{
    server.reset(); // its dying exchanges still reach the recorder
    recorder.reset();
}

void ProxyRun::record(
    std::shared_ptr<TextLog> newLog, std::shared_ptr<RequestStore> newStore,
    const ContentPolicy &policy)
{
    recorder.reset();
    log = std::move(newLog);
    store = std::move(newStore);
    recorder = std::make_unique<Recorder>(server.get(), log.get(), store.get(), policy);
}

bool ProxyRun::stopListening()
{
    retired.start();
    server->stopListening();
    return true;
}

int ProxyRun::inFlight() const
{
    return server->exchangesInFlight();
}

bool sameAddress(const ProxyConfig &a, const ProxyConfig &b)
{
    return a.host == b.host && a.port == b.port;
}

bool needsNewServer(const ProxyConfig &a, const ProxyConfig &b)
{
    return !sameAddress(a, b) || !(a.apiKey == b.apiKey) || a.baseUrl != b.baseUrl
        || !(a.accessKey == b.accessKey) || a.allowedOrigins != b.allowedOrigins
        || a.firstByteTimeoutSec != b.firstByteTimeoutSec || a.idleTimeoutSec != b.idleTimeoutSec
        || a.maxBodyBytes != b.maxBodyBytes || a.maxHeaderBytes != b.maxHeaderBytes
        || a.clientIdleTimeoutSec != b.clientIdleTimeoutSec
        || a.requestTimeoutSec != b.requestTimeoutSec || a.caFile != b.caFile
        || a.outboundProxy != b.outboundProxy || a.streamUsage != b.streamUsage;
}

bool needsNewLog(const ProxyConfig &a, const ProxyConfig &b)
{
    return a.logDir != b.logDir || a.logLevel != b.logLevel
        || a.contentPolicy.level != b.contentPolicy.level
        || a.contentPolicy.maxChars != b.contentPolicy.maxChars;
}

bool needsNewStore(const ProxyConfig &a, const ProxyConfig &b)
{
    return a.dataDir != b.dataDir || a.storeEnabled != b.storeEnabled;
}

} // namespace mygpt
