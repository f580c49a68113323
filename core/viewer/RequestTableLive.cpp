// The model's live side: records the store added or changed since the rows were fetched.
#include "store/RequestStore.h"
#include "viewer/RequestTableModel.h"

#include <QScopedValueRollback>
#include <algorithm>

namespace mygpt::viewer {

void RequestTableModel::recordsChanged(const QList<QByteArray> &ids)
{
    if (m_live) {
        refresh(ids);
        return;
    }
    for (const QByteArray &id : ids) {
        if (!m_pending.contains(id))
            m_pending.append(id);
    }
    Q_EMIT pendingCountChanged(int(m_pending.size()));
}

void RequestTableModel::refresh(const QList<QByteArray> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    RequestFilter filter = m_filter;
    filter.ids = ids;
    // Ids of different runs may meet: the newest record of each id is the live one.
    QHash<QByteArray, RecordSummary> matching;
    for (const RecordSummary &s : m_store->page(filter, int(ids.size()) * 4, std::nullopt, {})) {
        if (!matching.contains(s.id))
            matching.insert(s.id, s);
    }
    for (const QByteArray &id : ids) {
        const int row = rowOf(id);
        const auto found = matching.constFind(id);
        if (found == matching.cend()) {
            if (row >= 0) // it no longer matches the filter (e.g. a stream that failed)
                removeRowAt(row);
        } else if (row >= 0 && m_rows.at(row).summary.received == found->received) {
            setRow(row, *found);
        } else if (!m_keys.contains(keyOf(*found))) {
            place(*found);
        }
    }
}

void RequestTableModel::place(const RecordSummary &summary)
{
    // Rows keep the place they were fetched in even when a changing key (duration, tokens)
    // moved on, so this is a lower bound over an almost sorted list: good enough for a
    // new row, and exact for the default newest-first order.
    const auto at = std::partition_point(m_rows.cbegin(), m_rows.cend(),
        [&](const Row &r) { return requestorder::before(r.summary, summary, m_order); });
    const int row = int(at - m_rows.cbegin());
    // Behind the last fetched row: the next page brings it.
    if (row == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, row, row);
    m_keys.insert(keyOf(summary));
    m_rows.insert(row, { summary, summary.inFlight ? countTokensSoFar(summary) : -1 });
    endInsertRows();
}

void RequestTableModel::setRow(int row, const RecordSummary &summary)
{
    Row &r = m_rows[row];
    r.summary = summary;
    r.tokensSoFar = summary.inFlight ? countTokensSoFar(summary) : -1;
    Q_EMIT dataChanged(index(row, 0), index(row, columnTotal - 1));
}

void RequestTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_keys.remove(keyOf(m_rows.at(row).summary));
    m_rows.removeAt(row);
    endRemoveRows();
}

qint64 RequestTableModel::countTokensSoFar(const RecordSummary &summary) const
{
    if (!m_store || !summary.stream)
        return -1;
    // Upstreams send about one token per event; the usage only comes with the last one.
    const std::optional<ExchangeRecord> record = m_store->load(summary.id);
    if (!record || record->rawEvents.isEmpty())
        return -1;
    const QByteArray &events = record->rawEvents;
    qint64 count = events.count("\ndata:") + (events.startsWith("data:") ? 1 : 0);
    count -= events.count("data: [DONE]");
    return qMax<qint64>(0, count - 1); // the first event only names the role
}

} // namespace mygpt::viewer
