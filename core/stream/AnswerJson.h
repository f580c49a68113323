#pragma once

#include "record/ExchangeRecord.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

namespace mygpt {

// The answer of a non-streaming `chat.completion` or `text_completion` body; choice 0 only.
// Anything that is not such an object gives an empty answer.
AssembledAnswer answerFromJson(QByteArrayView body);

// An OpenAI `usage` object: prompt/completion/total tokens,
// prompt_tokens_details.cached_tokens, completion_tokens_details.reasoning_tokens. Also
// understands input_tokens/output_tokens (Responses-style) and DeepSeek's
// prompt_cache_hit_tokens. Missing counts stay -1.
TokenUsage usageFromJson(const QJsonObject &usage);

// Pieces shared by answerFromJson and ChatStreamAssembler.
namespace answerjson {

// A content value: a string, or an array of {"type":"text","text":...} parts; else empty.
QString textOf(const QJsonValue &content);
// reasoning_content (DeepSeek, Qwen, vLLM...) or, when that is absent, reasoning (OpenRouter,
// newer vLLM, Ollama). Never both: some servers send the same text under both names.
QString reasoningOf(const QJsonObject &messageOrDelta);
// The index of choice `position` in a `choices` array: its `index`, else its position.
int choiceIndex(const QJsonValue &choice, qsizetype position);
// Sets id, type and function.name where the piece has them; appends function.arguments
// (an object there is appended as compact JSON).
void applyToolCallPiece(ToolCall &call, const QJsonObject &piece);
// The legacy `function_call` member: a tool call of type "function" without an id.
void applyFunctionCall(ToolCall &call, const QJsonObject &function);
// Text for error(): error.message, a plain string, or the error as compact JSON.
QString errorMessageOf(const QJsonValue &error);

} // namespace answerjson
} // namespace mygpt
