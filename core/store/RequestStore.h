#pragma once

#include "record/ExchangeRecord.h"
#include "store/RequestReader.h"
#include "store/StoreTypes.h"

#include <QObject>
#include <memory>

namespace mygpt {

class StoreWriter;

// The durable, queryable record of every exchange (SQLite, WAL, full-text search).
// put() only queues: a writer thread commits in batches and the signals follow in the
// owner's thread. The query functions read on the owner thread's own read-only connection;
// other threads make their own RequestReader(path()).
class RequestStore final : public QObject
{
    Q_OBJECT

public:
    explicit RequestStore(QObject *parent = nullptr); // defaultPath()
    explicit RequestStore(const StoreOptions &options, QObject *parent = nullptr);
    ~RequestStore() override; // writes what is queued, then closes

    // AppLocalDataLocation + "/requests.sqlite"
    static QString defaultPath();

    bool isOpen() const;
    QString errorString() const;
    QString path() const { return m_path; }

    // Inserts or updates by id (and received). Thread-safe, never waits for the disk.
    void put(const ExchangeRecord &record);
    // Blocks until everything put before is committed and its signals are emitted.
    void flush();
    // Removes every record (and what is queued); cleared() follows.
    void clear();

    void setMaxAgeDays(int days); // <= 0: keep forever
    int maxAgeDays() const;
    void setMaxSizeBytes(qint64 bytes); // <= 0: no cap
    qint64 maxSizeBytes() const;
    // Runs retention now instead of at its next period (it continues in small steps).
    void enforceRetention();

    const RequestReader &reader() const { return *m_reader; }
    QList<RecordSummary> page(const RequestFilter &filter, int limit,
        const std::optional<PageCursor> &after = std::nullopt,
        const RequestOrder &order = {}) const
    {
        return m_reader->page(filter, limit, after, order);
    }
    std::optional<ExchangeRecord> load(const QByteArray &id) const { return m_reader->load(id); }
    qint64 count(const RequestFilter &filter) const { return m_reader->count(filter); }
    QStringList models() const { return m_reader->models(); }
    QStringList endpoints() const { return m_reader->endpoints(); }
    QList<DailyUsage> usagePerDay(const QDateTime &from, const QDateTime &to) const
    {
        return m_reader->usagePerDay(from, to);
    }
    QList<ModelUsage> usagePerModel(const QDateTime &from, const QDateTime &to) const
    {
        return m_reader->usagePerModel(from, to);
    }

Q_SIGNALS:
    void recordsAdded(const QList<QByteArray> &ids);
    void recordsUpdated(const QList<QByteArray> &ids);
    // Retention removed old records: pages on screen may show rows that are gone.
    void recordsRemoved(qint64 count);
    void cleared();

private:
    void deliver();

    QString m_path;
    QString m_error;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<RequestReader> m_reader;
};

} // namespace mygpt
