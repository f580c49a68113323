#pragma once

#include "record/ExchangeRecord.h"
#include "stream/SseParser.h"

#include <QJsonObject>

namespace mygpt {

// Builds the AssembledAnswer of an OpenAI-compatible stream from its SSE events:
// /chat/completions chunks (delta.content, delta.reasoning_content / delta.reasoning,
// delta.tool_calls joined by index, finish_reason, usage) and /completions chunks
// (choices[].text). Only choice 0 is assembled; other choices are read and dropped.
class ChatStreamAssembler final
{
public:
    // True when this event carried the first token (content, reasoning, refusal or a
    // tool-call piece), so the caller can time it; a role-only chunk is not a token.
    bool feedEvent(const SseEvent &event);

    const AssembledAnswer &answer() const { return m_answer; }
    bool firstTokenSeen() const { return m_firstTokenSeen; }
    bool sawDone() const { return m_sawDone; }
    // The message of an error event (`data: {"error":{...}}`); empty when there was none.
    QString error() const { return m_error; }
    int malformedEvents() const { return m_malformed; } // data that was not a JSON object
    int chunks() const { return m_chunks; } // JSON objects consumed

private:
    bool applyChunk(const QJsonObject &chunk);
    bool applyChoice(const QJsonObject &choice, bool assemble);
    bool applyToolCalls(const QJsonValue &toolCalls, bool assemble);
    ToolCall &toolCallFor(const QJsonObject &piece);
    ToolCall &toolCallAt(int index);

    AssembledAnswer m_answer;
    QString m_error;
    int m_malformed = 0;
    int m_chunks = 0;
    bool m_firstTokenSeen = false;
    bool m_sawDone = false;
};

} // namespace mygpt
