#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace mygpt::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

enum class Tls { Off, On };

// Case-insensitive lookup of the first header called `name`; empty when absent.
QByteArray findHeader(const HeaderList &headers, QByteArrayView name);
bool containsHeader(const HeaderList &headers, QByteArrayView name);

// One request exactly as it arrived (header order and case preserved).
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path + query, as sent
    QByteArray version; // e.g. "HTTP/1.1"
    HeaderList headers;
    QByteArray body; // de-chunked when the request used chunked framing
    int connectionId = 0;
    qint64 receivedAtMs = 0; // FakeUpstream::elapsedMs() when the last body byte arrived

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
    bool hasHeader(QByteArrayView name) const { return containsHeader(headers, name); }
    QByteArray path() const; // target without the query
    QByteArray query() const; // after '?', without it
};

struct ConnectionInfo
{
    int id = 0;
    qint64 openedAtMs = 0;
    qint64 closedAtMs = -1; // -1 while open
    bool closedByPeer = false; // the client closed (or reset) it, not the fake
    qint64 bytesReceived = 0;
};

// What the fake answers. Framing headers are added automatically unless already in `headers`.
struct Reply
{
    int status = 200;
    QByteArray reason; // defaults from status
    HeaderList headers;

    enum class Framing { ContentLength, Chunked, CloseDelimited };
    Framing framing = Framing::ContentLength;

    QByteArray body; // whole body (non-streaming)
    QList<QByteArray> chunks; // streamed pieces: one write + flush each (one HTTP chunk if Chunked)
    int firstByteDelayMs = 0; // before the status line
    int chunkIntervalMs = 0; // between pieces
    qint64 generatedBodyBytes = 0; // generated while the client drains it, never buffered whole
    // What generatedBodyBytes repeats (e.g. one SSE event); empty: lines of printable filler.
    // Only the last repetition may be cut short.
    QByteArray generatedBlock;

    enum class Fault {
        None,
        Hang, // never answer, keep the socket open
        CloseBeforeHeaders, // FIN without a byte
        ResetBeforeHeaders, // RST without a byte
        ResetAfterChunks, // RST after faultAfterChunks pieces
        CloseAfterChunks, // FIN after faultAfterChunks pieces: truncated body
        StallAfterChunks, // send nothing more, keep open
        NeverEnd, // repeat the last piece forever every chunkIntervalMs (min 1 ms); not with
                  // ContentLength framing
    };
    Fault fault = Fault::None;
    int faultAfterChunks = 0;

    Reply &header(QByteArray name, QByteArray value);
};

QByteArray reasonPhrase(int status);

// Ready-made replies for custom handlers.
Reply jsonReply(int status, QByteArray json);
Reply textReply(int status, QByteArray contentType, QByteArray body);
// text/event-stream, chunked, one `data: <payload>\n\n` event per HTTP chunk.
Reply sseReply(const QList<QByteArray> &dataPayloads, int intervalMs = 0);

} // namespace mygpt::test
