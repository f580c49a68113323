#include "request_parser.h"

namespace mygpt::test {

namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = qint64(1) << 31;

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    // Comma-separated, case-insensitive token list ("keep-alive, Upgrade").
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        const auto item = list.sliced(start, end - start).trimmed();
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}
} // namespace

void RequestParser::append(const QByteArray &data)
{
    if (m_pos >= m_buf.size()) {
        m_buf = data; // common case: nothing left over, no copy
        m_pos = 0;
    } else {
        m_buf.append(data);
    }
}

bool RequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}

bool RequestParser::wantsClose(const ReceivedRequest &request)
{
    const QByteArray connection = request.header("connection");
    if (request.version == "HTTP/1.0")
        return !containsToken(connection, "keep-alive");
    return containsToken(connection, "close");
}

RequestParser::Status RequestParser::fail(int status)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_buf.clear();
    m_pos = 0;
    return Status::Error;
}

RequestParser::Status RequestParser::complete(ReceivedRequest &out)
{
    out = std::move(m_req);
    m_req = ReceivedRequest();
    m_continuePending = false; // the whole body is here: no interim 100 needed
    return Status::Complete;
}

void RequestParser::compact()
{
    if (m_pos >= m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    } else if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
}

bool RequestParser::parseHead(QByteArrayView head)
{
    m_req = ReceivedRequest();
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView line = head.first(lineEnd);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = line.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return false;
    m_req.method = line.first(sp1).toByteArray();
    m_req.target = line.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
    m_req.version = line.sliced(sp2 + 1).toByteArray();
    if (!m_req.version.startsWith("HTTP/1."))
        return false;

    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView h = head.sliced(pos, end - pos);
        const qsizetype colon = h.indexOf(':');
        if (colon <= 0)
            return false;
        m_req.headers.append({ h.first(colon).trimmed().toByteArray(),
            h.sliced(colon + 1).trimmed().toByteArray() });
        pos = end + 2;
    }
    return true;
}

bool RequestParser::startBody()
{
    const QByteArray te = m_req.header("transfer-encoding");
    if (!te.isEmpty()) {
        if (!te.trimmed().toLower().endsWith("chunked")) {
            fail(501);
            return false;
        }
        m_state = State::ChunkSize;
    } else if (m_req.hasHeader("content-length")) {
        bool ok = false;
        m_remaining = m_req.header("content-length").toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(400);
            return false;
        }
        if (m_remaining > kMaxBodyBytes) {
            fail(413);
            return false;
        }
        m_req.body.reserve(qMin<qint64>(m_remaining, 1 << 20));
        m_state = m_remaining > 0 ? State::Body : State::Head;
    } else {
        m_state = State::Head;
    }
    if (m_state != State::Head) {
        m_continuePending
            = m_req.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    }
    return true; // m_state tells whether a body is still due
}

RequestParser::Status RequestParser::next(ReceivedRequest &out)
{
    for (;;) {
        const qsizetype avail = m_buf.size() - m_pos;
        switch (m_state) {
        case State::Failed:
            return Status::Error;
        case State::Head: {
            // Tolerate stray CRLFs between requests (RFC 9112 2.2).
            while (m_pos < m_buf.size() && (m_buf[m_pos] == '\r' || m_buf[m_pos] == '\n'))
                ++m_pos;
            const qsizetype end = m_buf.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buf.size() - m_pos > kMaxHeadBytes)
                    return fail(431);
                compact();
                return Status::NeedMore;
            }
            if (!parseHead(QByteArrayView(m_buf.constData() + m_pos, end - m_pos)))
                return fail(400);
            m_pos = end + 4;
            if (!startBody())
                return Status::Error;
            if (m_state == State::Head) {
                return complete(out);
            }
            break;
        }
        case State::Body: {
            const qsizetype take = qMin<qint64>(avail, m_remaining);
            m_req.body.append(m_buf.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                compact();
                return Status::NeedMore;
            }
            m_state = State::Head;
            return complete(out);
        }
        case State::ChunkSize: {
            const qsizetype end = m_buf.indexOf("\r\n", m_pos);
            if (end < 0) {
                if (avail > 1024)
                    return fail(400);
                compact();
                return Status::NeedMore;
            }
            QByteArrayView sizeField(m_buf.constData() + m_pos, end - m_pos);
            if (const qsizetype semi = sizeField.indexOf(';'); semi >= 0)
                sizeField = sizeField.first(semi); // chunk extensions are ignored
            bool ok = false;
            m_remaining = sizeField.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0 || m_req.body.size() + m_remaining > kMaxBodyBytes)
                return fail(400);
            m_pos = end + 2;
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qMin<qint64>(avail, m_remaining);
            m_req.body.append(m_buf.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                compact();
                return Status::NeedMore;
            }
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (avail < 2) {
                compact();
                return Status::NeedMore;
            }
            if (m_buf[m_pos] != '\r' || m_buf[m_pos + 1] != '\n')
                return fail(400);
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype end = m_buf.indexOf("\r\n", m_pos);
            if (end < 0) {
                if (avail > kMaxHeadBytes)
                    return fail(431);
                compact();
                return Status::NeedMore;
            }
            const bool last = end == m_pos;
            m_pos = end + 2; // trailer fields are dropped
            if (last) {
                m_state = State::Head;
                return complete(out);
            }
            break;
        }
        }
    }
}

} // namespace mygpt::test
