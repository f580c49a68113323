#include "proxy/ProxyServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtHttpServer/QHttpServer>

#include "http/ApiError.h"
#include "http/HttpWire.h"
#include "http/Listener.h"
#include "http/ResponseChannel.h"
#include "proxy/AccessPolicy.h"
#include "proxy/ApiDocs.h"
#include "proxy/ChatRequest.h"
#include "proxy/Exchange.h"
#include "proxy/UsageOption.h"
#include "upstream/UpstreamPool.h"
#include "upstream/UpstreamUrl.h"

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcRequests, "mygpt.requests", QtInfoMsg)

namespace {

QHostAddress listenAddress(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(host);
}

QByteArray pathOf(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

} // namespace

ProxyServer::ProxyServer(const ProxyConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    UpstreamPoolOptions options;
    options.outboundProxy = config.outboundProxy;
    options.caFile = config.caFile;
    m_pool = new UpstreamPool(options, this);
}

ProxyServer::~ProxyServer()
{
    // Exchanges (children) go first: they hold channels owned by connections of the server.
    qDeleteAll(findChildren<Exchange *>(Qt::FindDirectChildrenOnly));
}

bool ProxyServer::start(QString *error)
{
    QString reason;
    if (!m_pool->isValid(&reason)) {
        if (error)
            *error = reason;
        return false;
    }
    m_http = std::make_unique<QHttpServer>();
    compat::route(*m_http, u"/"_s, QHttpServerRequest::Method::Get, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handle(request, std::move(responder), Route::Health);
                  });
    compat::route(*m_http, u"/health"_s, QHttpServerRequest::Method::Get, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handle(request, std::move(responder), Route::Health);
                  });
    compat::setMissingHandler(*m_http, this,
                              [this](const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
                                  handle(request, std::move(responder), Route::Unmatched);
                              });

    ConnectionLimits limits;
    limits.maxHeadBytes = m_config.maxHeaderBytes;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.idleTimeoutMs = m_config.clientIdleTimeoutSec * 1000;
    limits.requestTimeoutMs = m_config.requestTimeoutSec * 1000;
    limits.rejectionHeaders = [this](QByteArrayView origin) -> HeaderList {
        if (!m_policy || m_policy->checkOrigin(origin) != AccessPolicy::Origin::Allowed)
            return {};
        return m_policy->corsHeaders(origin);
    };
    auto *listener = new Listener(limits);
    const QHostAddress address = listenAddress(m_config.host);
    if (!listener->start(*m_http, address, m_config.port)) {
        if (error) {
            *error = listener->serverError() == QAbstractSocket::AddressInUseError
                    ? tr("port %1 on %2 is already in use (is MyGPT already running?)")
                              .arg(QString::number(m_config.port), m_config.host)
                    : tr("cannot listen on %1:%2: %3")
                              .arg(m_config.host, QString::number(m_config.port),
                                   listener->errorString());
        }
        delete listener;
        m_http.reset();
        return false;
    }
    m_listener = listener;
    connect(listener, &Listener::connectionRejectedRequest, this, [this](const ApiError &rejected) {
        ExchangeRecord record;
        record.id = m_ids.next();
        record.received = QDateTime::currentDateTimeUtc();
        record.status = rejected.status;
        record.error = rejected.message;
        record.durationMs = 0;
        recordFinished(record);
    });
    m_policy = std::make_unique<AccessPolicy>(m_config, listener->serverPort());
    m_exchangeSettings.baseUrl = m_config.baseUrl;
    m_exchangeSettings.upstreamPrefix = upstreamPrefix(m_config.baseUrl);
    m_exchangeSettings.apiKey = m_config.apiKey.reveal();
    m_exchangeSettings.clientAuthIsAccessKey = m_policy->accessKeyRequired();
    m_exchangeSettings.firstByteTimeoutMs = m_config.firstByteTimeoutSec * 1000;
    m_exchangeSettings.idleTimeoutMs = m_config.idleTimeoutSec * 1000;
    m_uptime.start();
    return true;
}

bool ProxyServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

void ProxyServer::stopListening()
{
    if (m_listener)
        m_listener->close();
}

quint16 ProxyServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl ProxyServer::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress address(m_config.host);
    // A wildcard bind is reachable locally as 127.0.0.1.
    url.setHost(address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
                        ? u"127.0.0.1"_s
                        : address == QHostAddress::AnyIPv6 ? u"::1"_s : m_config.host);
    url.setPort(port());
    url.setPath(u"/v1"_s);
    return url;
}

QByteArray ProxyServer::healthJson(bool detailed) const
{
    QJsonObject health { { u"status"_s, u"ok"_s }, { u"service"_s, u"MyGPT"_s } };
    if (detailed) {
        health.insert(u"version"_s, QStringLiteral(MYGPT_VERSION));
        health.insert(u"upstream"_s, m_config.baseUrl.adjusted(QUrl::RemoveUserInfo).toString());
        health.insert(u"api_key_configured"_s, !m_config.apiKey.isEmpty());
        health.insert(u"uptime_seconds"_s, double(m_uptime.elapsed() / 1000));
        health.insert(u"requests_served"_s, double(m_requestsServed));
        health.insert(u"requests_in_flight"_s, m_inFlight);
    }
    return QJsonDocument(health).toJson(QJsonDocument::Compact);
}

void ProxyServer::answer(ResponseChannel *channel, ExchangeRecord &record, int status,
                         HeaderList headers, const QByteArray &body)
{
    record.status = status;
    record.bytesOut = body.size();
    record.durationMs = QDateTime::currentMSecsSinceEpoch() - record.received.toMSecsSinceEpoch();
    channel->sendWhole(status, std::move(headers), body);
    recordFinished(record);
}

void ProxyServer::answerError(ResponseChannel *channel, ExchangeRecord &record,
                              const ApiError &error, const HeaderList &extra)
{
    record.error = error.message;
    HeaderList headers { { "Content-Type", "application/json" } };
    headers.append(extra);
    answer(channel, record, error.status, headers, error.toJson());
}

void ProxyServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                         Route route)
{
    ClientConnection *connection = m_listener ? m_listener->connectionFor(request, responder) : nullptr;
    if (!connection) {
        responder.write(ApiError { 500, u"connection not found"_s }.toJson(), "application/json",
                        QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    ++m_requestsServed;
    ResponseChannel *channel = connection->openChannel(std::move(responder));
    const RequestHead &head = channel->request();

    ExchangeRecord record;
    record.id = m_ids.next();
    record.received = QDateTime::currentDateTimeUtc();
    record.clientAddress = request.remoteAddress().toString();
    record.method = head.method;
    record.path = !head.target.isEmpty() ? head.target
                                         : request.url().toEncoded(QUrl::RemoveScheme
                                                                   | QUrl::RemoveAuthority);
    const HeaderList headers = compat::headersOf(request);
    record.userAgent = QString::fromUtf8(wire::headerValue(headers, "user-agent"));
    const QByteArray body = request.body();
    record.bytesIn = body.size();

    HeaderList extra { { "x-mygpt-request-id", record.id } };

    if (!m_policy->hostAllowed(wire::headerValue(headers, "host"))) {
        answerError(channel, record,
                    ApiError::forbidden(u"MyGPT only answers requests addressed to localhost "
                                        "(Host \"%1\" refused, DNS rebinding protection)."_s.arg(
                                                QString::fromLatin1(wire::headerValue(headers, "host"))),
                                        u"host_not_allowed"_s),
                    extra);
        return;
    }
    const QByteArray origin = wire::headerValue(headers, "origin");
    const AccessPolicy::Origin verdict = m_policy->checkOrigin(origin);
    if (verdict == AccessPolicy::Origin::Denied) {
        answerError(channel, record,
                    ApiError::forbidden(u"Origin %1 is not allowed to use MyGPT; add it to "
                                        "MYGPT_ALLOWED_ORIGINS to allow it."_s.arg(
                                                QString::fromLatin1(origin)),
                                        u"origin_not_allowed"_s),
                    extra);
        return;
    }
    if (verdict == AccessPolicy::Origin::Allowed)
        extra.append(m_policy->corsHeaders(origin));

    const QByteArray path = pathOf(record.path);
    if (record.method == "OPTIONS") {
        if (verdict == AccessPolicy::Origin::Allowed
            && wire::hasHeader(headers, "access-control-request-method")) {
            HeaderList preflight = m_policy->preflightHeaders(
                    origin, wire::headerValue(headers, "access-control-request-headers"));
            if (preflight.isEmpty()) {
                answerError(channel, record,
                            ApiError::forbidden(u"A requested header is not allowed."_s,
                                                u"header_not_allowed"_s),
                            extra);
                return;
            }
            preflight.emplaceBack("x-mygpt-request-id", record.id);
            answer(channel, record, 204, preflight, {});
            return;
        }
        extra.emplaceBack("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        answer(channel, record, 204, extra, {});
        return;
    }

    // The API documentation, like /health, needs no access key: it holds nothing secret.
    if (record.method == "GET" || record.method == "HEAD") {
        if (const auto document = apiDocument(path)) {
            extra.prepend({ "Content-Type", document->contentType });
            answer(channel, record, 200, extra, document->body);
            return;
        }
    }

    const bool authorized = m_policy->accessKeyAccepted(wire::headerValue(headers, "authorization"));
    const bool isHealthPath = path == "/" || path == "/health";
    if (route == Route::Health || (isHealthPath && record.method == "HEAD")) {
        extra.emplaceFront("Content-Type", "application/json");
        answer(channel, record, 200, extra, healthJson(authorized));
        return;
    }
    if (!authorized) {
        extra.emplaceBack("WWW-Authenticate", "Bearer");
        answerError(channel, record,
                    ApiError::unauthorized(u"This MyGPT requires its access key: send "
                                           "\"Authorization: Bearer <MYGPT_ACCESS_KEY>\"."_s),
                    extra);
        return;
    }
    if (isHealthPath) {
        extra.emplaceBack("Allow", "GET, HEAD");
        answerError(channel, record,
                    ApiError::protocol(405, u"Method %1 is not allowed on %2."_s.arg(
                                                    QString::fromLatin1(record.method),
                                                    QString::fromLatin1(path)),
                                       u"method_not_allowed"_s),
                    extra);
        return;
    }
    if (path != "/v1" && !path.startsWith("/v1/")) {
        answerError(channel, record,
                    ApiError::notFound(u"Unknown route %1 %2. MyGPT serves the OpenAI API under "
                                       "/v1/ and its status at /health."_s.arg(
                                               QString::fromLatin1(record.method),
                                               QString::fromLatin1(path))),
                    extra);
        return;
    }
    QByteArray upstreamBody;
    if (record.method == "POST" && path == "/v1/chat/completions") {
        ChatRequest chat;
        if (const auto invalid = parseChatRequest(body, &chat)) {
            answerError(channel, record, *invalid, extra);
            return;
        }
        record.model = chat.model;
        record.stream = chat.stream;
        // Ask for token usage in streams; the client still gets the stream it asked for.
        if (chat.stream && !chat.includeUsage && m_config.streamUsage && !m_rejectsStreamOptions)
            upstreamBody = withIncludeUsage(body, chat.hasStreamOptions);
    } else {
        record.model = modelOf(body);
    }

    auto *exchange = new Exchange(std::move(record), headers,
                                  upstreamBody.isEmpty() ? body : upstreamBody, extra, channel,
                                  m_pool, m_exchangeSettings, this);
    if (!upstreamBody.isEmpty()) {
        exchange->setUsageInjected(body);
        connect(exchange, &Exchange::upstreamRejectedStreamOptions, this, [this] {
            if (!m_rejectsStreamOptions)
                qCInfo(lcRequests) << "The upstream rejects stream_options; stream usage is no "
                                      "longer requested";
            m_rejectsStreamOptions = true;
        });
    }
    connect(exchange, &Exchange::finished, this, &ProxyServer::onExchangeFinished);
    connect(exchange, &Exchange::progress, this, [this](Exchange *running) {
        reportStarted(running);
        Q_EMIT exchangeUpdated(running->record());
    });
    ++m_inFlight;
    exchange->start();
    // QNAM sends the request from a call it queued in start(); reported from a call queued
    // after it, the start's log lines and store row are not in the request's way.
    QMetaObject::invokeMethod(exchange, [this, exchange] { reportStarted(exchange); },
                              Qt::QueuedConnection);
}

void ProxyServer::reportStarted(Exchange *exchange)
{
    if (exchange->takeStartReport())
        Q_EMIT exchangeStarted(exchange->record());
}

void ProxyServer::onExchangeFinished(Exchange *exchange)
{
    reportStarted(exchange); // finished before the queued report: still in order
    --m_inFlight;
    recordFinished(exchange->record());
    exchange->deleteLater();
}

void ProxyServer::recordFinished(const ExchangeRecord &record)
{
    Q_EMIT exchangeFinished(record);
}

} // namespace mygpt
