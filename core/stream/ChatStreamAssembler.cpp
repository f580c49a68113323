#include "stream/ChatStreamAssembler.h"

#include "stream/AnswerJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

using namespace Qt::StringLiterals;

namespace mygpt {

using namespace answerjson;

bool ChatStreamAssembler::feedEvent(const SseEvent &event)
{
    if (!event.hasData)
        return false; // comments, keep-alives, stray blank lines
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return false;
    if (data == "[DONE]") {
        m_sawDone = true;
        return false;
    }
    const bool errorEvent = event.event == "error";
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorEvent)
            m_error = QString::fromUtf8(data);
        else
            ++m_malformed;
        return false;
    }
    ++m_chunks;
    const QJsonObject chunk = document.object();
    if (errorEvent && !chunk.contains("error"_L1))
        m_error = errorMessageOf(chunk);
    if (!applyChunk(chunk) || m_firstTokenSeen)
        return false;
    m_firstTokenSeen = true;
    return true;
}

bool ChatStreamAssembler::applyChunk(const QJsonObject &chunk)
{
    const QJsonValue error = chunk.value("error"_L1);
    if (!error.isUndefined() && !error.isNull())
        m_error = errorMessageOf(error);

    QJsonValue usage = chunk.value("usage"_L1);
    if (!usage.isObject()) // Groq puts it in its own extension object
        usage = chunk.value("x_groq"_L1).toObject().value("usage"_L1);
    if (usage.isObject())
        m_answer.usage = usageFromJson(usage.toObject());

    bool token = false;
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const bool assemble = choiceIndex(choices.at(i), i) == 0;
        token = applyChoice(choices.at(i).toObject(), assemble) || token;
    }
    return token;
}

bool ChatStreamAssembler::applyChoice(const QJsonObject &choice, bool assemble)
{
    const QJsonObject delta = choice.value("delta"_L1).toObject();
    const QString content = textOf(delta.value("content"_L1)) + choice.value("text"_L1).toString();
    const QString reasoning = reasoningOf(delta);
    bool token = !content.isEmpty() || !reasoning.isEmpty()
        || !delta.value("refusal"_L1).toString().isEmpty();
    token = applyToolCalls(delta.value("tool_calls"_L1), assemble) || token;
    const QJsonValue functionCall = delta.value("function_call"_L1); // pre-tools API
    if (functionCall.isObject()) {
        token = true;
        if (assemble)
            applyFunctionCall(toolCallAt(0), functionCall.toObject());
    }
    if (!assemble)
        return token;
    m_answer.content += content;
    m_answer.reasoning += reasoning;
    const QString finishReason = choice.value("finish_reason"_L1).toString();
    if (!finishReason.isEmpty())
        m_answer.finishReason = finishReason;
    return token;
}

bool ChatStreamAssembler::applyToolCalls(const QJsonValue &toolCalls, bool assemble)
{
    const QJsonArray pieces = toolCalls.toArray();
    if (assemble) {
        for (const QJsonValue &piece : pieces)
            applyToolCallPiece(toolCallFor(piece.toObject()), piece.toObject());
    }
    return !pieces.isEmpty();
}

ToolCall &ChatStreamAssembler::toolCallFor(const QJsonObject &piece)
{
    const QJsonValue index = piece.value("index"_L1);
    if (index.isDouble())
        return toolCallAt(index.toInt());
    // No index (seen from some Gemini-style gateways): a new id starts a new call, and a
    // piece without id continues the last one.
    QList<ToolCall> &calls = m_answer.toolCalls;
    const QString id = piece.value("id"_L1).toString();
    if (!id.isEmpty()) {
        for (ToolCall &call : calls) {
            if (call.id == id)
                return call;
        }
        const int last = calls.isEmpty() ? -1 : calls.last().index;
        return toolCallAt(last < std::numeric_limits<int>::max() ? last + 1 : last);
    }
    return calls.isEmpty() ? toolCallAt(0) : calls.last();
}

ToolCall &ChatStreamAssembler::toolCallAt(int index)
{
    QList<ToolCall> &calls = m_answer.toolCalls;
    qsizetype at = calls.size();
    while (at > 0 && calls.at(at - 1).index >= index) { // calls stay sorted by index
        if (calls.at(at - 1).index == index)
            return calls[at - 1];
        --at;
    }
    ToolCall call;
    call.index = index;
    return *calls.insert(at, call);
}

} // namespace mygpt
