#pragma once

#include "record/ExchangeRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace mygpt {

// What the request-log viewer filters on; empty / unset members do not filter.
struct RequestFilter
{
    // The {} let callers use designated initializers without -Wmissing-field-initializers.
    QDateTime from {}; // inclusive
    QDateTime to {}; // exclusive
    QString model {}; // exact
    std::optional<StatusClass> statusClass {};
    QString endpoint {}; // exact, as ExchangeRecord::endpoint(): "/v1/chat/completions"
    std::optional<bool> stream {};
    QString text {}; // substring of prompt or answer; < 3 characters falls back to LIKE
    QList<QByteArray> ids {}; // only these request ids (the viewer's live refresh, exports)
};

// Everything of a record but its bodies, headers, raw events and answer text.
struct RecordSummary
{
    QByteArray id;
    QByteArray upstreamRequestId;
    QDateTime received; // UTC
    QByteArray endpoint;
    QByteArray method;
    QByteArray path;
    QString model;
    bool stream = false;
    int status = 0;
    StatusClass statusClass = StatusClass::Ok;
    qint64 firstByteMs = -1;
    qint64 firstTokenMs = -1;
    qint64 durationMs = -1;
    TokenUsage usage;
    QString finishReason;
    QString clientAddress;
    QString userAgent;
    bool cancelled = false;
    bool inFlight = false;
    QString error;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
};

// Keyset position: the page after this one starts strictly older than (received, id), or
// strictly after (key, received, id) in another RequestOrder (see requestorder::cursorAfter).
struct PageCursor
{
    QDateTime received;
    QByteArray id;
    QVariant key {}; // the sort key's value for orders other than newest first

    static PageCursor after(const RecordSummary &last) { return { last.received, last.id }; }
};

// Sums over requests; tokens the upstream did not report count as 0.
struct UsageTotals
{
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    friend bool operator==(const UsageTotals &, const UsageTotals &) = default;
};

struct DailyUsage
{
    QDate day; // local time
    UsageTotals totals;
};

struct ModelUsage
{
    QString model;
    UsageTotals totals;
};

struct RetentionLimits
{
    int maxAgeDays = 30; // <= 0: keep forever
    qint64 maxSizeBytes = 1LL << 30; // <= 0: no cap
};

struct StoreOptions
{
    QString path; // empty: RequestStore::defaultPath()
    int batchIntervalMs = 200; // how long a batch may gather before its commit (< 1 s: crash safety)
    int maxBatchRecords = 500; // ... or how many records (fewer, larger commits: -10% writer CPU)
    // An in-flight state waits this long before it is written: a request that ends sooner is
    // written once, finished (half the writer's work at 50 connections). Streams still show
    // up live, a quarter second later.
    int inFlightDelayMs = 250;
    int retentionIntervalMs = 60'000;
    int retentionBatchRows = 500; // rows deleted per retention transaction
    RetentionLimits retention;
};

} // namespace mygpt
