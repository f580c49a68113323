#include "stream/AnswerJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInteger(-1) : -1;
}

qint64 firstCount(const QJsonObject &object, QLatin1StringView key, QLatin1StringView fallback)
{
    const qint64 value = count(object, key);
    return value >= 0 ? value : count(object, fallback);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}
} // namespace

namespace answerjson {

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    if (content.isArray()) { // content parts (Mistral, some gateways)
        const QJsonArray parts = content.toArray();
        for (const QJsonValue &part : parts)
            text += part.toObject().value("text"_L1).toString();
    }
    return text;
}

QString reasoningOf(const QJsonObject &messageOrDelta)
{
    const QString reasoningContent = messageOrDelta.value("reasoning_content"_L1).toString();
    return reasoningContent.isEmpty() ? messageOrDelta.value("reasoning"_L1).toString()
                                      : reasoningContent;
}

int choiceIndex(const QJsonValue &choice, qsizetype position)
{
    const QJsonValue index = choice.toObject().value("index"_L1);
    return index.isDouble() ? index.toInt(-1) : int(position);
}

void applyFunctionCall(ToolCall &call, const QJsonObject &function)
{
    const QString name = function.value("name"_L1).toString();
    if (!name.isEmpty())
        call.name = name;
    const QJsonValue arguments = function.value("arguments"_L1);
    call.arguments += arguments.isString() ? arguments.toString() : compactJson(arguments);
    if (call.type.isEmpty())
        call.type = u"function"_s;
}

void applyToolCallPiece(ToolCall &call, const QJsonObject &piece)
{
    const QString id = piece.value("id"_L1).toString();
    if (!id.isEmpty())
        call.id = id;
    const QString type = piece.value("type"_L1).toString();
    if (!type.isEmpty())
        call.type = type;
    const QJsonValue function = piece.value("function"_L1);
    if (function.isObject())
        applyFunctionCall(call, function.toObject());
}

QString errorMessageOf(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QString message = error.toObject().value("message"_L1).toString();
    return message.isEmpty() ? compactJson(error) : message;
}

} // namespace answerjson

TokenUsage usageFromJson(const QJsonObject &usage)
{
    TokenUsage u;
    u.promptTokens = firstCount(usage, "prompt_tokens"_L1, "input_tokens"_L1);
    u.completionTokens = firstCount(usage, "completion_tokens"_L1, "output_tokens"_L1);
    u.totalTokens = count(usage, "total_tokens"_L1);
    const QJsonObject promptDetails = usage.value("prompt_tokens_details"_L1).toObject();
    u.cachedPromptTokens = count(promptDetails, "cached_tokens"_L1);
    if (u.cachedPromptTokens < 0) {
        u.cachedPromptTokens
            = count(usage.value("input_tokens_details"_L1).toObject(), "cached_tokens"_L1);
    }
    if (u.cachedPromptTokens < 0)
        u.cachedPromptTokens = count(usage, "prompt_cache_hit_tokens"_L1); // DeepSeek
    const QJsonObject completionDetails = usage.value("completion_tokens_details"_L1).toObject();
    u.reasoningTokens = count(completionDetails, "reasoning_tokens"_L1);
    if (u.reasoningTokens < 0) {
        u.reasoningTokens
            = count(usage.value("output_tokens_details"_L1).toObject(), "reasoning_tokens"_L1);
    }
    return u;
}

AssembledAnswer answerFromJson(QByteArrayView body)
{
    AssembledAnswer answer;
    const QJsonObject root = QJsonDocument::fromJson(body.toByteArray()).object();
    const QJsonArray choices = root.value("choices"_L1).toArray();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (answerjson::choiceIndex(choices.at(i), i) != 0)
            continue;
        const QJsonObject choice = choices.at(i).toObject();
        const QJsonObject message = choice.value("message"_L1).toObject();
        answer.content = answerjson::textOf(message.value("content"_L1));
        answer.content += choice.value("text"_L1).toString(); // text_completion
        answer.reasoning = answerjson::reasoningOf(message);
        const QJsonArray toolCalls = message.value("tool_calls"_L1).toArray();
        for (qsizetype k = 0; k < toolCalls.size(); ++k) {
            ToolCall call;
            call.index = int(k);
            answerjson::applyToolCallPiece(call, toolCalls.at(k).toObject());
            answer.toolCalls.append(call);
        }
        const QJsonValue functionCall = message.value("function_call"_L1);
        if (toolCalls.isEmpty() && functionCall.isObject()) {
            ToolCall call;
            answerjson::applyFunctionCall(call, functionCall.toObject());
            answer.toolCalls.append(call);
        }
        answer.finishReason = choice.value("finish_reason"_L1).toString();
        break;
    }
    const QJsonValue usage = root.value("usage"_L1);
    if (usage.isObject())
        answer.usage = usageFromJson(usage.toObject());
    return answer;
}

} // namespace mygpt
