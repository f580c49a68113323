#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace mygpt {

// What the framer learnt from one request head. QHttpServer 6.4 does not expose the HTTP
// version or Connection semantics, so the connection keeps these beside each request.
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    int versionMinor = 1; // HTTP/1.<minor>
    bool keepAlive = true;
    bool expectContinue = false;
    bool chunked = false;
    qint64 contentLength = 0;
    qint64 headBytes = 0;
    QByteArray origin; // so that even a rejected request can carry CORS headers
};

// Incremental HTTP/1.1 request framing, fed with the bytes a client sends. It does not build
// requests (QHttpServer does that); it finds where each request starts and ends and enforces
// what QHttpServer 6.4 does not: a head size limit, a body size limit, a valid request line,
// a known method, and Expect: 100-continue. Robust against any bytes.
class RequestFramer final
{
public:
    enum class Error {
        None,
        BadRequest,        // 400: malformed request line, header or chunk framing
        HeadTooLarge,      // 431
        BodyTooLarge,      // 413
        MethodNotAllowed,  // 405: a method the proxy does not serve
        VersionNotSupported, // 505
    };

    struct Event
    {
        enum class Kind { HeadComplete, MessageComplete, Failed } kind;
        RequestHead head;
        Error error = Error::None;
        QByteArray detail; // human-readable reason for Failed
        // Positions in the whole byte stream fed so far: where the event's request began,
        // and where the event happened (just past the byte that completed it).
        qint64 requestStart = 0;
        qint64 end = 0;
    };

    struct Limits
    {
        qint64 maxHeadBytes;
        qint64 maxBodyBytes;
    };

    RequestFramer() : m_limits { 64 * 1024, 32 * 1024 * 1024 } { }
    explicit RequestFramer(Limits limits) : m_limits(limits) { }

    // Consumes all of `data`; returns what happened, in order. After a Failed event the
    // framer ignores everything else.
    QList<Event> feed(QByteArrayView data);

    bool failed() const { return m_state == State::Failed; }
    qint64 bytesFed() const { return m_fed; }
    // True while a request has started but not finished (for request timeouts).
    bool inRequest() const { return m_state != State::Idle && m_state != State::Failed; }
    bool inBody() const { return m_state >= State::Body && m_state != State::Failed; }
    // What is known so far about the request being received.
    const RequestHead &pendingHead() const { return m_head; }

    static const char *statusText(Error error);
    static int statusCode(Error error);

private:
    enum class State {
        Idle,
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
    };

    bool finishHead(QList<Event> &events);
    bool parseRequestLine(QByteArrayView line, QByteArray &detail);
    bool parseHeaderLine(QByteArrayView line, QByteArray &detail);
    void fail(QList<Event> &events, Error error, QByteArray detail);
    void completeMessage(QList<Event> &events);

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_line; // the current, unfinished line (head, chunk size or trailer)
    RequestHead m_head;
    bool m_sawContentLength = false;
    bool m_sawHost = false;
    qint64 m_remaining = 0;   // body or chunk bytes still to come
    qint64 m_bodyBytes = 0;   // decoded body bytes so far
    qint64 m_trailerBytes = 0;
    qint64 m_fed = 0;          // stream position of the next byte
    qint64 m_requestStart = 0; // stream position of the current request's first byte
};

} // namespace mygpt
