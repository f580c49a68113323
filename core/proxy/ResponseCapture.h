#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

#include "record/ExchangeRecord.h"
#include "stream/ChatStreamAssembler.h"
#include "stream/SseParser.h"
#include "stream/UsageStripper.h"

namespace mygpt {

// Watches one upstream answer on its way to the client: assembles a chat answer for the record
// from the SSE events (or the JSON body), strips the usage the client did not ask for, and keeps
// bounded copies of what was relayed.
class ResponseCapture final
{
public:
    static constexpr qsizetype MaxKeptBytes = 4 * 1024 * 1024;

    void begin(bool eventStream, bool completionEndpoint, bool stripUsage);

    // Bytes from the upstream in; bytes for the client out (equal unless usage is stripped).
    QByteArray relay(QByteArrayView upstreamBytes);
    // The same bytes once the client has them: the answer is assembled for the record then,
    // so that parsing each event does not delay its delivery. `elapsedMs`: when they arrived.
    void observe(QByteArrayView upstreamBytes, qint64 elapsedMs);
    // At the end of the answer: what the stripper still holds.
    QByteArray finish();

    // A completion stream that never said [DONE] was cut short (QNAM 6.4 may report a reset
    // inside a chunked body as success).
    bool endedEarly() const { return m_completion && m_eventStream && !m_assembler.sawDone(); }

    // Copies the answer, the relayed bytes and the first-token time into the record.
    void fill(ExchangeRecord &record) const;

private:
    void keep(QByteArray &copy, QByteArrayView bytes);

    bool m_eventStream = false;
    bool m_completion = false;
    SseParser m_parser;
    ChatStreamAssembler m_assembler;
    std::optional<UsageStripper> m_stripper;
    QByteArray m_body;      // non-streaming answer, bounded
    QByteArray m_events;    // streamed answer as relayed, bounded
    qint64 m_firstTokenMs = -1;
    bool m_truncated = false;
};

} // namespace mygpt
