#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace mygpt {

// One Server-Sent Event as it was framed by a blank line.
struct SseEvent
{
    QByteArray event; // the `event:` field; empty means "message"
    QByteArray data; // the `data:` lines joined by \n
    QByteArray id; // the `id:` field of this event; empty when it had none
    QByteArray raw; // the exact bytes of the event, blank-line terminator included
    bool hasData = false; // at least one `data` line (the spec dispatches only those)

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental SSE parser (WHATWG "event stream interpretation") over raw bytes that may be
// split anywhere. Unlike a browser it hands out every blank-line-terminated block, even one
// without data (comments only, extra blank lines), so the `raw` of all events concatenated
// with pending() is always exactly the input. Each input byte is looked at once.
class SseParser final
{
public:
    QList<SseEvent> feed(QByteArrayView bytes);
    // At the end of the input: the event whose blank line ended in a lone \r (held back in
    // case a \n followed), if any. The unterminated rest stays in pending(); the spec drops it.
    QList<SseEvent> finish();

    // Bytes not yet handed out in an event. Nothing bounds them but the input: a caller that
    // must cap memory against a body that never ends an event checks pendingSize().
    QByteArray pending() const;
    qsizetype pendingSize() const { return (m_held ? m_held->raw.size() : 0) + m_eventRaw.size(); }
    // The spec's last event ID: survives events without an `id` field.
    QByteArray lastEventId() const { return m_lastEventId; }
    // The last valid `retry:` value in milliseconds; -1 when none came.
    qint64 retryMs() const { return m_retryMs; }

private:
    bool takeLine(QByteArrayView line); // true for the blank line that ends an event
    void processField(QByteArrayView line);
    SseEvent takeEvent();

    QByteArray m_line; // the start of a line split over feeds
    QByteArray m_eventRaw; // bytes of the current event from earlier feeds
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_afterCr = false; // the last byte ended a line with \r; a \n next belongs to it
    bool m_firstLine = true; // a UTF-8 BOM is skipped there
    std::optional<SseEvent> m_held; // dispatched at a \r that may still get its \n
    QByteArray m_lastEventId;
    qint64 m_retryMs = -1;
};

} // namespace mygpt
