#include "store/RecordRow.h"

#include "store/RecordCodec.h"
#include "store/StoreDatabase.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace mygpt::recordrow {

using recordcodec::nullIfUnknown;
using recordcodec::unknownIfNull;

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(0, QChar())) : QVariant(s);
}

QVariant text(const QByteArray &latin1)
{
    return text(QString::fromLatin1(latin1));
}

const QStringList &requestColumns()
{
    static const QStringList columns {
        u"id"_s,
        u"received_ms"_s,
        u"endpoint"_s,
        u"method"_s,
        u"path"_s,
        u"model"_s,
        u"stream"_s,
        u"status"_s,
        u"status_class"_s,
        u"first_byte_ms"_s,
        u"first_token_ms"_s,
        u"duration_ms"_s,
        u"prompt_tokens"_s,
        u"completion_tokens"_s,
        u"total_tokens"_s,
        u"cached_tokens"_s,
        u"reasoning_tokens"_s,
        u"finish_reason"_s,
        u"client_address"_s,
        u"user_agent"_s,
        u"upstream_request_id"_s,
        u"cancelled"_s,
        u"in_flight"_s,
        u"error"_s,
        u"bytes_in"_s,
        u"bytes_out"_s,
    };
    return columns;
}

QVariantList requestValues(const ExchangeRecord &r)
{
    const TokenUsage &u = r.answer.usage;
    return {
        text(r.id),
        storedb::toMs(r.received),
        text(r.endpoint()),
        text(r.method),
        text(r.path),
        text(r.model),
        int(r.stream),
        r.status,
        recordcodec::statusClassToInt(r.statusClass()),
        nullIfUnknown(r.firstByteMs),
        nullIfUnknown(r.firstTokenMs),
        nullIfUnknown(r.durationMs),
        nullIfUnknown(u.promptTokens),
        nullIfUnknown(u.completionTokens),
        nullIfUnknown(u.totalTokens),
        nullIfUnknown(u.cachedPromptTokens),
        nullIfUnknown(u.reasoningTokens),
        text(r.answer.finishReason),
        text(r.clientAddress),
        text(r.userAgent),
        text(r.upstreamRequestId),
        int(r.cancelled),
        int(r.inFlight),
        text(r.error),
        r.bytesIn,
        r.bytesOut,
    };
}

RecordSummary summaryFromRow(const QSqlQuery &q, int first)
{
    int i = first;
    const auto next = [&] { return q.value(i++); };
    RecordSummary s;
    s.id = next().toString().toLatin1();
    s.received = storedb::fromMs(next().toLongLong());
    s.endpoint = next().toString().toLatin1();
    s.method = next().toString().toLatin1();
    s.path = next().toString().toLatin1();
    s.model = next().toString();
    s.stream = next().toBool();
    s.status = next().toInt();
    s.statusClass = recordcodec::statusClassFromInt(next().toInt());
    s.firstByteMs = unknownIfNull(next());
    s.firstTokenMs = unknownIfNull(next());
    s.durationMs = unknownIfNull(next());
    s.usage.promptTokens = unknownIfNull(next());
    s.usage.completionTokens = unknownIfNull(next());
    s.usage.totalTokens = unknownIfNull(next());
    s.usage.cachedPromptTokens = unknownIfNull(next());
    s.usage.reasoningTokens = unknownIfNull(next());
    s.finishReason = next().toString();
    s.clientAddress = next().toString();
    s.userAgent = next().toString();
    s.upstreamRequestId = next().toString().toLatin1();
    s.cancelled = next().toBool();
    s.inFlight = next().toBool();
    s.error = next().toString();
    s.bytesIn = next().toLongLong();
    s.bytesOut = next().toLongLong();
    return s;
}

const QStringList &contentColumns()
{
    static const QStringList columns { u"request_headers"_s, u"response_headers"_s,
        u"request_body"_s, u"response_body"_s, u"raw_events"_s, u"answer_content"_s,
        u"answer_reasoning"_s, u"tool_calls"_s, u"compressed"_s };
    return columns;
}

namespace {

constexpr qsizetype compressFrom = 512;

QByteArray pack(const QByteArray &raw, CompressedBlob which, int &flags)
{
    if (raw.size() < compressFrom)
        return raw;
    // Level 1: most of the gain for SSE and JSON at a fraction of the writer's time.
    QByteArray packed = qCompress(raw, 1);
    if (packed.size() >= raw.size() - raw.size() / 8)
        return raw;
    flags |= which;
    return packed;
}

} // namespace

QByteArray unpack(const QVariant &blob, int compressedFlags, CompressedBlob which)
{
    const QByteArray bytes = blob.toByteArray();
    return compressedFlags & which ? qUncompress(bytes) : bytes;
}

QVariantList contentValues(const ExchangeRecord &r)
{
    int flags = 0;
    const QByteArray requestBody = pack(r.requestBody, RequestBody, flags);
    const QByteArray responseBody = pack(r.responseBody, ResponseBody, flags);
    const QByteArray rawEvents = pack(r.rawEvents, RawEvents, flags);
    return {
        recordcodec::headersToJson(r.requestHeaders),
        recordcodec::headersToJson(r.responseHeaders),
        requestBody,
        responseBody,
        rawEvents,
        r.answer.content,
        r.answer.reasoning,
        recordcodec::toolCallsToJson(r.answer.toolCalls),
        flags,
    };
}

void contentFromRow(const QSqlQuery &q, int first, ExchangeRecord &r)
{
    const int flags = q.value(first + 8).toInt();
    r.requestHeaders = recordcodec::headersFromJson(q.value(first).toString());
    r.responseHeaders = recordcodec::headersFromJson(q.value(first + 1).toString());
    r.requestBody = unpack(q.value(first + 2), flags, RequestBody);
    r.responseBody = unpack(q.value(first + 3), flags, ResponseBody);
    r.rawEvents = unpack(q.value(first + 4), flags, RawEvents);
    r.answer.content = q.value(first + 5).toString();
    r.answer.reasoning = q.value(first + 6).toString();
    r.answer.toolCalls = recordcodec::toolCallsFromJson(q.value(first + 7).toString());
}

ExchangeRecord recordFromSummary(const RecordSummary &s)
{
    ExchangeRecord r;
    r.id = s.id;
    r.upstreamRequestId = s.upstreamRequestId;
    r.received = s.received;
    r.firstByteMs = s.firstByteMs;
    r.firstTokenMs = s.firstTokenMs;
    r.durationMs = s.durationMs;
    r.clientAddress = s.clientAddress;
    r.userAgent = s.userAgent;
    r.method = s.method;
    r.path = s.path;
    r.model = s.model;
    r.stream = s.stream;
    r.status = s.status;
    r.error = s.error;
    r.cancelled = s.cancelled;
    r.inFlight = s.inFlight;
    r.bytesIn = s.bytesIn;
    r.bytesOut = s.bytesOut;
    r.answer.finishReason = s.finishReason;
    r.answer.usage = s.usage;
    return r;
}

} // namespace mygpt::recordrow
