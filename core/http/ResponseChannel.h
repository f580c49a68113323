#pragma once

#include <QObject>
#include <QPointer>
#include <QtHttpServer/QHttpServerResponder>

#include "http/ClientConnection.h"
#include "http/HttpCompat.h"
#include "http/RequestFramer.h"

namespace mygpt {

// The answer to one request. Output written before the earlier requests on the same connection
// are answered is held back and released in order (QHttpServer 6.4 would interleave
// pipelined answers). Writes after the client went away are dropped, never sent to a dead socket.
class ResponseChannel final : public QObject
{
    Q_OBJECT

public:
    ResponseChannel(QHttpServerResponder &&responder, ClientConnection *connection,
                    const RequestHead &head);
    ~ResponseChannel() override;

    const RequestHead &request() const { return m_head; }
    bool isClientGone() const { return m_clientGone; }
    bool isFinished() const { return m_finished; }
    bool hasStarted() const { return m_started; }

    void sendWhole(int status, HeaderList headers, const QByteArray &body);
    // knownLength >= 0 relays a body of that size with Content-Length framing (6.4);
    // otherwise the body is chunked (or close-delimited for HTTP/1.0 clients).
    void beginStream(int status, HeaderList headers, qint64 knownLength = -1);
    void sendChunk(const QByteArray &data);
    void endStream();
    // The response cannot be completed (the upstream broke mid-body where no error event fits):
    // close the connection so the client sees a truncated body instead of waiting.
    void abortConnection();

    // Bytes accepted but not yet handed to the kernel; drives upstream back-pressure.
    qint64 bufferedBytes() const;

Q_SIGNALS:
    // The client disconnected before this response was finished.
    void clientGone();
    // Buffered output drained below the low-water mark.
    void writable();

private:
    friend class ClientConnection;
    void release();
    void markClientGone();
    // Body bytes go to the kernel at once (Send::Now): the answer leaves before the exchange's
    // bookkeeping runs. A stream's head waits (Send::Later) to leave with its first chunk.
    void output(const QByteArray &bytes, ClientConnection::Send when);
    void finish();
    void addFramingHeaders(HeaderList &headers, bool chunked, qint64 length) const;

    QHttpServerResponder m_responder;
    QPointer<ClientConnection> m_connection;
    RequestHead m_head;
    QByteArray m_held;
    bool m_released = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_clientGone = false;
    bool m_chunked = false;
    bool m_bodyless = false;
    bool m_closeDelimited = false;
    bool m_abortAfter = false;
};

} // namespace mygpt
