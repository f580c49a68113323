#include "http/ClientConnection.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QTimerEvent>

#include "http/ApiError.h"
#include "http/HttpWire.h"
#include "http/ResponseChannel.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcConnection, "mygpt.connection", QtWarningMsg)

namespace {

constexpr qint64 LowWaterMark = 256 * 1024;
constexpr int LingerMs = 2000;

// Half-close after an early error answer: a client still sending its body would otherwise
// get a reset that can destroy the answer before it reads it.
void shutdownWrite(QTcpSocket *socket)
{
    const auto fd = socket->socketDescriptor();
    if (fd < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(fd), SD_SEND);
#else
    ::shutdown(int(fd), SHUT_WR);
#endif
}

QString codeFor(RequestFramer::Error error)
{
    switch (error) {
    case RequestFramer::Error::HeadTooLarge:
        return u"request_header_too_large"_s;
    case RequestFramer::Error::BodyTooLarge:
        return u"request_too_large"_s;
    case RequestFramer::Error::MethodNotAllowed:
        return u"method_not_allowed"_s;
    case RequestFramer::Error::VersionNotSupported:
        return u"http_version_not_supported"_s;
    default:
        return u"bad_request"_s;
    }
}

} // namespace

ClientConnection::ClientConnection(QTcpSocket *socket, const ConnectionLimits &limits,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer({ limits.maxHeadBytes, limits.maxBodyBytes })
    , m_peerPort(socket->peerPort())
{
    // Without this the first event on a reused connection waits ~40 ms for Nagle.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &ClientConnection::beforeServerReads);
    connect(socket, &QTcpSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &ClientConnection::onDisconnected);
    connect(socket, &QObject::destroyed, this, &ClientConnection::onDisconnected);
    updateTimers();
}

ClientConnection::~ClientConnection() = default;

void ClientConnection::serverAttached(QObject *httpServer)
{
    m_server = httpServer;
    if (m_socket)
        connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::afterServerReads);
}

qint64 ClientConnection::socketBytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void ClientConnection::beforeServerReads()
{
    if (!m_socket)
        return;
    if (m_closing) {
        discardBeyondKept();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_leftover) {
        m_leftover = available;
        return;
    }
    const QByteArray fresh = m_socket->peek(available).sliced(m_leftover);
    m_leftover = available;
    const bool wasInRequest = m_framer.inRequest();
    handleFramerEvents(m_framer.feed(fresh));
    if (m_closing) {
        discardBeyondKept();
        return;
    }
    // A head must arrive within the timeout; a body must keep coming (at least a kilobyte per
    // period, so a trickle of single bytes cannot hold the connection forever).
    if (m_framer.inRequest() && !wasInRequest) {
        m_requestTimer.start(m_limits.requestTimeoutMs, this);
        m_bodyProgressMark = m_framer.bytesFed();
    } else if (m_framer.inBody() && m_framer.bytesFed() - m_bodyProgressMark >= 1024) {
        m_requestTimer.start(m_limits.requestTimeoutMs, this);
        m_bodyProgressMark = m_framer.bytesFed();
    }
    updateTimers();
}

void ClientConnection::afterServerReads()
{
    if (!m_socket)
        return;
    m_leftover = m_socket->bytesAvailable();
    if (m_closing)
        m_kept = qMin(m_kept, m_leftover);
}

void ClientConnection::stopAccepting(qint64 keepUntil)
{
    m_closing = true;
    // Everything fed to the framer is either read by QHttpServer already or still buffered,
    // so the buffer starts at bytesFed() - bytesAvailable() in stream positions.
    const qint64 bufferStart = m_framer.bytesFed() - (m_socket ? m_socket->bytesAvailable() : 0);
    m_kept = qMax<qint64>(0, keepUntil - bufferStart);
}

void ClientConnection::discardBeyondKept()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_kept) {
        // Drop the tail, keep the front: read everything, then put the kept bytes back
        // (inside QHttpServer's read transaction ungetChar only moves the position back).
        const QByteArray all = m_socket->read(available);
        for (qint64 i = m_kept - 1; i >= 0; --i)
            m_socket->ungetChar(all.at(i));
    }
    m_leftover = m_socket->bytesAvailable();
}

void ClientConnection::handleFramerEvents(const QList<RequestFramer::Event> &events)
{
    for (const auto &event : events) {
        switch (event.kind) {
        case RequestFramer::Event::Kind::HeadComplete:
            if (event.head.expectContinue) {
                if (m_channels.empty() && m_framed.isEmpty())
                    writeToSocket(wire::continueLine.toByteArray());
                else
                    m_continuePending = true;
            }
            break;
        case RequestFramer::Event::Kind::MessageComplete:
            m_framed.enqueue(event.head);
            m_lastMessageEnd = event.end;
            if (!event.head.keepAlive) {
                // RFC 9112 section 9.6: nothing after a closing request is processed.
                stopAccepting(event.end);
                return;
            }
            break;
        case RequestFramer::Event::Kind::Failed: {
            const int status = RequestFramer::statusCode(event.error);
            // Requests before the bad one are still answered, in order, before the error.
            reject(ApiError::protocol(status, QString::fromLatin1(event.detail),
                                      codeFor(event.error)),
                   event.requestStart, event.head.origin);
            return;
        }
        }
    }
}

void ClientConnection::reject(const ApiError &error, qint64 keepUntil, QByteArrayView origin)
{
    if (!m_rejection.isEmpty() || m_shuttingDown)
        return;
    qCInfo(lcConnection) << "rejecting request from port" << m_peerPort << error.status
                         << error.message;
    Q_EMIT requestRejected(error);
    const QByteArray body = error.toJson();
    HeaderList headers { { "Content-Type", "application/json" },
                         { "Content-Length", QByteArray::number(body.size()) },
                         { "Connection", "close" } };
    if (!origin.isEmpty() && m_limits.rejectionHeaders)
        headers.append(m_limits.rejectionHeaders(origin));
    m_rejection = wire::head(error.status, headers) + body;
    if (!m_closing)
        stopAccepting(keepUntil);
    m_requestTimer.stop();
    m_idleTimer.stop();
    if (m_channels.empty() && m_framed.isEmpty())
        advanceQueue();
}

ResponseChannel *ClientConnection::openChannel(QHttpServerResponder &&responder)
{
    const RequestHead head = m_framed.isEmpty() ? RequestHead {} : m_framed.dequeue();
    auto *channel = new ResponseChannel(std::move(responder), this, head);
    m_channels.push_back(channel);
    if (m_gone)
        channel->markClientGone();
    else if (m_channels.front() == channel)
        channel->release();
    updateTimers();
    return channel;
}

void ClientConnection::writeToSocket(const QByteArray &bytes, Send when)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes);
    if (when == Send::Now) {
        // flush() emits bytesWritten before it returns: the writer is busy writing, so it
        // needs no "writable" call back into it (see onBytesWritten()).
        const QScopedValueRollback writing(m_writing, true);
        m_socket->flush();
    }
}

void ClientConnection::channelFinished(ResponseChannel *channel)
{
    if (!m_channels.empty() && m_channels.front() == channel)
        advanceQueue();
}

void ClientConnection::advanceQueue()
{
    while (!m_channels.empty() && m_channels.front()->isFinished()) {
        ResponseChannel *done = m_channels.front();
        m_channels.pop_front();
        done->deleteLater();
        if (!done->request().keepAlive || done->m_abortAfter) {
            // Later pipelined requests are dropped with the connection.
            for (ResponseChannel *rest : m_channels)
                rest->markClientGone();
            closeAfterFlush();
            return;
        }
        if (!m_channels.empty())
            m_channels.front()->release();
    }
    if (m_channels.empty() && m_framed.isEmpty()) {
        if (!m_rejection.isEmpty()) {
            writeToSocket(m_rejection);
            m_rejection.clear();
            closeAfterFlush();
            return;
        }
        if (m_continuePending && !m_closing) {
            m_continuePending = false;
            writeToSocket(wire::continueLine.toByteArray());
        }
    }
    updateTimers();
}

void ClientConnection::closeAfterFlush()
{
    if (!m_socket)
        return;
    m_closing = true;
    m_shuttingDown = true;
    m_idleTimer.stop();
    m_requestTimer.stop();
    if (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->flush();
        if (m_socket->bytesToWrite() > 0)
            return; // onBytesWritten() comes back here
    }
    shutdownWrite(m_socket);
    // Give the client a moment to read the answer and close its side; then close ours.
    m_idleTimer.start(LingerMs, this);
}

void ClientConnection::onBytesWritten()
{
    if (!m_socket || m_writing)
        return;
    if (m_shuttingDown) {
        if (m_socket->bytesToWrite() == 0 && !m_idleTimer.isActive())
            closeAfterFlush();
        return;
    }
    if (!m_channels.empty() && m_socket->bytesToWrite() < LowWaterMark)
        Q_EMIT m_channels.front()->writable();
}

void ClientConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_idleTimer.stop();
    m_requestTimer.stop();
    // Copy: a channel's clientGone handler may finish it and re-enter the queue logic.
    const std::deque<ResponseChannel *> channels = m_channels;
    for (ResponseChannel *channel : channels)
        channel->markClientGone();
    deleteLater();
}

void ClientConnection::updateTimers()
{
    if (m_gone || m_closing)
        return;
    if (m_framer.inRequest() || !m_channels.empty() || !m_framed.isEmpty()) {
        m_idleTimer.stop();
        if (!m_framer.inRequest())
            m_requestTimer.stop();
    } else {
        m_requestTimer.stop();
        m_idleTimer.start(m_limits.idleTimeoutMs, this);
    }
}

void ClientConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_requestTimer.timerId()) {
        m_requestTimer.stop();
        // Complete requests still waiting are answered; the late one never will be.
        reject(ApiError::protocol(408, u"the request did not arrive in time"_s,
                                  u"request_timeout"_s),
               m_lastMessageEnd, m_framer.pendingHead().origin);
        if (m_socket)
            discardBeyondKept();
    } else if (event->timerId() == m_idleTimer.timerId()) {
        m_idleTimer.stop();
        if (!m_socket)
            return;
        if (m_shuttingDown)
            m_socket->abort(); // the linger after the last answer is over
        else
            m_socket->disconnectFromHost(); // idle keep-alive connection
    }
}

} // namespace mygpt
