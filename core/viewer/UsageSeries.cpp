#include "viewer/UsageSeries.h"

#include "store/RequestStore.h"

namespace mygpt::viewer {

namespace {

void add(UsageTotals &sum, const UsageTotals &t)
{
    sum.requests += t.requests;
    sum.promptTokens += t.promptTokens;
    sum.completionTokens += t.completionTokens;
    sum.totalTokens += t.totalTokens;
}

} // namespace

UsageSeries usageSeries(const RequestStore &store, int days, const QDate &today)
{
    UsageSeries s;
    const QDate first = today.addDays(1 - qMax(1, days));
    const QDateTime from = first.startOfDay();
    const QDateTime to = today.addDays(1).startOfDay();
    const QList<DailyUsage> stored = store.usagePerDay(from, to);
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        DailyUsage day { d, {} };
        for (const DailyUsage &u : stored) {
            if (u.day == d)
                day.totals = u.totals;
        }
        add(s.period, day.totals);
        s.days.append(day);
    }
    s.today = s.days.last().totals;
    s.models = store.usagePerModel(from, to);
    return s;
}

} // namespace mygpt::viewer
