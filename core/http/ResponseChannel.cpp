#include "http/ResponseChannel.h"

#include "http/ClientConnection.h"
#include "http/HttpWire.h"

namespace mygpt {

ResponseChannel::ResponseChannel(QHttpServerResponder &&responder, ClientConnection *connection,
                                 const RequestHead &head)
    : QObject(connection)
    , m_responder(std::move(responder))
    , m_connection(connection)
    , m_head(head)
{
}

ResponseChannel::~ResponseChannel() = default;

void ResponseChannel::addFramingHeaders(HeaderList &headers, bool chunked, qint64 length) const
{
    if (chunked)
        headers.append(qMakePair(QByteArray("Transfer-Encoding"), QByteArray("chunked")));
    else if (length >= 0)
        headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(length)));
    if (!m_head.keepAlive || m_closeDelimited)
        headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
}

void ResponseChannel::sendWhole(int status, HeaderList headers, const QByteArray &body)
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if constexpr (compat::writesThroughResponder) {
#if MYGPT_QHTTPSERVER_68
        if (!m_clientGone)
            compat::writeWhole(m_responder, status, headers, body);
#endif
    } else {
        const bool noBody = status < 200 || status == 204 || status == 304;
        addFramingHeaders(headers, false, noBody ? -1 : body.size());
        QByteArray bytes = wire::head(status, headers, m_head.versionMinor);
        if (m_head.method != "HEAD" && !noBody)
            bytes += body;
        output(bytes, ClientConnection::Send::Now);
    }
    finish();
}

void ResponseChannel::beginStream(int status, HeaderList headers, qint64 knownLength)
{
    if (m_started || m_finished)
        return;
    m_started = true;
    // RFC 9110 section 6.4.1: no body (and so no body framing) for HEAD, 1xx, 204 and 304.
    m_bodyless = m_head.method == "HEAD" || status < 200 || status == 204 || status == 304;
    if constexpr (compat::writesThroughResponder) {
        m_chunked = true;
#if MYGPT_QHTTPSERVER_68
        if (!m_clientGone)
            compat::beginChunked(m_responder, status, headers);
#endif
    } else {
        // HTTP/1.0 clients know no chunked encoding: the end of the body is the connection's end.
        m_closeDelimited = knownLength < 0 && m_head.versionMinor == 0 && !m_bodyless;
        m_chunked = knownLength < 0 && !m_closeDelimited && !m_bodyless;
        const bool noLength = m_bodyless && m_head.method != "HEAD";
        addFramingHeaders(headers, m_chunked, noLength ? -1 : knownLength);
        output(wire::head(status, headers, m_head.versionMinor), ClientConnection::Send::Later);
    }
}

void ResponseChannel::sendChunk(const QByteArray &data)
{
    if (!m_started || m_finished || data.isEmpty() || m_bodyless)
        return;
    if constexpr (compat::writesThroughResponder) {
#if MYGPT_QHTTPSERVER_68
        if (!m_clientGone)
            compat::writeChunk(m_responder, data);
#endif
    } else {
        output(m_chunked ? wire::chunk(data) : data, ClientConnection::Send::Now);
    }
}

void ResponseChannel::endStream()
{
    if (!m_started || m_finished)
        return;
    if constexpr (compat::writesThroughResponder) {
#if MYGPT_QHTTPSERVER_68
        if (!m_clientGone)
            compat::endChunked(m_responder);
#endif
    } else if (m_chunked && !m_bodyless) {
        output(wire::lastChunk.toByteArray(), ClientConnection::Send::Now);
    }
    finish();
}

void ResponseChannel::abortConnection()
{
    if (m_finished)
        return;
    m_abortAfter = true;
    finish();
}

qint64 ResponseChannel::bufferedBytes() const
{
    qint64 pending = m_held.size();
    if (m_connection && m_released)
        pending += m_connection->socketBytesToWrite();
    return pending;
}

void ResponseChannel::output(const QByteArray &bytes, ClientConnection::Send when)
{
    if (m_clientGone)
        return;
    if (m_released && m_connection)
        m_connection->writeToSocket(bytes, when);
    else
        m_held += bytes;
}

void ResponseChannel::release()
{
    if (m_released)
        return;
    m_released = true;
    if (!m_held.isEmpty() && m_connection && !m_clientGone)
        m_connection->writeToSocket(m_held, ClientConnection::Send::Now);
    m_held.clear();
}

void ResponseChannel::markClientGone()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    m_held.clear();
    if (!m_finished)
        Q_EMIT clientGone();
}

void ResponseChannel::finish()
{
    m_finished = true;
    if (m_connection)
        m_connection->channelFinished(this);
}

} // namespace mygpt
