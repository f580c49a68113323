#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace mygpt {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// Token counts as the upstream reported them; -1 where it did not.
struct TokenUsage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 cachedPromptTokens = -1;  // usage.prompt_tokens_details.cached_tokens
    qint64 reasoningTokens = -1;     // usage.completion_tokens_details.reasoning_tokens

    bool isKnown() const { return totalTokens >= 0 || promptTokens >= 0 || completionTokens >= 0; }
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

// One tool call of an answer, joined from its streamed pieces by `index`.
struct ToolCall
{
    int index = 0;
    QString id;
    QString type;      // "function"
    QString name;
    QString arguments; // the JSON text as the model wrote it
    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

// The answer of a chat completion, streamed or not.
struct AssembledAnswer
{
    QString content;
    QString reasoning;  // reasoning_content (DeepSeek, Qwen…) or reasoning
    QList<ToolCall> toolCalls;
    QString finishReason;
    TokenUsage usage;
    friend bool operator==(const AssembledAnswer &, const AssembledAnswer &) = default;
};

enum class StatusClass { Ok, ClientError, UpstreamError, Cancelled };

// Everything recorded about one exchange: the text log prints it, the store keeps it, the
// viewer shows it. Times are milliseconds after `received`, -1 when the moment never came.
// Secrets never enter a record: headers are masked before they are put here.
struct ExchangeRecord
{
    QByteArray id;                 // 8 hex characters, also sent as x-mygpt-request-id
    QByteArray upstreamRequestId;  // the upstream's x-request-id
    QDateTime received;            // UTC
    qint64 firstByteMs = -1;       // upstream's first byte
    qint64 firstTokenMs = -1;      // first content, reasoning or tool-call token
    qint64 durationMs = -1;        // until the client had the last byte
    QString clientAddress;
    QString userAgent;
    QByteArray method;
    QByteArray path;               // as requested, with the query
    QString model;
    bool stream = false;
    int status = 0;                // what the client got; 0 while in flight
    QString error;
    bool cancelled = false;        // the client went away first
    bool inFlight = false;         // a stream still running (live updates)
    qint64 bytesIn = 0;            // request body bytes
    qint64 bytesOut = 0;           // response body bytes sent to the client

    HeaderPairs requestHeaders;    // as received, secrets masked
    HeaderPairs responseHeaders;   // as sent, secrets masked
    QByteArray requestBody;        // subject to the content-logging level
    QByteArray responseBody;       // non-streaming answers, subject to the same
    QByteArray rawEvents;          // streaming answers: the SSE bytes relayed, same level
    AssembledAnswer answer;        // chat completions: content, reasoning, tools, usage

    StatusClass statusClass() const;
    // The path without query and without a trailing slash: "/v1/chat/completions".
    QByteArray endpoint() const;
    // Completion tokens per second of generation (first token to the end); -1 if unknown.
    double tokensPerSecond() const;
};

// How much of prompts and answers reaches the log files and the store.
struct ContentPolicy
{
    enum class Level { Full, Truncated, MetadataOnly } level = Level::Full;
    int maxChars = 0; // for Truncated

    QByteArray apply(const QByteArray &text) const;
    QString apply(const QString &text) const;
    // Parses "full", "metadata" or a positive number of characters.
    static bool parse(QStringView text, ContentPolicy *out);
    QString toString() const;
};

// Replaces the values of Authorization, Proxy-Authorization, x-api-key, api-key, Cookie and
// Set-Cookie with "***" (keeping the scheme word of Authorization, e.g. "Bearer ***").
HeaderPairs maskSecrets(const HeaderPairs &headers);
bool isSecretHeader(QByteArrayView name);

} // namespace mygpt
