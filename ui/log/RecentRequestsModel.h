#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include "store/StoreTypes.h"

namespace mygpt {
class RequestStore;
}

namespace mygpt::ui {

// The latest exchanges of the request store, newest first, read-only, refreshed when the
// store reports new or updated records. A stand-in until the full request-log viewer lands.
class RecentRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Id, Endpoint, Model, Status, Duration, ColumnCount };
    static constexpr int maxRows = 200;

    explicit RecentRequestsModel(QObject *parent = nullptr);

    // May be null (the store is off); the model is empty then.
    void setStore(RequestStore *store);
    RequestStore *store() const { return m_store; }
    // Re-reads the page now instead of on the next refresh tick.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
        int role = Qt::DisplayRole) const override;

    static QString statusText(const RecordSummary &record);
    static QString durationText(qint64 ms);

private:
    QPointer<RequestStore> m_store;
    QList<RecordSummary> m_rows;
    QTimer m_refresh; // coalesces bursts of store signals
};

} // namespace mygpt::ui
