#include "proxy/Exchange.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimerEvent>

#include "http/ApiError.h"
#include "http/HttpWire.h"
#include "http/ResponseChannel.h"
#include "upstream/HeaderPolicy.h"
#include "upstream/UpstreamPool.h"
#include "proxy/UsageOption.h"
#include "upstream/UpstreamUrl.h"

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

constexpr qint64 ReplyReadBuffer = 1024 * 1024;    // QNAM stops reading the upstream beyond this
constexpr qint64 ClientHighWater = 4 * 1024 * 1024; // pause relaying to a slow client
constexpr qint64 MaxErrorBody = 1024 * 1024;        // error bodies held back to wrap if not JSON

// Errors of the connection itself, as opposed to an HTTP error status the upstream sent.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolUnknownError
            || error == QNetworkReply::ProtocolFailure;
}

ApiError transportError(QNetworkReply *reply, const QUrl &base)
{
    const QString where = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                        | QUrl::RemoveUserInfo).toString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::badGateway(u"Upstream %1 refused the connection."_s.arg(where),
                                    u"upstream_unreachable"_s);
    case QNetworkReply::HostNotFoundError:
        return ApiError::badGateway(u"Upstream host of %1 was not found (DNS lookup failed)."_s.arg(where),
                                    u"upstream_dns_failure"_s);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::badGateway(u"TLS handshake with upstream %1 failed: %2"_s.arg(
                                            where, reply->errorString()),
                                    u"upstream_tls_error"_s);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::badGateway(u"Upstream %1 closed the connection before answering."_s.arg(where),
                                    u"upstream_closed"_s);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::badGateway(u"Outbound proxy failed while reaching %1: %2"_s.arg(
                                            where, reply->errorString()),
                                    u"upstream_proxy_error"_s);
    default:
        return ApiError::badGateway(u"Upstream %1 failed: %2"_s.arg(where, reply->errorString()),
                                    u"upstream_error"_s);
    }
}

// A short, readable excerpt of an HTML or text error page.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = title.match(text); match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        text = match.captured(1);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);
    text = text.remove(tags).replace(space, u" "_s).trimmed();
    if (text.size() > 200)
        text = text.left(200) + u"…"_s;
    return text;
}

} // namespace

Exchange::Exchange(ExchangeRecord record, HeaderList clientHeaders, QByteArray body,
                   HeaderList extraResponseHeaders, ResponseChannel *channel, UpstreamPool *pool,
                   const ExchangeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_clientHeaders(std::move(clientHeaders))
    , m_body(std::move(body))
    , m_extraHeaders(std::move(extraResponseHeaders))
    , m_channel(channel)
    , m_pool(pool)
    , m_settings(settings)
{
    m_clock.start();
    m_record.bytesIn = m_body.size();
    m_record.requestHeaders = maskSecrets(m_clientHeaders);
    m_record.requestBody = m_body;
}

void Exchange::setUsageInjected(QByteArray clientBody)
{
    m_clientBody = std::move(clientBody);
    m_record.requestBody = m_clientBody; // what the client sent, not what MyGPT added
    m_usageInjected = true;
}

Exchange::~Exchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    releaseUpstream();
}

void Exchange::start()
{
    if (!m_channel || m_channel->isClientGone()) {
        m_record.cancelled = true;
        complete();
        return;
    }
    connect(m_channel, &ResponseChannel::clientGone, this, &Exchange::onClientGone);
    connect(m_channel, &ResponseChannel::writable, this, &Exchange::relayAvailable);
    sendUpstream();
}

void Exchange::sendUpstream()
{
    QNetworkRequest request(upstreamUrl(m_settings.upstreamPrefix, m_record.path));
    const HeaderList headers = upstreamRequestHeaders(
            m_clientHeaders, { m_settings.apiKey, m_settings.clientAuthIsAccessKey });
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_settings.upstreamPrefix.startsWith("https:"))
        request.setSslConfiguration(m_pool->sslConfiguration());

    m_manager = m_pool->acquire();
    if (m_record.method == "HEAD")
        m_reply = m_manager->head(request);
    else
        m_reply = m_manager->sendCustomRequest(request, m_record.method, m_body);
    m_reply->setReadBufferSize(ReplyReadBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Exchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Exchange::onFinished);
    m_firstByteTimer.start(m_settings.firstByteTimeoutMs, this);
}

HeaderList Exchange::responseHeaders(const HeaderList &upstream, bool eventStream) const
{
    HeaderList headers = clientResponseHeaders(upstream);
    if (eventStream) {
        headers.removeIf([](const auto &h) {
            return QByteArrayView(h.first).compare("cache-control", Qt::CaseInsensitive) == 0;
        });
        headers.emplaceBack("Cache-Control", "no-cache");
        headers.emplaceBack("X-Accel-Buffering", "no");
    }
    headers.append(m_extraHeaders);
    return headers;
}

void Exchange::onMetaData()
{
    if (m_mode != Mode::Waiting || m_done || !m_reply)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    m_firstByteTimer.stop();
    m_record.firstByteMs = m_clock.elapsed();
    m_record.status = statusAttribute.toInt();
    m_record.upstreamRequestId = m_reply->rawHeader("x-request-id");
    const HeaderList upstream = m_reply->rawHeaderPairs();
    m_eventStream = wire::headerValue(upstream, "content-type")
                            .trimmed()
                            .toLower()
                            .startsWith("text/event-stream");

    if (m_record.status >= 400 && !m_eventStream) {
        m_mode = Mode::Buffering; // wrapped in the error shape at the end if it is not JSON
        return;
    }
    m_mode = Mode::Relaying;
    qint64 length = -1;
    if (!m_eventStream) {
        bool ok = false;
        const qint64 declared = wire::headerValue(upstream, "content-length").trimmed().toLongLong(&ok);
        if (ok && declared >= 0)
            length = declared;
    }
    m_declaredLength = m_record.method == "HEAD" ? -1 : length;
    const QByteArray endpoint = m_record.endpoint();
    m_capture.begin(m_eventStream,
                    endpoint.endsWith("/chat/completions") || endpoint.endsWith("/completions"),
                    m_usageInjected);
    const HeaderList headers = responseHeaders(upstream, m_eventStream);
    m_record.responseHeaders = maskSecrets(headers);
    if (m_channel)
        m_channel->beginStream(m_record.status, headers, length);
    m_idleTimer.start(m_settings.idleTimeoutMs, this);
}

void Exchange::onReadyRead()
{
    if (m_mode == Mode::Waiting)
        onMetaData();
    if (m_mode == Mode::Buffering) {
        m_buffer += m_reply->readAll();
        if (m_buffer.size() > MaxErrorBody) {
            // Too large to be an error message worth wrapping: relay it as it is.
            m_mode = Mode::Relaying;
            m_capture.begin(false, false, false);
            const HeaderList upstream = m_reply->rawHeaderPairs();
            if (m_channel)
                m_channel->beginStream(m_record.status, responseHeaders(upstream, false), -1);
            sendToClient(m_buffer);
            m_buffer.clear();
        }
        return;
    }
    if (m_mode == Mode::Relaying) {
        m_idleTimer.start(m_settings.idleTimeoutMs, this);
        relayAvailable();
    }
}

void Exchange::relayAvailable()
{
    if (m_mode != Mode::Relaying || !m_reply || !m_channel)
        return;
    // A slow client: leave the data in QNAM, which then stops reading from the upstream.
    if (m_channel->bufferedBytes() > ClientHighWater && !m_reply->isFinished())
        return;
    sendToClient(m_reply->readAll());
}

void Exchange::sendToClient(const QByteArray &data)
{
    if (data.isEmpty() || !m_channel)
        return;
    const qint64 now = m_clock.elapsed();
    const QByteArray out = m_capture.relay(data);
    m_record.bytesOut += out.size();
    m_channel->sendChunk(out);
    m_capture.observe(data, now); // the client first, then the record
    if (m_eventStream && now - m_lastProgressMs >= 500) {
        m_lastProgressMs = now;
        m_record.inFlight = true;
        m_capture.fill(m_record);
        Q_EMIT progress(this);
    }
}

void Exchange::onClientGone()
{
    if (m_done)
        return;
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    if (m_mode == Mode::Relaying && m_declaredLength >= 0
        && m_record.bytesOut >= m_declaredLength && m_channel && m_channel->bufferedBytes() == 0) {
        // Every byte of a Content-Length body went out and the client left (or sent its next
        // request and left) before QNAM reported the end: not a cancelled exchange.
        if (m_reply && !m_reply->isFinished()) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        complete();
        return;
    }
    m_record.cancelled = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // emits finished() synchronously; onFinished() sees `cancelled`
        return;
    }
    complete();
}

void Exchange::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_firstByteTimer.timerId()) {
        m_firstByteTimer.stop();
        m_firstByteTimedOut = true;
    } else if (event->timerId() == m_idleTimer.timerId()) {
        m_idleTimer.stop();
        // A slow client is not an upstream stall.
        if (m_channel && m_channel->bufferedBytes() > ClientHighWater) {
            m_idleTimer.start(m_settings.idleTimeoutMs, this);
            return;
        }
        m_idleTimedOut = true;
    } else {
        return;
    }
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
}

void Exchange::failBeforeResponse(const ApiError &error)
{
    m_record.status = error.status;
    m_record.error = error.message;
    HeaderList headers { { "Content-Type", "application/json" } };
    headers.append(m_extraHeaders);
    m_record.responseHeaders = headers;
    m_record.responseBody = error.toJson();
    if (m_channel)
        m_channel->sendWhole(error.status, headers, m_record.responseBody);
}

void Exchange::onFinished()
{
    if (m_done)
        return;
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    if (m_record.cancelled || !m_channel || m_channel->isClientGone()) {
        m_record.cancelled = true;
        m_record.error = u"client disconnected"_s;
        complete();
        return;
    }
    if (m_mode == Mode::Waiting)
        onMetaData();

    const QNetworkReply::NetworkError error = m_reply->error();
    const bool transportFailure = m_firstByteTimedOut || m_idleTimedOut
            || (error != QNetworkReply::NoError && isTransportError(error));

    if (m_mode == Mode::Waiting) {
        if (m_firstByteTimedOut) {
            failBeforeResponse(ApiError::gatewayTimeout(
                    u"The upstream sent nothing within %1 s."_s.arg(m_settings.firstByteTimeoutMs / 1000.0)));
        } else {
            failBeforeResponse(transportError(m_reply, m_settings.baseUrl));
        }
        complete();
        return;
    }
    if (m_mode == Mode::Buffering) {
        m_buffer += m_reply->readAll();
        if (finishBuffered())
            complete();
        return;
    }

    // Relaying: everything QNAM still holds goes out before the end.
    if (m_reply->isOpen())
        sendToClient(m_reply->readAll());
    if (const QByteArray held = m_capture.finish(); !held.isEmpty()) {
        m_record.bytesOut += held.size();
        m_channel->sendChunk(held);
    }
    // QNAM 6.4 reports a connection reset in the middle of a chunked body as success, and a
    // short Content-Length body must not leave the client waiting for bytes that never come.
    const bool cutShort = !transportFailure
            && ((m_declaredLength >= 0 && m_record.bytesOut < m_declaredLength)
                || m_capture.endedEarly());
    if (transportFailure || cutShort) {
        const ApiError failure = m_idleTimedOut
                ? ApiError::gatewayTimeout(u"The upstream stalled for %1 s in the middle of the response."_s.arg(
                          m_settings.idleTimeoutMs / 1000.0))
                : ApiError::badGateway(
                          cutShort ? u"The upstream response ended early (the connection was probably reset)."_s
                                   : u"The upstream connection broke in the middle of the response: %1"_s.arg(
                                             m_reply->errorString()),
                          u"upstream_interrupted"_s);
        m_record.error = failure.message;
        if (m_eventStream) {
            // Streaming clients read events: tell them, then end the body properly.
            m_channel->sendChunk(failure.toSseEvent());
            m_channel->endStream();
        } else {
            m_channel->abortConnection();
        }
    } else {
        m_channel->endStream();
    }
    complete();
}

bool Exchange::finishBuffered()
{
    if (m_usageInjected && rejectsStreamOptions(m_record.status, m_buffer)) {
        // Nothing reached the client yet: ask again exactly as the client did.
        Q_EMIT upstreamRejectedStreamOptions();
        m_usageInjected = false;
        m_body = m_clientBody;
        m_buffer.clear();
        m_mode = Mode::Waiting;
        m_record.status = 0;
        m_record.firstByteMs = -1;
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        releaseUpstream();
        sendUpstream();
        return false;
    }
    const HeaderList upstream = m_reply->rawHeaderPairs();
    QJsonParseError parseError;
    QJsonDocument::fromJson(m_buffer, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        m_record.error = QString::fromUtf8(m_buffer.left(500));
        m_record.bytesOut = m_buffer.size();
        m_record.responseBody = m_buffer;
        const HeaderList headers = responseHeaders(upstream, false);
        m_record.responseHeaders = maskSecrets(headers);
        m_channel->sendWhole(m_record.status, headers, m_buffer);
        return true;
    }
    // An HTML error page from a gateway in front of the upstream: keep the status, make the
    // body something an OpenAI client can show.
    const QByteArray contentType = wire::headerValue(upstream, "content-type");
    ApiError wrapped { m_record.status,
                       u"The upstream answered HTTP %1 with a non-JSON body (%2): %3"_s.arg(
                               QString::number(m_record.status),
                               contentType.isEmpty() ? u"no content type"_s
                                                     : QString::fromLatin1(contentType),
                               excerpt(m_buffer)),
                       u"upstream_error"_s,
                       {},
                       u"upstream_http_%1"_s.arg(m_record.status) };
    m_record.error = wrapped.message;
    HeaderList headers = responseHeaders(upstream, false);
    headers.removeIf([](const auto &h) {
        return QByteArrayView(h.first).compare("content-type", Qt::CaseInsensitive) == 0;
    });
    headers.emplaceFront("Content-Type", "application/json");
    const QByteArray body = wrapped.toJson();
    m_record.bytesOut = body.size();
    m_record.responseBody = body;
    m_record.responseHeaders = maskSecrets(headers);
    m_channel->sendWhole(m_record.status, headers, body);
    return true;
}

void Exchange::releaseUpstream()
{
    if (m_manager) {
        m_pool->release(m_manager);
        m_manager = nullptr;
    }
}

void Exchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_record.durationMs = m_clock.elapsed();
    m_record.inFlight = false;
    if (m_mode == Mode::Relaying)
        m_capture.fill(m_record);
    releaseUpstream();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(this);
}

} // namespace mygpt
