#pragma once

#include "store/RequestOrder.h"
#include "store/RequestStore.h" // complete for QPointer
#include "store/StoreTypes.h"
#include "viewer/RequestColumns.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace mygpt::viewer {

// The request log as a table: the store's rows in the current filter and order, fetched a
// page at a time as the view scrolls (never all rows, never bodies). New and updated records
// arrive from the store's signals and are inserted where they sort among the rows already
// fetched, or updated in place, so what the user is reading does not move. Paused, they wait.
class RequestTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QByteArray
        StatusKindRole, // StatusKind as int: the view colours by it
        InFlightRole, // bool
        SortValueRole, // what the column sorts by (numbers as qint64, -1 unknown)
    };
    enum class StatusKind { Ok, ClientError, UpstreamError, Cancelled, InFlight };
    Q_ENUM(StatusKind)

    explicit RequestTableModel(QObject *parent = nullptr);
    ~RequestTableModel() override;

    void setStore(RequestStore *store);
    RequestStore *store() const { return m_store; }
    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    void setOrder(const RequestOrder &order);
    const RequestOrder &order() const { return m_order; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Paused: new and changed records are only counted; resuming shows them.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    int pendingCount() const { return int(m_pending.size()); }

    // Back to the first page of the current filter and order.
    void reload();

    const RecordSummary *summaryAt(int row) const;
    int rowOf(const QByteArray &id) const; // -1 if not fetched
    // "About N tokens so far" for a stream in flight (its SSE events); -1 if unknown.
    qint64 tokensSoFar(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The rows were replaced: store, filter, order or a clear.
    void reloaded();

private:
    struct Row
    {
        RecordSummary summary;
        qint64 tokensSoFar = -1;
    };

    void storeGone();
    void recordsChanged(const QList<QByteArray> &ids);
    void refresh(const QList<QByteArray> &ids);
    void place(const RecordSummary &summary);
    void setRow(int row, const RecordSummary &summary);
    void removeRowAt(int row);
    qint64 countTokensSoFar(const RecordSummary &summary) const;
    QVariant display(const Row &row, Column column) const;
    QVariant toolTip(const Row &row, Column column) const;
    static QByteArray keyOf(const RecordSummary &summary);

    QPointer<RequestStore> m_store;
    QList<QMetaObject::Connection> m_connections;
    RequestFilter m_filter;
    RequestOrder m_order;
    int m_pageSize = 200;
    QList<Row> m_rows;
    QSet<QByteArray> m_keys; // keyOf() of every row: pages and live inserts never repeat one
    bool m_atEnd = true;
    // Set while rows change: views and testers call fetchMore() from the change signals
    // (even from rowsAboutToBeInserted), and a nested page would repeat rows.
    bool m_changing = false;
    bool m_live = true;
    QList<QByteArray> m_pending;
};

} // namespace mygpt::viewer
