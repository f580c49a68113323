#pragma once

#include <QBasicTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>

#include <deque>
#include <functional>

#include "http/HttpWire.h"
#include "http/RequestFramer.h"

class QHttpServerResponder;

namespace mygpt {

class ResponseChannel;
struct ApiError;

struct ConnectionLimits
{
    qint64 maxHeadBytes = 64 * 1024;
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int idleTimeoutMs = 120'000;   // keep-alive connection with nothing to do
    int requestTimeoutMs = 30'000; // a request head must arrive within this; a body may not stall longer
    // Headers for an error answered by the connection itself (413, 431, 408, 400...), given
    // the request's Origin: without CORS headers a browser page sees only a network error.
    std::function<HeaderList(QByteArrayView origin)> rejectionHeaders;
};

// One client TCP connection, watched beside QHttpServer. It sees every byte just before
// QHttpServer reads it (peek in a readyRead slot connected first) and enforces what the 6.4
// server lacks: size limits, request/idle timeouts, a 400 for garbage, Expect: 100-continue,
// Connection: close / HTTP/1.0, and answers to pipelined requests in order.
class ClientConnection final : public QObject
{
    Q_OBJECT

public:
    ClientConnection(QTcpSocket *socket, const ConnectionLimits &limits, QObject *parent);
    ~ClientConnection() override;

    QTcpSocket *socket() const { return m_socket; }
    quint16 peerPort() const { return m_peerPort; }

    // Called once QHttpServer has connected its own readyRead slot to the socket.
    void serverAttached(QObject *httpServer);

    // The response for the next request QHttpServer dispatched on this connection.
    ResponseChannel *openChannel(QHttpServerResponder &&responder);

    qint64 socketBytesToWrite() const;

Q_SIGNALS:
    void requestRejected(const ApiError &error);

private:
    friend class ResponseChannel;
    enum class Send { Later, Now };
    // Now: the bytes go to the kernel at once, before the caller's bookkeeping (log lines, the
    // request store) runs; Later: when the event loop comes back, together with what follows.
    void writeToSocket(const QByteArray &bytes, Send when = Send::Later);
    void channelFinished(ResponseChannel *channel);

    void beforeServerReads();
    void afterServerReads();
    void onDisconnected();
    void onBytesWritten();
    void handleFramerEvents(const QList<RequestFramer::Event> &events);
    void stopAccepting(qint64 keepUntil);
    void discardBeyondKept();
    void reject(const ApiError &error, qint64 keepUntil, QByteArrayView origin);
    void advanceQueue();
    void closeAfterFlush();
    void updateTimers();
    void timerEvent(QTimerEvent *event) override;

    QPointer<QTcpSocket> m_socket;
    QPointer<QObject> m_server;
    ConnectionLimits m_limits;
    RequestFramer m_framer;
    quint16 m_peerPort = 0;
    qint64 m_leftover = 0;               // bytes QHttpServer has already been shown
    QQueue<RequestHead> m_framed;        // complete requests QHttpServer has not dispatched yet
    std::deque<ResponseChannel *> m_channels; // in request order; front is on the wire
    QByteArray m_rejection;              // a final error answer, sent after earlier answers
    // Once no further request is accepted (Connection: close, HTTP/1.0, a rejected request),
    // QHttpServer may still read the requests before that point -- m_kept bytes at the front
    // of the socket's buffer -- and nothing after it.
    bool m_closing = false;
    qint64 m_kept = 0;
    qint64 m_lastMessageEnd = 0;
    qint64 m_bodyProgressMark = 0; // stream position when the request timer last restarted // stream position just past the last complete request
    bool m_shuttingDown = false; // the last answer is written; flushing, then closing
    bool m_gone = false;
    bool m_writing = false; // inside writeToSocket(): its own flush reports bytesWritten
    bool m_continuePending = false;
    QBasicTimer m_idleTimer;
    QBasicTimer m_requestTimer;
};

} // namespace mygpt
