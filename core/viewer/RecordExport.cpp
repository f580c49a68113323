#include "viewer/RecordExport.h"

#include "store/RequestReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

namespace {

constexpr int exportPage = 500;

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QString::fromUtf8(body);
}

QJsonArray headersJson(const HeaderPairs &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : maskSecrets(headers))
        out.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return out;
}

QJsonValue number(qint64 n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QJsonObject usageJson(const TokenUsage &u)
{
    return { { u"prompt_tokens"_s, number(u.promptTokens) },
        { u"completion_tokens"_s, number(u.completionTokens) },
        { u"total_tokens"_s, number(u.totalTokens) },
        { u"cached_prompt_tokens"_s, number(u.cachedPromptTokens) },
        { u"reasoning_tokens"_s, number(u.reasoningTokens) } };
}

QString statusClassName(StatusClass c)
{
    switch (c) {
    case StatusClass::Ok:
        return u"ok"_s;
    case StatusClass::ClientError:
        return u"client_error"_s;
    case StatusClass::UpstreamError:
        return u"upstream_error"_s;
    case StatusClass::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString msText(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms);
}

bool writeAll(QIODevice *out, const QByteArray &bytes)
{
    return out->write(bytes) == bytes.size();
}

} // namespace

QJsonObject recordToJson(const ExchangeRecord &r)
{
    QJsonArray tools;
    for (const ToolCall &c : r.answer.toolCalls)
        tools.append(QJsonObject { { u"index"_s, c.index }, { u"id"_s, c.id },
            { u"type"_s, c.type }, { u"name"_s, c.name }, { u"arguments"_s, c.arguments } });
    QJsonObject o {
        { u"id"_s, QString::fromLatin1(r.id) },
        { u"upstream_request_id"_s, QString::fromLatin1(r.upstreamRequestId) },
        { u"received"_s, r.received.toUTC().toString(Qt::ISODateWithMs) },
        { u"method"_s, QString::fromLatin1(r.method) },
        { u"path"_s, QString::fromLatin1(r.path) },
        { u"endpoint"_s, QString::fromLatin1(r.endpoint()) },
        { u"model"_s, r.model },
        { u"stream"_s, r.stream },
        { u"status"_s, r.status },
        { u"status_class"_s, statusClassName(r.statusClass()) },
        { u"error"_s, r.error },
        { u"cancelled"_s, r.cancelled },
        { u"in_flight"_s, r.inFlight },
        { u"first_byte_ms"_s, number(r.firstByteMs) },
        { u"first_token_ms"_s, number(r.firstTokenMs) },
        { u"duration_ms"_s, number(r.durationMs) },
        { u"client_address"_s, r.clientAddress },
        { u"user_agent"_s, r.userAgent },
        { u"bytes_in"_s, r.bytesIn },
        { u"bytes_out"_s, r.bytesOut },
        { u"request_headers"_s, headersJson(r.requestHeaders) },
        { u"response_headers"_s, headersJson(r.responseHeaders) },
        { u"request"_s, bodyValue(r.requestBody) },
        { u"response"_s, bodyValue(r.responseBody) },
        { u"answer"_s,
            QJsonObject { { u"content"_s, r.answer.content },
                { u"reasoning"_s, r.answer.reasoning }, { u"tool_calls"_s, tools },
                { u"finish_reason"_s, r.answer.finishReason } } },
        { u"usage"_s, usageJson(r.answer.usage) },
    };
    if (!r.rawEvents.isEmpty())
        o.insert(u"events"_s, QString::fromUtf8(r.rawEvents));
    return o;
}

QStringList csvHeader()
{
    return { u"received"_s, u"request_id"_s, u"method"_s, u"endpoint"_s, u"path"_s, u"model"_s,
        u"stream"_s, u"status"_s, u"status_class"_s, u"first_byte_ms"_s, u"first_token_ms"_s,
        u"duration_ms"_s, u"prompt_tokens"_s, u"completion_tokens"_s, u"total_tokens"_s,
        u"cached_prompt_tokens"_s, u"reasoning_tokens"_s, u"finish_reason"_s, u"client_address"_s,
        u"user_agent"_s, u"cancelled"_s, u"error"_s, u"bytes_in"_s, u"bytes_out"_s,
        u"upstream_request_id"_s };
}

QStringList csvFields(const RecordSummary &s)
{
    const TokenUsage &u = s.usage;
    return { s.received.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(s.id),
        QString::fromLatin1(s.method), QString::fromLatin1(s.endpoint), QString::fromLatin1(s.path),
        s.model, s.stream ? u"true"_s : u"false"_s, QString::number(s.status),
        statusClassName(s.statusClass), msText(s.firstByteMs), msText(s.firstTokenMs),
        msText(s.durationMs), msText(u.promptTokens), msText(u.completionTokens),
        msText(u.totalTokens), msText(u.cachedPromptTokens), msText(u.reasoningTokens),
        s.finishReason, s.clientAddress, s.userAgent, s.cancelled ? u"true"_s : u"false"_s, s.error,
        QString::number(s.bytesIn), QString::number(s.bytesOut),
        QString::fromLatin1(s.upstreamRequestId) };
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            quoted.append(u'"' + QString(f).replace(u'"', u"\"\""_s) + u'"');
        else
            quoted.append(f);
    }
    return quoted.join(u',') + u"\r\n"_s;
}

qint64 exportRecords(const QString &storePath, const ExportQuery &query, ExportFormat format,
    QIODevice *out, const std::function<bool(qint64)> &progress)
{
    const RequestReader reader(storePath);
    if (!reader.isOpen())
        return -1;
    qint64 written = 0;
    const auto emitRows = [&](const QList<RecordSummary> &rows) {
        for (const RecordSummary &s : rows) {
            QByteArray bytes;
            if (format == ExportFormat::Csv) {
                bytes = csvLine(csvFields(s)).toUtf8();
            } else {
                const std::optional<ExchangeRecord> record = reader.load(s.id);
                if (!record)
                    continue;
                bytes = QJsonDocument(recordToJson(*record)).toJson(QJsonDocument::Compact) + '\n';
            }
            if (!writeAll(out, bytes))
                return false;
            ++written;
        }
        return !progress || progress(written);
    };
    if (format == ExportFormat::Csv && !writeAll(out, csvLine(csvHeader()).toUtf8()))
        return written;

    if (!query.filter.ids.isEmpty()) {
        // A selection: chunks of ids (SQLite limits bound values), in the caller's order.
        for (qsizetype i = 0; i < query.filter.ids.size(); i += exportPage) {
            RequestFilter filter = query.filter;
            filter.ids = query.filter.ids.mid(i, exportPage);
            QHash<QByteArray, RecordSummary> found;
            for (const RecordSummary &s : reader.page(filter, exportPage * 4)) {
                if (!found.contains(s.id)) // newest first: the newest of an id wins
                    found.insert(s.id, s);
            }
            QList<RecordSummary> rows;
            for (const QByteArray &id : std::as_const(filter.ids)) {
                if (found.contains(id))
                    rows.append(found.take(id));
            }
            if (!emitRows(rows))
                break;
        }
        return written;
    }
    std::optional<PageCursor> after;
    for (;;) {
        const QList<RecordSummary> rows = reader.page(query.filter, exportPage, after, query.order);
        if (rows.isEmpty() || !emitRows(rows) || rows.size() < exportPage)
            break;
        after = requestorder::cursorAfter(rows.last(), query.order);
    }
    return written;
}

} // namespace mygpt::viewer
