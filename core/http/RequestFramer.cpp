#include "http/RequestFramer.h"

#include <cstring>

namespace mygpt {

namespace {

constexpr qint64 MaxChunkSizeLine = 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isKnownMethod(QByteArrayView m)
{
    static const char *const known[] = { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" };
    for (const char *k : known) {
        if (m == QByteArrayView(k))
            return true;
    }
    return false;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Parses a non-negative decimal; false on anything else or overflow past `limit`.
bool parseDecimal(QByteArrayView v, qint64 &out, bool &overLimit, qint64 limit)
{
    if (v.isEmpty())
        return false;
    qint64 n = 0;
    overLimit = false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        if (n > (limit + 1) / 10 + 1) {
            overLimit = true; // keep validating the digits, stop growing
            continue;
        }
        n = n * 10 + (c - '0');
    }
    if (n > limit)
        overLimit = true;
    out = n;
    return true;
}

bool hasTokenCaseInsensitive(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmed(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

} // namespace

const char *RequestFramer::statusText(Error error)
{
    switch (error) {
    case Error::None:
        return "OK";
    case Error::BadRequest:
        return "Bad Request";
    case Error::HeadTooLarge:
        return "Request Header Fields Too Large";
    case Error::BodyTooLarge:
        return "Payload Too Large";
    case Error::MethodNotAllowed:
        return "Method Not Allowed";
    case Error::VersionNotSupported:
        return "HTTP Version Not Supported";
    }
    return "Bad Request";
}

int RequestFramer::statusCode(Error error)
{
    switch (error) {
    case Error::None:
        return 200;
    case Error::BadRequest:
        return 400;
    case Error::HeadTooLarge:
        return 431;
    case Error::BodyTooLarge:
        return 413;
    case Error::MethodNotAllowed:
        return 405;
    case Error::VersionNotSupported:
        return 505;
    }
    return 400;
}

void RequestFramer::fail(QList<Event> &events, Error error, QByteArray detail)
{
    m_state = State::Failed;
    m_line.clear();
    events.append(Event { Event::Kind::Failed, m_head, error, std::move(detail), m_requestStart, m_fed });
}

void RequestFramer::completeMessage(QList<Event> &events)
{
    events.append(Event { Event::Kind::MessageComplete, m_head, Error::None, {}, m_requestStart, m_fed });
    m_state = State::Idle;
    m_head = RequestHead {};
    m_sawContentLength = false;
    m_sawHost = false;
    m_bodyBytes = 0;
    m_trailerBytes = 0;
    m_remaining = 0;
}

bool RequestFramer::parseRequestLine(QByteArrayView line, QByteArray &detail)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        detail = "malformed request line";
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        detail = "malformed request method";
        return false;
    }
    if (target.isEmpty() || target.front() != '/') {
        detail = "request target must be an absolute path";
        return false;
    }
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            detail = "invalid character in request target";
            return false;
        }
    }
    if (!version.startsWith("HTTP/") || version.size() != 8 || version[6] != '.'
        || version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        detail = "malformed HTTP version";
        return false;
    }
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.versionMinor = version[7] - '0';
    if (version[5] != '1')
        m_head.versionMinor = -1; // reported as 505 by finishHead()
    return true;
}

bool RequestFramer::parseHeaderLine(QByteArrayView line, QByteArray &detail)
{
    if (line.front() == ' ' || line.front() == '\t') {
        detail = "obsolete header line folding";
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        detail = "malformed header line";
        return false;
    }
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
            detail = "invalid character in header value";
            return false;
        }
    }
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        qint64 length = 0;
        bool overLimit = false;
        if (!parseDecimal(value, length, overLimit, m_limits.maxBodyBytes)) {
            detail = "invalid Content-Length";
            return false;
        }
        if (m_sawContentLength && length != m_head.contentLength) {
            detail = "conflicting Content-Length headers";
            return false;
        }
        m_sawContentLength = true;
        m_head.contentLength = overLimit ? m_limits.maxBodyBytes + 1 : length;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        if (value.compare("chunked", Qt::CaseInsensitive) != 0) {
            detail = "unsupported Transfer-Encoding";
            return false;
        }
        m_head.chunked = true;
    } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
        if (hasTokenCaseInsensitive(value, "close"))
            m_head.keepAlive = false;
        else if (hasTokenCaseInsensitive(value, "keep-alive"))
            m_head.keepAlive = true;
    } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
        m_head.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
    } else if (name.compare("origin", Qt::CaseInsensitive) == 0) {
        m_head.origin = value.toByteArray();
    } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
        if (m_sawHost) {
            detail = "more than one Host header";
            return false;
        }
        m_sawHost = true;
    }
    return true;
}

bool RequestFramer::finishHead(QList<Event> &events)
{
    if (m_head.versionMinor < 0) {
        fail(events, Error::VersionNotSupported, "only HTTP/1.0 and HTTP/1.1 are served");
        return false;
    }
    if (m_head.versionMinor >= 1 && !m_sawHost) {
        fail(events, Error::BadRequest, "missing Host header");
        return false;
    }
    if (m_head.chunked && m_sawContentLength) {
        fail(events, Error::BadRequest, "both Content-Length and Transfer-Encoding");
        return false;
    }
    if (!isKnownMethod(m_head.method)) {
        fail(events, Error::MethodNotAllowed, "method " + m_head.method + " is not served");
        return false;
    }
    if (m_head.contentLength > m_limits.maxBodyBytes) {
        fail(events, Error::BodyTooLarge, "request body larger than the limit");
        return false;
    }
    // HTTP/1.0 connections close after one exchange unless the client asked otherwise.
    if (m_head.versionMinor == 0 && m_head.keepAlive)
        m_head.keepAlive = false;
    events.append(Event { Event::Kind::HeadComplete, m_head, Error::None, {}, m_requestStart, m_fed });
    if (m_head.chunked) {
        m_state = State::ChunkSize;
    } else if (m_head.contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_head.contentLength;
    } else {
        completeMessage(events);
    }
    return true;
}

QList<RequestFramer::Event> RequestFramer::feed(QByteArrayView data)
{
    QList<Event> events;
    const qint64 base = m_fed;
    const qsizetype total = data.size();
    // Every branch below consumes from the front of `data`; m_fed follows it.
    const auto advance = [&] { m_fed = base + (total - data.size()); };
    while (!data.isEmpty() && m_state != State::Failed) {
        advance();
        switch (m_state) {
        case State::Idle:
            // Tolerate empty lines between requests (RFC 9112 section 2.2).
            while (!data.isEmpty() && (data.front() == '\r' || data.front() == '\n'))
                data = data.sliced(1);
            if (!data.isEmpty()) {
                m_state = State::Head;
                m_requestStart = base + (total - data.size());
            }
            break;
        case State::Head:
        case State::Trailers:
        case State::ChunkSize: {
            const qsizetype nl = data.indexOf('\n');
            const QByteArrayView part = nl < 0 ? data : data.first(nl);
            const qint64 lineLimit = m_state == State::ChunkSize
                    ? MaxChunkSizeLine
                    : m_limits.maxHeadBytes - (m_state == State::Head ? m_head.headBytes : m_trailerBytes);
            // A request line starts with a method token: anything else (a TLS ClientHello on
            // the plain port, binary junk) is refused at once instead of waiting for a newline.
            if (m_state == State::Head && m_head.method.isEmpty() && !m_line.contains(' ')) {
                const QByteArrayView method = part.first(qMin(part.size(), part.indexOf(' ') < 0 ? part.size() : part.indexOf(' ')));
                bool token = true;
                for (char c : method) {
                    if (!isTokenChar(c) && c != '\r') {
                        token = false;
                        break;
                    }
                }
                if (!token) {
                    fail(events, Error::BadRequest, "not an HTTP request");
                    break;
                }
            }
            if (m_line.size() + part.size() > lineLimit) {
                if (m_state == State::ChunkSize)
                    fail(events, Error::BadRequest, "chunk size line too long");
                else
                    fail(events, Error::HeadTooLarge, "request head larger than the limit");
                break;
            }
            m_line.append(part);
            if (nl < 0) {
                data = {};
                break;
            }
            data = data.sliced(nl + 1);
            advance();
            QByteArrayView line = m_line;
            if (line.endsWith('\r'))
                line.chop(1);
            const qint64 lineBytes = m_line.size() + 1;
            if (m_state == State::Head) {
                m_head.headBytes += lineBytes;
                QByteArray detail;
                const bool first = m_head.method.isEmpty();
                if (line.isEmpty() && !first) {
                    m_line.clear();
                    finishHead(events);
                    break;
                }
                const bool ok = first ? parseRequestLine(line, detail) : parseHeaderLine(line, detail);
                m_line.clear();
                if (!ok)
                    fail(events, Error::BadRequest, detail);
            } else if (m_state == State::Trailers) {
                m_trailerBytes += lineBytes;
                const bool end = line.isEmpty();
                m_line.clear();
                if (end)
                    completeMessage(events);
            } else { // ChunkSize
                qsizetype semi = line.indexOf(';');
                const QByteArrayView hex = trimmed(semi < 0 ? line : line.first(semi));
                // At most 15 hex digits (60 bits): the sum below cannot overflow.
                bool ok = !hex.isEmpty() && hex.size() <= 15;
                qint64 size = 0;
                for (char c : ok ? hex : QByteArrayView()) {
                    const int d = (c >= '0' && c <= '9') ? c - '0'
                            : (c >= 'a' && c <= 'f')     ? c - 'a' + 10
                            : (c >= 'A' && c <= 'F')     ? c - 'A' + 10
                                                         : -1;
                    if (d < 0) {
                        ok = false;
                        break;
                    }
                    size = size * 16 + d;
                }
                m_line.clear();
                if (!ok) {
                    fail(events, Error::BadRequest, "malformed chunk size");
                } else if (m_bodyBytes + size > m_limits.maxBodyBytes) {
                    fail(events, Error::BodyTooLarge, "request body larger than the limit");
                } else if (size == 0) {
                    m_state = State::Trailers;
                } else {
                    m_remaining = size;
                    m_bodyBytes += size;
                    m_state = State::ChunkData;
                }
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, data.size());
            m_remaining -= take;
            data = data.sliced(take);
            advance();
            if (m_remaining == 0) {
                if (m_state == State::Body)
                    completeMessage(events);
                else
                    m_state = State::ChunkDataEnd;
            }
            break;
        }
        case State::ChunkDataEnd: {
            // Expect CRLF (or a bare LF) after the chunk data.
            if (data.front() == '\r' && m_line.isEmpty()) {
                m_line.append('\r');
                data = data.sliced(1);
            } else if (data.front() == '\n') {
                m_line.clear();
                data = data.sliced(1);
                advance();
                m_state = State::ChunkSize;
            } else {
                fail(events, Error::BadRequest, "missing CRLF after chunk data");
            }
            break;
        }
        case State::Failed:
            break;
        }
    }
    m_fed = base + total; // everything was seen, even what a failure left unparsed
    return events;
}

} // namespace mygpt
