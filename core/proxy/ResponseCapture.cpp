#include "proxy/ResponseCapture.h"

#include "stream/AnswerJson.h"

namespace mygpt {

void ResponseCapture::begin(bool eventStream, bool completionEndpoint, bool stripUsage)
{
    *this = ResponseCapture();
    m_eventStream = eventStream;
    m_completion = completionEndpoint;
    if (eventStream && stripUsage)
        m_stripper.emplace();
}

void ResponseCapture::keep(QByteArray &copy, QByteArrayView bytes)
{
    const qsizetype room = MaxKeptBytes - copy.size();
    if (room <= 0) {
        m_truncated = m_truncated || !bytes.isEmpty();
        return;
    }
    copy.append(bytes.first(qMin(room, bytes.size())));
    m_truncated = m_truncated || bytes.size() > room;
}

QByteArray ResponseCapture::relay(QByteArrayView upstreamBytes)
{
    if (!m_eventStream) {
        keep(m_body, upstreamBytes);
        return upstreamBytes.toByteArray();
    }
    QByteArray out = m_stripper ? m_stripper->feed(upstreamBytes) : upstreamBytes.toByteArray();
    keep(m_events, out);
    return out;
}

void ResponseCapture::observe(QByteArrayView upstreamBytes, qint64 elapsedMs)
{
    if (!m_eventStream || !m_completion)
        return;
    for (const SseEvent &event : m_parser.feed(upstreamBytes)) {
        if (m_assembler.feedEvent(event) && m_firstTokenMs < 0)
            m_firstTokenMs = elapsedMs;
    }
}

QByteArray ResponseCapture::finish()
{
    if (!m_stripper)
        return {};
    QByteArray rest = m_stripper->finish();
    keep(m_events, rest);
    return rest;
}

void ResponseCapture::fill(ExchangeRecord &record) const
{
    record.firstTokenMs = m_firstTokenMs;
    if (m_eventStream) {
        record.rawEvents = m_events;
        if (m_completion)
            record.answer = m_assembler.answer();
        if (record.error.isEmpty() && !m_assembler.error().isEmpty())
            record.error = m_assembler.error();
    } else {
        record.responseBody = m_body;
        if (m_completion && !m_truncated)
            record.answer = answerFromJson(m_body);
    }
}

} // namespace mygpt
