#pragma once

#include "record/ExchangeRecord.h"
#include "store/StoreTypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <functional>

namespace mygpt {

class RecordWriter;
class Retention;

// The thread that owns the store's only writing connection. put() queues (coalescing puts of
// the same record) and returns; the thread commits what gathered every batchIntervalMs or
// maxBatchRecords, and runs retention steps in between.
class StoreWriter final : public QThread
{
public:
    explicit StoreWriter(const StoreOptions &options);
    ~StoreWriter() override; // drains the queue, then ends the thread

    // Blocks until the file is open and migrated (or failed to be).
    bool waitOpened(QString *error);

    void put(const ExchangeRecord &record); // any thread
    void flush(); // until all puts before it are committed
    void clear();
    void setLimits(const RetentionLimits &limits);
    RetentionLimits limits() const;
    void requestRetention();

    struct Notifications
    {
        QList<QByteArray> added;
        QList<QByteArray> updated;
        qint64 removed = 0;
        bool cleared = false;
        bool isEmpty() const
        {
            return added.isEmpty() && updated.isEmpty() && !removed && !cleared;
        }
    };
    // Called in the writer thread when notifications become pending; once until taken.
    void setNotifier(std::function<void()> notifier) { m_notifier = std::move(notifier); }
    Notifications takeNotifications();

protected:
    void run() override;

private:
    struct Key
    {
        QByteArray id;
        qint64 receivedMs;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.id, k.receivedMs);
        }
        static Key of(const ExchangeRecord &r);
    };
    struct Work
    {
        QList<ExchangeRecord> records;
        bool clear = false;
        quint64 flushTarget = 0;
        bool stopping = false;
        bool retentionRequested = false;
    };

    Work waitForWork(QDeadlineTimer nextRetention, bool retentionBusy);
    QList<ExchangeRecord> takeDueLocked(bool everything);
    QList<ExchangeRecord> takeAllLocked();
    void loop(RecordWriter &writer, Retention &retention);
    void writeRecords(RecordWriter &writer, const QList<ExchangeRecord> &records);
    void notify(Notifications n);
    void stop();

    const StoreOptions m_options;
    std::function<void()> m_notifier;

    mutable QMutex m_mutex; // guards everything below up to m_notifyMutex
    QWaitCondition m_wake;
    QWaitCondition m_done; // opened, flushed
    QList<ExchangeRecord> m_queue;
    QList<qint64> m_queuedAt; // when each queued record was first put (m_clock)
    qsizetype m_held = 0; // young in-flight records left at the queue's front by the last take
    QHash<Key, qsizetype> m_queued; // index into m_queue
    QElapsedTimer m_clock;
    QDeadlineTimer m_batchDeadline;
    RetentionLimits m_limits;
    quint64 m_flushRequested = 0;
    quint64 m_flushDone = 0;
    bool m_clear = false;
    bool m_retentionRequested = false;
    bool m_stop = false;
    bool m_openDone = false;
    bool m_open = false;
    QString m_openError;

    QMutex m_notifyMutex;
    Notifications m_pending;
    bool m_notifyPosted = false;
};

} // namespace mygpt
