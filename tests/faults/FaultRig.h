#pragma once

#include "ProxyHarness.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace mygpt {
class Recorder;
class RequestStore;
class TextLog;
} // namespace mygpt

namespace mygpt::test {

// A ProxyHarness (fake upstream + in-process proxy on loopback) wired as `mygpt --headless`
// wires it: a Recorder feeding a TextLog (files only) and a RequestStore in a temporary
// folder, so a test can check what the log and the store kept of each exchange.
class FaultRig final
{
public:
    explicit FaultRig(const std::function<void(ProxyConfig &)> &tune = {}, Tls tls = Tls::Off);
    ~FaultRig();

    bool ok() const { return m_harness.ok() && m_storeOpen; }
    QString error() const;

    ProxyHarness &harness() { return m_harness; }
    FakeUpstream &upstream() { return m_harness.upstream(); }
    ProxyServer &proxy() { return m_harness.proxy(); }

    // Waits until the proxy has emitted `count` finished records; false on timeout.
    bool waitForRecords(int count, int timeoutMs = 10000);
    QList<ExchangeRecord> records() const { return m_harness.records(); }
    // The record as the store holds it (after a flush); nothing when it is not there.
    std::optional<ExchangeRecord> stored(const QByteArray &id);
    qint64 storedCount();
    // Everything the text log wrote so far (all files, flushed).
    QByteArray logText();

    // A normal chat request on a new connection answers 200: the proxy keeps serving.
    bool stillServes();

private:
    QTemporaryDir m_dir;
    ProxyHarness m_harness;
    std::unique_ptr<TextLog> m_log;
    std::unique_ptr<RequestStore> m_store;
    std::unique_ptr<Recorder> m_recorder;
    bool m_storeOpen = false;
};

// The error object of an OpenAI-shaped error body (or SSE data payload).
QJsonObject errorObjectOf(const QByteArray &json);

} // namespace mygpt::test
