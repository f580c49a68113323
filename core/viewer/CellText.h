#pragma once

#include <QDateTime>
#include <QString>

// How the viewer writes times, durations and counts (the table, the detail pane, the usage
// panel), in the user's locale.
namespace mygpt::viewer::celltext {

// "850 ms", "1.25 s", "2 min 5 s"; empty for -1 (the moment never came).
QString duration(qint64 ms);
// "1,234" in the locale; empty for -1 (not reported).
QString count(qint64 n);
// "12.3k", "4.5M": the usage charts' axes and totals.
QString compact(qint64 n);
// Local time: "14:03:07" today, "05-01 14:03:07" this year, "2023-05-01 14:03" before.
QString time(const QDateTime &utc, const QDateTime &now = QDateTime::currentDateTime());

} // namespace mygpt::viewer::celltext
