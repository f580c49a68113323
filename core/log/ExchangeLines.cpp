#include "log/ExchangeLines.h"

#include "log/ChatTranscript.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// Error texts are diagnostics, not content, but an upstream may echo a lot.
constexpr qsizetype maxErrorChars = 500;

bool isMetadataOnly(const ContentPolicy &policy)
{
    return policy.level == ContentPolicy::Level::MetadataOnly;
}

bool hasFailed(const ExchangeRecord &record)
{
    return record.cancelled || record.status >= 400 || record.status == 0
        || !record.error.isEmpty();
}

QString count(qint64 n)
{
    return n < 0 ? u"?"_s : QString::number(n);
}

class Lines final
{
public:
    explicit Lines(const ExchangeRecord &record)
        : m_prefix(u'[' + QString::fromLatin1(record.id) + u"] "_s)
    { }
    void add(LogLevel level, const QString &text) { m_lines.append({ level, m_prefix + text }); }
    void info(const QString &text) { add(LogLevel::Info, text); }
    QList<LogMessage> take() { return std::move(m_lines); }

private:
    QString m_prefix;
    QList<LogMessage> m_lines;
};

} // namespace

QString ExchangeLines::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(qMax<qint64>(ms, 0));
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 2));
}

LogLevel ExchangeLines::outcomeLevel(const ExchangeRecord &record)
{
    if (record.cancelled)
        return LogLevel::Warning;
    if (record.status >= 500 || record.status == 0)
        return LogLevel::Error;
    if (record.status >= 400)
        return LogLevel::Warning;
    return record.error.isEmpty() ? LogLevel::Info : LogLevel::Error;
}

QList<LogMessage> ExchangeLines::chatRequest(
    const ExchangeRecord &record, QByteArrayView body, const ContentPolicy &policy, bool withDebug)
{
    Lines lines(record);
    lines.info(tr("📥 Chat completion request received"));
    if (withDebug) {
        lines.add(LogLevel::Debug,
            tr("🔌 Client: %1, User-Agent: %2").arg(record.clientAddress, record.userAgent));
    }
    lines.info(tr("🎯 Model: %1").arg(record.model));
    // True/False as the original printed Python booleans, in every language.
    lines.info(tr("🌊 Stream: %1").arg(record.stream ? u"True"_s : u"False"_s));
    if (const auto transcript = parseTranscript(body)) {
        if (isMetadataOnly(policy)) {
            lines.info(tr("💬 Conversation: %n message(s)", nullptr, int(transcript->size())));
        } else {
            lines.info(tr("💬 Conversation:"));
            int n = 0;
            for (const TranscriptMessage &m : *transcript)
                lines.info(
                    tr("  %1. [%2]: %3").arg(QString::number(++n), m.role, policy.apply(m.text)));
        }
    }
    lines.info(record.stream ? tr("🚀 Starting streaming response...")
                             : tr("🚀 Starting non-streaming response..."));
    return lines.take();
}

QList<LogMessage> ExchangeLines::chatFinished(
    const ExchangeRecord &record, const ContentPolicy &policy)
{
    Lines lines(record);
    const AssembledAnswer &answer = record.answer;
    const bool metadata = isMetadataOnly(policy);
    if (!answer.reasoning.isEmpty()) {
        lines.info(metadata
                ? tr("🧠 Reasoning: %n character(s)", nullptr, int(answer.reasoning.size()))
                : tr("🧠 Reasoning: %1").arg(policy.apply(answer.reasoning)));
    }
    for (const ToolCall &call : answer.toolCalls) {
        lines.info(metadata
                ? tr("🔧 Tool call: %1").arg(call.name)
                : tr("🔧 Tool call: %1(%2)").arg(call.name, policy.apply(call.arguments)));
    }
    const bool failed = hasFailed(record);
    if (!answer.content.isEmpty() || (!failed && answer.toolCalls.isEmpty())) {
        lines.info(metadata
                ? tr("🤖 LLM response: %n character(s)", nullptr, int(answer.content.size()))
                : tr("🤖 LLM response: %1").arg(policy.apply(answer.content)));
    }

    if (record.cancelled) {
        lines.add(LogLevel::Warning, tr("⚠️ Cancelled by the client") + timing(record, false));
    } else if (failed) {
        const QString message = errorMessage(record);
        QString text;
        if (record.status >= 400 || record.status == 0) {
            text = message.isEmpty()
                ? tr("❌ Error %1").arg(record.status)
                : tr("❌ Error %1: %2").arg(QString::number(record.status), message);
        } else {
            text = tr("❌ Response interrupted: %1").arg(message); // after a 200 was sent
        }
        lines.add(LogLevel::Error, text + timing(record, false));
    } else {
        if (!answer.finishReason.isEmpty())
            lines.info(tr("✅ Finish reason: %1").arg(answer.finishReason));
        lines.info(usageLine(answer.usage));
        lines.info((record.stream ? tr("✨ Streaming response complete")
                                  : tr("✨ Non-streaming response complete"))
            + timing(record, true));
    }
    return lines.take();
}

QString ExchangeLines::usageLine(const TokenUsage &usage)
{
    if (!usage.isKnown())
        return tr("📊 Token usage - not reported");
    QString line = tr("📊 Token usage - input: %1, output: %2, total: %3")
                       .arg(count(usage.promptTokens), count(usage.completionTokens),
                           count(usage.totalTokens));
    if (usage.cachedPromptTokens >= 0)
        line += tr(", cached: %1").arg(usage.cachedPromptTokens);
    if (usage.reasoningTokens >= 0)
        line += tr(", reasoning: %1").arg(usage.reasoningTokens);
    return line;
}

QString ExchangeLines::timing(const ExchangeRecord &record, bool success)
{
    QStringList parts;
    if (record.durationMs >= 0)
        parts.append(duration(record.durationMs));
    // Only a stream has a first token the client sees before the rest.
    if (record.stream && record.firstTokenMs >= 0)
        parts.append(tr("first token %1").arg(duration(record.firstTokenMs)));
    if (success) {
        double rate = -1;
        const qint64 tokens = record.answer.usage.completionTokens;
        if (record.stream)
            rate = record.tokensPerSecond();
        else if (tokens > 0 && record.durationMs > 0)
            rate = double(tokens) * 1000.0 / double(record.durationMs);
        if (rate > 0)
            parts.append(tr("%1 tokens/s").arg(QString::number(rate, 'f', 1)));
    }
    if (parts.isEmpty())
        return {};
    return tr(" (%1)", "timing details after a result")
        .arg(parts.join(tr(", ", "between timing details")));
}

QString ExchangeLines::errorMessage(const ExchangeRecord &record)
{
    QString message = record.error;
    if (message.isEmpty() && !record.responseBody.isEmpty()) {
        // OpenAI's shape: {"error": {"message": "..."}}
        const QJsonObject error
            = QJsonDocument::fromJson(record.responseBody).object().value("error"_L1).toObject();
        message = error.value("message"_L1).toString();
    }
    if (message.size() > maxErrorChars)
        message = message.left(maxErrorChars) + u"…"_s;
    return message;
}

LogMessage ExchangeLines::summary(const ExchangeRecord &record)
{
    // The path without its query: a query may carry a key (?key=...).
    QString request
        = QString::fromLatin1(record.method) + u' ' + QString::fromUtf8(record.endpoint());
    if (!record.model.isEmpty())
        request += u" model="_s + record.model;
    if (record.stream)
        request += u" stream"_s;
    const QString outcome
        = record.cancelled ? tr("cancelled by client") : QString::number(record.status);
    QString text = u'[' + QString::fromLatin1(record.id) + u"] "_s
        + tr("%1 -> %2 in %3").arg(request, outcome, duration(record.durationMs));
    if (const QString message = errorMessage(record); !message.isEmpty())
        text += u": "_s + message;
    return { outcomeLevel(record), text };
}

} // namespace mygpt
