#pragma once

#include "record/ExchangeRecord.h"

#include <QList>
#include <QString>

namespace mygpt::viewer {

// The Raw page: the request and the response as pretty JSON, or the SSE events as relayed
// (one event per paragraph), under a line that names each.
QString rawText(const ExchangeRecord &record);

// JSON indented; anything else as UTF-8 text.
QString prettyBody(const QByteArray &body);

// The moments of an exchange for the timeline, in order, after `received` (0).
struct Milestone
{
    QString label;
    qint64 ms;
};
QList<Milestone> milestonesOf(const ExchangeRecord &record);

} // namespace mygpt::viewer
