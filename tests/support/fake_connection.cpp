#include "fake_connection.h"

#include "fake_upstream.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

namespace mygpt::test {

FakeConnection::FakeConnection(int id, QTcpSocket *socket, FakeUpstream *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_ssl(qobject_cast<QSslSocket *>(socket))
    , m_id(id)
{
    socket->setParent(this);
    // Every streamed piece must leave at once, not wait for Nagle.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // chunk intervals are asserted on (coarse: +-5%)
    connect(&m_timer, &QTimer::timeout, this, &FakeConnection::onTimer);
    connect(socket, &QIODevice::readyRead, this, &FakeConnection::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &FakeConnection::onDisconnected);
    connect(socket, &QIODevice::bytesWritten, this, &FakeConnection::onBytesWritten);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    if (m_ssl)
        connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &FakeConnection::onBytesWritten);
}

FakeConnection::~FakeConnection()
{
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void FakeConnection::schedule(int ms, void (FakeConnection::*action)())
{
    m_timerAction = action;
    m_timer.start(ms);
}

void FakeConnection::onTimer()
{
    const auto action = std::exchange(m_timerAction, nullptr);
    if (action && !m_closed)
        (this->*action)();
}

void FakeConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_server->noteBytes(m_id, data.size());
    if (m_halted || m_closingByUs || m_parseErrorStatus || m_closed)
        return; // nobody will answer these bytes
    m_parser.append(data);
    for (;;) {
        ReceivedRequest request;
        const auto status = m_parser.next(request);
        if (status == RequestParser::Status::NeedMore) {
            if (m_parser.takeContinueRequest())
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            break;
        }
        if (status == RequestParser::Status::Error) {
            m_parseErrorStatus = m_parser.errorStatus();
            break;
        }
        request.connectionId = m_id;
        request.receivedAtMs = m_server->elapsedMs();
        // requestReceived() runs user code: it may close us.
        QPointer<FakeConnection> self(this);
        m_server->record(request);
        if (!self || m_closed)
            return;
        m_pending.append(std::move(request));
    }
    dispatch();
}

void FakeConnection::dispatch()
{
    if (m_inDispatch)
        return;
    m_inDispatch = true;
    while (!m_busy && !m_halted && !m_closed && !m_closingByUs) {
        if (!m_pending.isEmpty()) {
            const ReceivedRequest request = m_pending.takeFirst();
            m_requestWantsClose = RequestParser::wantsClose(request);
            m_requestIsHead = request.method == "HEAD";
            m_requestIsHttp10 = request.version == "HTTP/1.0";
            beginReply(m_server->replyFor(request));
        } else if (m_parseErrorStatus) {
            m_requestWantsClose = true;
            m_requestIsHead = false;
            beginReply(jsonReply(m_parseErrorStatus,
                QByteArrayLiteral(R"({"error":{"message":"malformed request",)"
                                  R"("type":"invalid_request_error","param":null,"code":null}})")));
        } else {
            break;
        }
    }
    m_inDispatch = false;
}

void FakeConnection::beginReply(Reply reply)
{
    m_reply = std::move(reply);
    m_busy = true;
    m_next = 0;
    const QByteArray connection = findHeader(m_reply.headers, "connection").toLower();
    m_closeAfter = m_requestWantsClose || m_reply.framing == Reply::Framing::CloseDelimited
        || connection.contains("close");
    if (m_reply.fault == Reply::Fault::Hang) {
        m_halted = true; // keep the socket open and say nothing, forever
        return;
    }
    if (m_reply.firstByteDelayMs > 0)
        schedule(m_reply.firstByteDelayMs, &FakeConnection::startReply);
    else
        startReply();
}

void FakeConnection::onBytesWritten()
{
    if (m_closed)
        return;
    if (m_resetWhenDrained) {
        if (pendingBytes() == 0)
            resetAfterDrain();
        return;
    }
    if (m_generating)
        pumpGenerated();
}

void FakeConnection::closeGracefully()
{
    if (m_closed)
        return;
    m_closingByUs = true;
    m_timer.stop();
    m_socket->disconnectFromHost(); // flushes what is queued, then FIN (TLS: close_notify)
}

void FakeConnection::closeNow()
{
    if (m_closed)
        return;
    m_closingByUs = true;
    m_timer.stop();
    m_socket->abort();
}

void FakeConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_busy = false;
    m_generating = false;
    m_server->noteClosed(m_id, !m_closingByUs);
    deleteLater();
}

} // namespace mygpt::test
