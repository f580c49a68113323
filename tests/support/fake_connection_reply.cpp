// FakeConnection, second half: playing a Reply (framing, timing, generated bodies, faults).
#include "fake_connection.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace mygpt::test {

namespace {
constexpr qint64 kGeneratedBlock = 64 * 1024;
constexpr qint64 kHighWater = 512 * 1024; // refill the generated body below this
constexpr qint64 kNeverEndMaxBacklog = 1024 * 1024;

const QByteArray &generatedBlock()
{
    // Printable filler so `curl` output stays readable: 63 characters and a newline per line.
    static const QByteArray block = []() -> QByteArray {
        const QByteArray line
            = QByteArrayLiteral("mygpt fake upstream generated body 0123456789abcdefghijklmnopq\n");
        QByteArray b;
        b.reserve(kGeneratedBlock);
        while (b.size() < kGeneratedBlock)
            b += line;
        b.truncate(kGeneratedBlock);
        return b;
    }();
    return block;
}
} // namespace
QByteArray FakeConnection::buildHead(qint64 contentLength) const
{
    const Reply &r = m_reply;
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' '
        + (r.reason.isEmpty() ? reasonPhrase(r.status) : r.reason) + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    const bool bodyless = r.status == 204 || r.status == 304 || r.status < 200;
    if (!bodyless) {
        if (r.framing == Reply::Framing::ContentLength
            && !containsHeader(r.headers, "content-length"))
            head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        if (r.framing == Reply::Framing::Chunked && !containsHeader(r.headers, "transfer-encoding"))
            head += "Transfer-Encoding: chunked\r\n";
    }
    if (!containsHeader(r.headers, "connection")) {
        if (m_closeAfter)
            head += "Connection: close\r\n";
        else if (m_requestIsHttp10)
            head += "Connection: keep-alive\r\n";
    }
    head += "\r\n";
    return head;
}

void FakeConnection::startReply()
{
    switch (m_reply.fault) {
    case Reply::Fault::CloseBeforeHeaders:
        closeGracefully();
        return;
    case Reply::Fault::ResetBeforeHeaders:
        resetNow();
        return;
    default:
        break;
    }
    if (m_reply.chunks.isEmpty() && !m_reply.body.isEmpty())
        m_reply.chunks.append(m_reply.body); // one code path: the body is a single piece
    qint64 total = m_reply.generatedBodyBytes;
    for (const auto &piece : std::as_const(m_reply.chunks))
        total += piece.size();
    QByteArray head = buildHead(total);

    const bool bodyless = m_requestIsHead || m_reply.status == 204 || m_reply.status == 304;
    if (bodyless) {
        m_socket->write(head);
        m_socket->flush();
        finishReply();
    } else if (m_reply.generatedBodyBytes > 0) {
        m_socket->write(head);
        m_generatedLeft = m_reply.generatedBodyBytes;
        m_generatedBlock.clear();
        if (!m_reply.generatedBlock.isEmpty()) {
            // Whole repetitions only, so that consecutive blocks join seamlessly.
            const qsizetype unit = m_reply.generatedBlock.size();
            m_generatedBlock = m_reply.generatedBlock.repeated(qMax<qsizetype>(1, kGeneratedBlock / unit));
        }
        m_generating = true;
        pumpGenerated();
    } else if (m_reply.fault == Reply::Fault::None && m_reply.chunks.size() <= 1) {
        // The benchmark path: head, body and terminator in one write.
        if (!m_reply.chunks.isEmpty()) {
            const QByteArray &body = m_reply.chunks.first();
            if (m_reply.framing == Reply::Framing::Chunked)
                head += QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n";
            else
                head += body;
        }
        if (m_reply.framing == Reply::Framing::Chunked)
            head += "0\r\n\r\n";
        m_socket->write(head);
        m_socket->flush();
        finishReply();
    } else {
        m_socket->write(head);
        m_socket->flush();
        pump();
    }
}

void FakeConnection::writePiece(const QByteArray &piece, bool flush)
{
    if (m_reply.framing == Reply::Framing::Chunked) {
        if (piece.isEmpty())
            return; // an empty HTTP chunk would end the body
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    } else {
        m_socket->write(piece);
    }
    if (flush)
        m_socket->flush();
}

void FakeConnection::pump()
{
    using F = Reply::Fault;
    const F fault = m_reply.fault;
    const bool pieceFault = fault == F::ResetAfterChunks || fault == F::CloseAfterChunks
        || fault == F::StallAfterChunks;
    const qsizetype count = m_reply.chunks.size();
    const qsizetype faultAt = std::clamp<qsizetype>(m_reply.faultAfterChunks, 0, count);
    for (;;) {
        if (pieceFault && m_next >= faultAt) {
            if (fault == F::ResetAfterChunks)
                resetNow();
            else if (fault == F::CloseAfterChunks)
                closeGracefully();
            else
                m_halted = true; // stall: keep the socket, send nothing
            return;
        }
        if (m_next >= count) {
            if (fault == F::NeverEnd && count > 0) {
                if (pendingBytes() < kNeverEndMaxBacklog)
                    writePiece(m_reply.chunks.last(), true);
                if (!m_closed)
                    schedule(qMax(1, m_reply.chunkIntervalMs), &FakeConnection::pump);
                return;
            }
            endBody();
            return;
        }
        writePiece(m_reply.chunks.at(m_next++), true);
        if (m_closed)
            return;
        if (m_next >= count && !pieceFault && fault != F::NeverEnd) {
            endBody();
            return;
        }
        if (m_reply.chunkIntervalMs > 0) {
            schedule(m_reply.chunkIntervalMs, &FakeConnection::pump);
            return;
        }
    }
}

void FakeConnection::pumpGenerated()
{
    const QByteArray &block = m_generatedBlock.isEmpty() ? generatedBlock() : m_generatedBlock;
    const qint64 blockSize = block.size();
    // Only top the socket buffer up: memory stays bounded whatever the body size.
    while (m_generatedLeft > 0 && pendingBytes() < kHighWater && !m_closed) {
        const qint64 n = qMin(m_generatedLeft, blockSize);
        writePiece(n == blockSize ? block : block.left(n), false);
        m_generatedLeft -= n;
    }
    if (m_generatedLeft == 0 && m_generating && !m_closed) {
        m_generating = false;
        endBody();
    }
}

void FakeConnection::endBody()
{
    if (m_reply.framing == Reply::Framing::Chunked)
        m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
    m_socket->flush();
    finishReply();
}

void FakeConnection::finishReply()
{
    m_busy = false;
    m_reply = Reply();
    if (m_closeAfter) {
        closeGracefully();
        return;
    }
    dispatch(); // next pipelined request, if any
}

qint64 FakeConnection::pendingBytes() const
{
    return m_socket->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0);
}

void FakeConnection::resetNow()
{
    m_closingByUs = true;
    m_timer.stop();
    m_socket->flush();
    // What was already sent must reach the client before the RST.
    if (pendingBytes() > 0)
        m_resetWhenDrained = true;
    else
        resetAfterDrain();
}

void FakeConnection::resetAfterDrain()
{
    m_resetWhenDrained = false;
    // SO_LINGER {on, 0}: close() then sends RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd != -1) {
        linger lin {};
        lin.l_onoff = 1;
        lin.l_linger = 0;
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&lin), sizeof lin);
    }
    m_socket->abort();
}

} // namespace mygpt::test
