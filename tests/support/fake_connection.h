#pragma once

#include "fake_types.h"
#include "request_parser.h"

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class QSslSocket;
class QTcpSocket;

namespace mygpt::test {

class FakeUpstream;

// QTcpServer that hands raw descriptors over, so TLS sockets can be made in server mode.
class FakeListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

// One accepted socket: parses requests, plays Replies (timing, framing, faults), one at a time.
// Deletes itself (deleteLater) once the socket is closed, which also cancels its timer.
class FakeConnection : public QObject
{
    Q_OBJECT
public:
    FakeConnection(int id, QTcpSocket *socket, FakeUpstream *server);
    ~FakeConnection() override;

    int id() const { return m_id; }
    void closeGracefully(); // FIN once pending bytes are out
    void closeNow();

private:
    void onReadyRead();
    void onDisconnected();
    void onBytesWritten();
    void onTimer();
    void schedule(int ms, void (FakeConnection::*action)());

    void dispatch();
    void beginReply(Reply reply);
    void startReply();
    QByteArray buildHead(qint64 contentLength) const;
    void pump();
    void pumpGenerated();
    void writePiece(const QByteArray &piece, bool flush);
    void endBody();
    void finishReply();
    void resetNow();
    void resetAfterDrain();
    qint64 pendingBytes() const;

    FakeUpstream *m_server;
    QTcpSocket *m_socket;
    QSslSocket *m_ssl = nullptr; // same object as m_socket when TLS
    const int m_id;
    RequestParser m_parser;
    QList<ReceivedRequest> m_pending; // pipelined requests waiting for their turn
    int m_parseErrorStatus = 0;

    Reply m_reply;
    qsizetype m_next = 0; // next piece of m_reply.chunks
    qint64 m_generatedLeft = 0;
    QByteArray m_generatedBlock; // Reply::generatedBlock repeated to about 64 KiB
    bool m_requestWantsClose = false;
    bool m_requestIsHead = false;
    bool m_requestIsHttp10 = false;
    bool m_closeAfter = false;
    bool m_busy = false; // a reply is being played
    bool m_halted = false; // Hang/Stall: answer nothing more on this connection
    bool m_generating = false;
    bool m_resetWhenDrained = false;
    bool m_closingByUs = false;
    bool m_closed = false;
    bool m_inDispatch = false;

    QTimer m_timer;
    void (FakeConnection::*m_timerAction)() = nullptr;
};

} // namespace mygpt::test
