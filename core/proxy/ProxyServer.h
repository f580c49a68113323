#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

#include "config/ProxyConfig.h"
#include "http/HttpCompat.h"
#include "proxy/Exchange.h"
#include "record/ExchangeRecord.h"
#include "proxy/RequestId.h"

class QHttpServer;

namespace mygpt {

class AccessPolicy;
class Exchange;
class Listener;
class ResponseChannel;
class UpstreamPool;
struct ApiError;

// MyGPT's HTTP front: a QHttpServer on a listener of our own, the routes (health, CORS
// preflight, the /v1 pass-through), and the exchanges in flight.
class ProxyServer final : public QObject
{
    Q_OBJECT

public:
    explicit ProxyServer(const ProxyConfig &config, QObject *parent = nullptr);
    ~ProxyServer() override;

    // Keeps request ids unique across runs (see RequestIdGenerator); call before start().
    void setRequestIdStateFile(const QString &path) { m_ids = RequestIdGenerator(path); }

    // Starts listening; on failure returns false and a one-line reason.
    bool start(QString *error = nullptr);
    bool isListening() const;
    // Takes no new connections; the open ones and their exchanges go on (a settings change
    // starts a new server while the old one's streams finish).
    void stopListening();
    quint16 port() const;
    QUrl endpoint() const; // http://host:port/v1

    const ProxyConfig &config() const { return m_config; }
    qint64 requestsServed() const { return m_requestsServed; }
    int exchangesInFlight() const { return m_inFlight; }

    // Whether stream usage is still asked for (false once the upstream rejected it).
    bool requestsStreamUsage() const { return m_config.streamUsage && !m_rejectsStreamOptions; }

Q_SIGNALS:
    // A request was sent upstream (not emitted for requests MyGPT answers itself).
    void exchangeStarted(const mygpt::ExchangeRecord &record);
    // A stream in flight, at most twice a second.
    void exchangeUpdated(const mygpt::ExchangeRecord &record);
    // Every request, answered or not, once the client has the last byte (or left).
    void exchangeFinished(const mygpt::ExchangeRecord &record);

private:
    enum class Route { Health, Unmatched };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder, Route route);
    void answer(ResponseChannel *channel, ExchangeRecord &record, int status, HeaderList headers,
                const QByteArray &body);
    void answerError(ResponseChannel *channel, ExchangeRecord &record, const ApiError &error,
                     const HeaderList &extra);
    QByteArray healthJson(bool detailed) const;
    void recordFinished(const ExchangeRecord &record);
    void reportStarted(Exchange *exchange);
    void onExchangeFinished(Exchange *exchange);

    ProxyConfig m_config;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<Listener> m_listener;
    UpstreamPool *m_pool = nullptr;
    std::unique_ptr<AccessPolicy> m_policy;
    ExchangeSettings m_exchangeSettings;
    RequestIdGenerator m_ids;
    QElapsedTimer m_uptime;
    qint64 m_requestsServed = 0;
    int m_inFlight = 0;
    bool m_rejectsStreamOptions = false;
};

} // namespace mygpt
