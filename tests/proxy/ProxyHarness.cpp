#include "ProxyHarness.h"

using namespace Qt::StringLiterals;

namespace mygpt::test {

const QByteArray ProxyHarness::apiKey = "sk-test-9f8e7d6c5b4a39281706";

ProxyHarness::ProxyHarness(const std::function<void(ProxyConfig &)> &tune, Tls upstreamTls)
    : m_upstream(std::make_unique<FakeUpstream>())
{
    if (!m_upstream->start(upstreamTls)) {
        m_error = u"fake upstream: "_s + m_upstream->errorString();
        return;
    }
    ProxyConfig config;
    config.apiKey = Secret(apiKey);
    config.baseUrl = m_upstream->baseUrl();
    config.port = 0;
    if (upstreamTls == Tls::On)
        config.caFile = m_upstream->caCertificatePath();
    if (tune)
        tune(config);
    m_proxy = std::make_unique<ProxyServer>(config);
    QObject::connect(m_proxy.get(), &ProxyServer::exchangeFinished, m_proxy.get(),
                     [this](const ExchangeRecord &record) { m_records.append(record); });
    m_ok = m_proxy->start(&m_error);
}

ProxyHarness::~ProxyHarness()
{
    m_proxy.reset();
    m_upstream.reset();
}

QUrl ProxyHarness::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_proxy->port()).arg(pathAndQuery));
}

std::unique_ptr<RawHttpClient> ProxyHarness::connect()
{
    auto client = std::make_unique<RawHttpClient>();
    if (!client->connectTo(port()))
        return nullptr;
    return client;
}

HttpResponse ProxyHarness::roundTrip(QByteArrayView method, QByteArrayView target,
                                     const HeaderList &headers, const QByteArray &body,
                                     int timeoutMs)
{
    auto client = connect();
    if (!client)
        return {};
    const int inFlightBefore = m_proxy->exchangesInFlight();
    client->send(RawHttpClient::buildRequest(method, target, headers, body));
    const bool head = method == "HEAD";
    client->waitUntil([&] { return client->response(0, head).complete || client->isClosed(); },
                      timeoutMs);
    // The answer leaves before the exchange is recorded (QNAM may report the end in a later
    // event): let it finish, so that records() includes it. Bounded, in case the test keeps
    // other exchanges running.
    client->waitUntil([&] { return m_proxy->exchangesInFlight() <= inFlightBefore; }, 2000);
    return client->response(0, head);
}

QByteArray ProxyHarness::chatBody(const QByteArray &model, bool stream, const QByteArray &extra)
{
    QByteArray body = R"({"model":")" + model + R"(","messages":[{"role":"user","content":"Hi"}])";
    if (stream)
        body += R"(,"stream":true)";
    if (!extra.isEmpty())
        body += ',' + extra;
    return body + '}';
}

} // namespace mygpt::test
