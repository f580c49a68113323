#pragma once

// Everything that differs between QHttpServer 6.4 (Debian 12) and 6.8+ lives here, so a build
// against either needs no edits elsewhere. The rest of the code sees one handler signature
// (`const QHttpServerRequest &, QHttpServerResponder &&`) and one way to write a response.
//
// 6.4: route handlers take `QHttpServerResponder &&`, the responder exposes its socket and
//      writes raw bytes (writeStatusLine/writeHeader/writeBody); we render HTTP/1.1 ourselves
//      and write to the socket, which also lets us hold back output for pipelined requests.
// 6.8: handlers take `QHttpServerResponder &`, there is no socket(), headers are QHttpHeaders
//      and streaming uses writeBeginChunked/writeChunk/writeEndChunked. The server itself
//      answers pipelined requests one at a time.

#include <QtGlobal>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#define MYGPT_QHTTPSERVER_68 1
#include <QHttpHeaders>
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#error "MyGPT builds with Qt 6.4 (as on Debian 12) or with Qt 6.8 and newer"
#else
#define MYGPT_QHTTPSERVER_68 0
#endif

namespace mygpt {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace compat {

template<typename Handler>
void route(QHttpServer &server, const QString &path, QHttpServerRequest::Methods methods,
           QObject *context, Handler handler)
{
#if MYGPT_QHTTPSERVER_68
    server.route(path, methods, context,
                 [handler](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                     handler(request, std::move(responder));
                 });
#else
    Q_UNUSED(context);
    server.route(path, methods,
                 [handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handler(request, std::move(responder));
                 });
#endif
}

template<typename Handler>
void setMissingHandler(QHttpServer &server, QObject *context, Handler handler)
{
#if MYGPT_QHTTPSERVER_68
    server.setMissingHandler(context, [handler](const QHttpServerRequest &request,
                                                QHttpServerResponder &responder) {
        handler(request, std::move(responder));
    });
#else
    Q_UNUSED(context);
    server.setMissingHandler([handler](const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
        handler(request, std::move(responder));
    });
#endif
}

// The listener must already listen; QHttpServer takes ownership.
inline bool bind(QHttpServer &server, QTcpServer *listener)
{
#if MYGPT_QHTTPSERVER_68
    return server.bind(listener);
#else
    server.bind(listener);
    return listener->isListening();
#endif
}

// 6.4 hands out the socket; 6.8 does not, so the caller looks it up by the peer's port
// among the sockets its own listener accepted.
inline QTcpSocket *socketOf(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
#if MYGPT_QHTTPSERVER_68
    Q_UNUSED(request);
    Q_UNUSED(responder);
    return nullptr;
#else
    Q_UNUSED(request);
    return responder.socket();
#endif
}

inline quint16 peerPortOf(const QHttpServerRequest &request)
{
#if MYGPT_QHTTPSERVER_68
    return request.remotePort();
#else
    Q_UNUSED(request);
    return 0;
#endif
}

inline HeaderList headersOf(const QHttpServerRequest &request)
{
#if MYGPT_QHTTPSERVER_68
    const QHttpHeaders headers = request.headers();
    HeaderList result;
    result.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        result.append({ QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()),
                        headers.valueAt(i).toByteArray() });
    return result;
#else
    return request.headers();
#endif
}

// True where the responder can only write through its own API (6.8+), false where the proxy
// writes rendered HTTP/1.1 bytes to the socket itself (6.4).
constexpr bool writesThroughResponder = MYGPT_QHTTPSERVER_68;

#if MYGPT_QHTTPSERVER_68
inline QHttpHeaders toHttpHeaders(const HeaderList &headers)
{
    QHttpHeaders result;
    for (const auto &[name, value] : headers)
        result.append(name, value);
    return result;
}

inline void writeWhole(QHttpServerResponder &responder, int status, const HeaderList &headers,
                       const QByteArray &body)
{
    responder.write(body, toHttpHeaders(headers), QHttpServerResponder::StatusCode(status));
}

inline void beginChunked(QHttpServerResponder &responder, int status, const HeaderList &headers)
{
    responder.writeBeginChunked(toHttpHeaders(headers), QHttpServerResponder::StatusCode(status));
}

inline void writeChunk(QHttpServerResponder &responder, const QByteArray &data)
{
    if (!data.isEmpty()) // an empty chunk would end the body
        responder.writeChunk(data);
}

inline void endChunked(QHttpServerResponder &responder)
{
    responder.writeEndChunked(QByteArray());
}
#endif

} // namespace compat
} // namespace mygpt
