#pragma once

#include "store/StoreTypes.h"

#include <QString>
#include <QVariant>

namespace mygpt {

// What a page is sorted by. Ties (and Received itself) fall back to (received, id) in the
// same direction, so every order is total and pages continue by keyset.
enum class SortKey {
    Received,
    Id,
    Endpoint,
    Model,
    Stream,
    Status,
    Duration,
    FirstToken,
    PromptTokens,
    CompletionTokens,
    Client,
};

struct RequestOrder
{
    SortKey key = SortKey::Received;
    bool descending = true;
    friend bool operator==(const RequestOrder &, const RequestOrder &) = default;
};

namespace requestorder {

// The SQL expression over `requests r` that the key sorts by (unknown numbers as -1).
QString expression(SortKey key);
// The same value for a summary: qint64, or QString for the text keys.
QVariant valueOf(const RecordSummary &row, SortKey key);
// Whether `a` comes before `b` in this order, exactly as SQLite sorts them.
bool before(const RecordSummary &a, const RecordSummary &b, const RequestOrder &order);
// The cursor for the page behind `last` in this order.
PageCursor cursorAfter(const RecordSummary &last, const RequestOrder &order);

} // namespace requestorder

} // namespace mygpt
