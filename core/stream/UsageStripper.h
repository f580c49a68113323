#pragma once

#include "stream/SseParser.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mygpt {

// Undoes `stream_options.include_usage` that the proxy added on its own, so the client gets
// exactly the stream it would have got without it. Of the JSON chunks (objects with a
// `choices` array) it drops the usage-only chunk (`"choices":[]` with a non-null `usage`) and
// cuts the member `"usage":null` out of the others, textually, leaving every other byte as it
// was. Everything else -- comments, [DONE], error events, other event types, chunks whose
// choices carry a real usage -- passes through unchanged.
class UsageStripper final
{
public:
    // The bytes to relay now: the complete events among what has arrived. The unterminated
    // tail is held back until its event is complete.
    QByteArray feed(QByteArrayView in);
    // At the end of the stream: whatever is still held, as it came.
    QByteArray finish();

    int droppedChunks() const { return m_dropped; }
    int strippedChunks() const { return m_stripped; }

private:
    QByteArray relay(SseEvent event);

    SseParser m_parser;
    int m_dropped = 0;
    int m_stripped = 0;
};

} // namespace mygpt
