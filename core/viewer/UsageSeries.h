#pragma once

#include "store/StoreTypes.h"

namespace mygpt {
class RequestStore;
}

namespace mygpt::viewer {

// The usage panel's numbers: every day of the period (zeros where nothing happened), the
// models by tokens, and the totals of today and of the period.
struct UsageSeries
{
    QList<DailyUsage> days; // oldest first, exactly `days` of them, the last one today
    QList<ModelUsage> models;
    UsageTotals today;
    UsageTotals period;
};

UsageSeries usageSeries(
    const RequestStore &store, int days, const QDate &today = QDate::currentDate());

} // namespace mygpt::viewer
