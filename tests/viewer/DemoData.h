#pragma once

#include "record/ExchangeRecord.h"

#include <QList>

namespace mygpt::viewertest {

// A plausible month of requests for the screenshots: several models and clients, streamed
// answers with reasoning, tool calls, errors, a cancelled stream and one still running.
// The streamed exchange to show in the detail pane has the id demoStreamId.
QList<ExchangeRecord> demoRecords(const QDateTime &now = QDateTime::currentDateTimeUtc());
inline constexpr char demoStreamId[] = "5e7a01c3";

} // namespace mygpt::viewertest
