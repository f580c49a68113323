#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <memory>

#include "config/ProxyConfig.h"

namespace mygpt {

class ProxyServer;
class Recorder;
class RequestStore;
class TextLog;

// One listener's life: its server, the recorder that feeds the log and the store, and (so
// that they outlive a settings change while the last streams finish) the log and store it
// writes to. The server goes first when a run ends, so its last exchanges are still recorded.
struct ProxyRun final
{
    ProxyRun(const ProxyConfig &config, std::shared_ptr<TextLog> log,
        std::shared_ptr<RequestStore> store);
    ~ProxyRun();

    // Points the recorder at another log or store (a changed log folder, level or store).
    void record(std::shared_ptr<TextLog> log, std::shared_ptr<RequestStore> store,
        const ContentPolicy &policy);
    // Stops accepting connections; the exchanges in flight go on. Always true now; callers
    // still cope with a listener that stays open until the run ends.
    bool stopListening();
    int inFlight() const;

    std::shared_ptr<TextLog> log;
    std::shared_ptr<RequestStore> store;
    std::unique_ptr<Recorder> recorder;
    std::unique_ptr<ProxyServer> server; // declared last: destroyed first
    QSet<QByteArray> upstreamIds; // exchanges sent upstream and not finished
    QElapsedTimer retired; // started when the run stops taking new connections
    QElapsedTimer idle; // while retired: since nothing is in flight
};

// Whether switching from `a` to `b` needs a new ProxyServer (anything it was built with).
bool needsNewServer(const ProxyConfig &a, const ProxyConfig &b);
// Whether the recorder must change: log folder, level, content policy, store location.
bool needsNewLog(const ProxyConfig &a, const ProxyConfig &b);
bool needsNewStore(const ProxyConfig &a, const ProxyConfig &b);
bool sameAddress(const ProxyConfig &a, const ProxyConfig &b);

} // namespace mygpt
