#include "viewer/RequestTableModel.h"

#include "store/RequestStore.h"

#include <QScopedValueRollback>

namespace mygpt::viewer {

RequestTableModel::RequestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestTableModel::~RequestTableModel() = default;

void RequestTableModel::setStore(RequestStore *store)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_store = store;
    m_pending.clear();
    if (store) {
        m_connections = {
            connect(store, &RequestStore::recordsAdded, this, &RequestTableModel::recordsChanged),
            connect(store, &RequestStore::recordsUpdated, this, &RequestTableModel::recordsChanged),
            connect(store, &RequestStore::cleared, this, &RequestTableModel::reload),
            connect(store, &QObject::destroyed, this, &RequestTableModel::storeGone),
        };
    }
    reload();
}

void RequestTableModel::storeGone()
{
    const QScopedValueRollback changing(m_changing, true);
    m_connections.clear();
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_atEnd = true;
    endResetModel();
    Q_EMIT reloaded();
}

void RequestTableModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestTableModel::setOrder(const RequestOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    reload();
}

void RequestTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void RequestTableModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (!live)
        return;
    const QList<QByteArray> pending = std::exchange(m_pending, {});
    Q_EMIT pendingCountChanged(0);
    // Too much happened while paused to place it row by row: start over.
    if (pending.size() > 4 * m_pageSize)
        reload();
    else if (!pending.isEmpty())
        refresh(pending);
}

void RequestTableModel::reload()
{
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_keys.clear();
        m_atEnd = !m_store;
        // The first page now, so that a view shows rows as soon as it is reset.
        if (m_store) {
            const QList<RecordSummary> page
                = m_store->page(m_filter, m_pageSize, std::nullopt, m_order);
            for (const RecordSummary &s : page) {
                m_keys.insert(keyOf(s));
                m_rows.append({ s, s.inFlight ? countTokensSoFar(s) : -1 });
            }
            m_atEnd = page.size() < m_pageSize;
        }
        endResetModel();
    }
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT pendingCountChanged(0);
    }
    Q_EMIT reloaded();
}

const RecordSummary *RequestTableModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).summary : nullptr;
}

int RequestTableModel::rowOf(const QByteArray &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == id)
            return int(i);
    }
    return -1;
}

qint64 RequestTableModel::tokensSoFar(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).tokensSoFar : -1;
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

bool RequestTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_store && !m_changing;
}

void RequestTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const std::optional<PageCursor> after = m_rows.isEmpty()
        ? std::nullopt
        : std::optional(requestorder::cursorAfter(m_rows.last().summary, m_order));
    const QList<RecordSummary> page = m_store->page(m_filter, m_pageSize, after, m_order);
    m_atEnd = page.size() < m_pageSize;
    QList<Row> fresh;
    for (const RecordSummary &s : page) {
        if (!m_keys.contains(keyOf(s)))
            fresh.append({ s, s.inFlight ? countTokensSoFar(s) : -1 });
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    for (Row &row : fresh) {
        m_keys.insert(keyOf(row.summary));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnTotal)
        return;
    setOrder({ sortKeyOf(Column(column)), order == Qt::DescendingOrder });
}

QByteArray RequestTableModel::keyOf(const RecordSummary &summary)
{
    return summary.id + ':' + QByteArray::number(summary.received.toMSecsSinceEpoch());
}

} // namespace mygpt::viewer
