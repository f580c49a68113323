#pragma once

#include "record/ExchangeRecord.h"
#include "store/RequestOrder.h"
#include "store/StoreTypes.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace mygpt {

namespace storedb {
class Connection;
}

// The viewer's queries, on a read-only connection of their own: use a reader only in the
// thread that created it. WAL lets it read while the writer commits.
class RequestReader final
{
public:
    explicit RequestReader(const QString &path);
    ~RequestReader();
    RequestReader(const RequestReader &) = delete;
    RequestReader &operator=(const RequestReader &) = delete;

    bool isOpen() const;
    QString errorString() const;

    // Newest first unless `order` says otherwise; `after` continues behind the last row of
    // the previous page (requestorder::cursorAfter for other orders).
    QList<RecordSummary> page(const RequestFilter &filter, int limit,
        const std::optional<PageCursor> &after = std::nullopt,
        const RequestOrder &order = {}) const;
    // The newest record with this id (ids of different runs may meet).
    std::optional<ExchangeRecord> load(const QByteArray &id) const;
    qint64 count(const RequestFilter &filter) const;
    QStringList models() const;
    QStringList endpoints() const;
    // [from, to); invalid ends are open. Days are local days.
    QList<DailyUsage> usagePerDay(const QDateTime &from, const QDateTime &to) const;
    QList<ModelUsage> usagePerModel(const QDateTime &from, const QDateTime &to) const;

private:
    std::unique_ptr<storedb::Connection> m_connection;
};

} // namespace mygpt
