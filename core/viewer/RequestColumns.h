#pragma once

#include "store/RequestOrder.h"

#include <QString>

namespace mygpt::viewer {

// The request table's columns, in display order.
enum class Column {
    Time,
    RequestId,
    Endpoint,
    Model,
    Stream,
    Status,
    Duration,
    FirstToken,
    TokensIn,
    TokensOut,
    Client,
    Count
};

inline constexpr int columnTotal = int(Column::Count);

// The store order a click on the column's header asks for.
SortKey sortKeyOf(Column column);
Column columnOf(SortKey key);
// Stable names for QSettings and CSV headers ("time", "request_id", ...).
QString columnKey(Column column);
// The translated header.
QString columnTitle(Column column);

} // namespace mygpt::viewer
