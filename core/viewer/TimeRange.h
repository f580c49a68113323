#pragma once

#include <QDateTime>

namespace mygpt::viewer {

// The time filter's choices. Ranges that end "now" are open at the end, so that live
// records still match; they are worked out again whenever the filter is applied.
enum class TimeRange { All, LastHour, Today, Last7Days, Last30Days, Custom };

struct TimeSpan
{
    QDateTime from; // invalid: open
    QDateTime to; // invalid: open
};

// `custom` is used as it is for TimeRange::Custom.
TimeSpan spanOf(TimeRange range, const QDateTime &now = QDateTime::currentDateTime(),
    const TimeSpan &custom = {});

} // namespace mygpt::viewer
