#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <utility>

#include "http/HttpCompat.h"
#include "proxy/ResponseCapture.h"
#include "record/ExchangeRecord.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace mygpt {

class ResponseChannel;
class UpstreamPool;
struct ApiError;

struct ExchangeSettings
{
    QUrl baseUrl;
    QByteArray upstreamPrefix; // upstreamPrefix(baseUrl)
    QByteArray apiKey;
    bool clientAuthIsAccessKey = false;
    int firstByteTimeoutMs = 300'000;
    int idleTimeoutMs = 300'000;
};

// One proxied request, from the moment it is routed until the client has the last byte:
// sends it upstream, relays each chunk from the readyRead that brought it, turns upstream
// failures into OpenAI-style errors, and aborts the upstream the moment the client leaves.
class Exchange final : public QObject
{
    Q_OBJECT

public:
    Exchange(ExchangeRecord record, HeaderList clientHeaders, QByteArray body,
             HeaderList extraResponseHeaders, ResponseChannel *channel, UpstreamPool *pool,
             const ExchangeSettings &settings, QObject *parent = nullptr);
    ~Exchange() override;

    // The body sent upstream asks for stream usage the client did not ask for: strip it from
    // the answer, and fall back to the client's own body if the upstream rejects the option.
    void setUsageInjected(QByteArray clientBody);

    void start();
    const ExchangeRecord &record() const { return m_record; }
    // True the first time only: ProxyServer reports an exchange's start once.
    bool takeStartReport() { return !std::exchange(m_startReported, true); }

Q_SIGNALS:
    // A stream in flight: the record so far, at most twice a second.
    void progress(mygpt::Exchange *exchange);
    void finished(mygpt::Exchange *exchange);
    // The upstream answered 400 about stream_options; the exchange retries without it.
    void upstreamRejectedStreamOptions();

private:
    enum class Mode { Waiting, Relaying, Buffering };

    void sendUpstream();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onClientGone();
    void relayAvailable();
    void sendToClient(const QByteArray &data);
    bool finishBuffered(); // false when the request was sent again instead
    void failBeforeResponse(const ApiError &error);
    void complete();
    void releaseUpstream();
    void timerEvent(QTimerEvent *event) override;
    HeaderList responseHeaders(const HeaderList &upstream, bool eventStream) const;

    ExchangeRecord m_record;
    HeaderList m_clientHeaders;
    QByteArray m_body;
    HeaderList m_extraHeaders;
    QPointer<ResponseChannel> m_channel;
    UpstreamPool *m_pool;
    ExchangeSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
    QNetworkReply *m_reply = nullptr;
    Mode m_mode = Mode::Waiting;
    bool m_eventStream = false;
    bool m_firstByteTimedOut = false;
    bool m_idleTimedOut = false;
    bool m_done = false;
    qint64 m_declaredLength = -1;
    QByteArray m_clientBody;     // what the client sent, when m_body asks for usage instead
    bool m_usageInjected = false;
    ResponseCapture m_capture;
    qint64 m_lastProgressMs = 0;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    QBasicTimer m_firstByteTimer;
    QBasicTimer m_idleTimer;
    bool m_startReported = false;
};

} // namespace mygpt
