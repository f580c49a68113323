#include "viewer/TimeRange.h"

namespace mygpt::viewer {

TimeSpan spanOf(TimeRange range, const QDateTime &now, const TimeSpan &custom)
{
    const QDate today = now.toLocalTime().date();
    switch (range) {
    case TimeRange::All:
        return {};
    case TimeRange::LastHour:
        return { now.addSecs(-3600), {} };
    case TimeRange::Today:
        return { today.startOfDay(), {} };
    case TimeRange::Last7Days:
        return { today.addDays(-6).startOfDay(), {} };
    case TimeRange::Last30Days:
        return { today.addDays(-29).startOfDay(), {} };
    case TimeRange::Custom:
        return custom;
    }
    return {};
}

} // namespace mygpt::viewer
