#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>

#include <functional>
#include <memory>

#include "config/ProxyConfig.h"
#include "fake_upstream.h"
#include "proxy/ProxyServer.h"
#include "raw_http_client.h"

namespace mygpt::test {

// A fake upstream and an in-process MyGPT in front of it, both on loopback port 0.
class ProxyHarness final
{
public:
    // `tune` adjusts the configuration before the proxy starts (timeouts, keys, limits…).
    explicit ProxyHarness(const std::function<void(ProxyConfig &)> &tune = {},
                          Tls upstreamTls = Tls::Off);
    ~ProxyHarness();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    FakeUpstream &upstream() { return *m_upstream; }
    ProxyServer &proxy() { return *m_proxy; }
    quint16 port() const { return m_proxy->port(); }
    QUrl url(const QString &pathAndQuery) const;

    // A raw client connected to the proxy.
    std::unique_ptr<RawHttpClient> connect();
    // Sends one request on a new connection and waits for the whole response.
    HttpResponse roundTrip(QByteArrayView method, QByteArrayView target, const HeaderList &headers = {},
                           const QByteArray &body = {}, int timeoutMs = 10000);

    // The records the proxy emitted, in order.
    QList<ExchangeRecord> records() const { return m_records; }

    static QByteArray chatBody(const QByteArray &model, bool stream, const QByteArray &extra = {});
    static const QByteArray apiKey; // the key the proxy is configured with

private:
    std::unique_ptr<FakeUpstream> m_upstream;
    std::unique_ptr<ProxyServer> m_proxy;
    QList<ExchangeRecord> m_records;
    bool m_ok = false;
    QString m_error;
};

} // namespace mygpt::test
