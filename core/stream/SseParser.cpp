#include "stream/SseParser.h"

#include <utility>

namespace mygpt {

namespace {
constexpr QByteArrayView kBom("\xEF\xBB\xBF");

bool allDigits(QByteArrayView text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}
} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    const char *const d = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    if (n > 0 && m_afterCr) {
        // The \r that ended the last feed and a \n starting this one are one line break.
        m_afterCr = false;
        if (d[0] == '\n') {
            (m_held ? m_held->raw : m_eventRaw) += '\n';
            i = 1;
        }
    }
    if (n > 0 && m_held) {
        out.append(std::move(*m_held));
        m_held.reset();
    }
    qsizetype eventStart = i; // raw bytes are copied once per event, not once per line
    while (i < n) {
        qsizetype j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            ++j;
        if (j == n) {
            m_line.append(bytes.sliced(i));
            break;
        }
        qsizetype end = j + 1;
        if (d[j] == '\r') {
            if (end < n && d[end] == '\n')
                ++end;
            else if (end == n)
                m_afterCr = true; // undecided until the next byte arrives
        }
        bool blank;
        if (m_line.isEmpty()) {
            blank = takeLine(bytes.sliced(i, j - i));
        } else {
            m_line.append(bytes.sliced(i, j - i));
            blank = takeLine(m_line);
            m_line.clear();
        }
        i = end;
        if (blank) {
            m_eventRaw.append(bytes.sliced(eventStart, end - eventStart));
            eventStart = end;
            if (m_afterCr)
                m_held = takeEvent();
            else
                out.append(takeEvent());
        }
    }
    m_eventRaw.append(bytes.sliced(eventStart));
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (m_held) {
        out.append(std::move(*m_held));
        m_held.reset();
    }
    return out;
}

QByteArray SseParser::pending() const
{
    return m_held ? QByteArray(m_held->raw + m_eventRaw) : m_eventRaw;
}

bool SseParser::takeLine(QByteArrayView line)
{
    if (std::exchange(m_firstLine, false) && line.startsWith(kBom))
        line = line.sliced(kBom.size());
    if (line.isEmpty())
        return true;
    processField(line);
    return false;
}

void SseParser::processField(QByteArrayView line)
{
    if (line.startsWith(':'))
        return; // comment, e.g. ": ping" keep-alives
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (name == "data") {
        m_data += value;
        m_data += '\n';
        m_hasData = true;
    } else if (name == "event") {
        m_event = value.toByteArray();
    } else if (name == "id") {
        if (!value.contains('\0')) {
            m_id = value.toByteArray();
            m_lastEventId = m_id;
        }
    } else if (name == "retry" && allDigits(value)) {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok)
            m_retryMs = ms;
    }
}

SseEvent SseParser::takeEvent()
{
    SseEvent event;
    event.event = std::exchange(m_event, {});
    event.data = std::exchange(m_data, {});
    event.id = std::exchange(m_id, {});
    event.raw = std::exchange(m_eventRaw, {});
    event.hasData = std::exchange(m_hasData, false);
    if (event.hasData)
        event.data.chop(1); // the \n after the last data line
    return event;
}

} // namespace mygpt
