#include "store/StoreWriter.h"

#include "store/RecordWriter.h"
#include "store/Retention.h"
#include "store/StoreDatabase.h"
#include "store/StoreLog.h"
#include "store/StoreSchema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
constexpr qsizetype backlogWarning = 20'000;
constexpr qint64 yieldEveryNs = 500'000;
} // namespace

StoreWriter::Key StoreWriter::Key::of(const ExchangeRecord &r)
{
    return { r.id, storedb::toMs(r.received) };
}

StoreWriter::StoreWriter(const StoreOptions &options)
    : m_options(options)
    , m_limits(options.retention)
{
    setObjectName(u"mygpt-store"_s);
    m_clock.start();
}

StoreWriter::~StoreWriter()
{
    stop();
    wait();
}

bool StoreWriter::waitOpened(QString *error)
{
    QMutexLocker lock(&m_mutex);
    while (!m_openDone)
        m_done.wait(&m_mutex);
    if (error)
        *error = m_openError;
    return m_open;
}

void StoreWriter::put(const ExchangeRecord &record)
{
    QMutexLocker lock(&m_mutex);
    if (m_stop || (m_openDone && !m_open))
        return;
    const Key key = Key::of(record);
    // A stream put again before its batch was written: only the newest state is written.
    if (const auto it = m_queued.constFind(key); it != m_queued.cend()) {
        m_queue[*it] = record;
        return;
    }
    m_queued.insert(key, m_queue.size());
    m_queue.append(record);
    m_queuedAt.append(m_clock.elapsed());
    if (m_queue.size() % backlogWarning == 0)
        qCWarning(lcStore) << m_queue.size() << "records wait for the disk: puts outpace writes";
    if (m_queue.size() == 1) {
        m_batchDeadline.setRemainingTime(m_options.batchIntervalMs);
        m_wake.wakeOne();
    } else if (m_queue.size() == m_options.maxBatchRecords) {
        m_wake.wakeOne();
    }
}

void StoreWriter::flush()
{
    QMutexLocker lock(&m_mutex);
    if (!isRunning() && !m_openDone)
        return;
    const quint64 ticket = ++m_flushRequested;
    m_wake.wakeOne();
    while (m_flushDone < ticket && !isFinished())
        m_done.wait(&m_mutex, QDeadlineTimer(100));
}

void StoreWriter::clear()
{
    QMutexLocker lock(&m_mutex);
    // Queued records would be cleared right after their insert: drop them now.
    takeAllLocked();
    m_clear = true;
    m_wake.wakeOne();
}

void StoreWriter::setLimits(const RetentionLimits &limits)
{
    QMutexLocker lock(&m_mutex);
    m_limits = limits;
    m_retentionRequested = true;
    m_wake.wakeOne();
}

RetentionLimits StoreWriter::limits() const
{
    QMutexLocker lock(&m_mutex);
    return m_limits;
}

void StoreWriter::requestRetention()
{
    QMutexLocker lock(&m_mutex);
    m_retentionRequested = true;
    m_wake.wakeOne();
}

void StoreWriter::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeOne();
}

StoreWriter::Notifications StoreWriter::takeNotifications()
{
    QMutexLocker lock(&m_notifyMutex);
    m_notifyPosted = false;
    return std::exchange(m_pending, {});
}

void StoreWriter::notify(Notifications n)
{
    bool post = false;
    {
        QMutexLocker lock(&m_notifyMutex);
        if (n.cleared) {
            // What was added before the clear is gone: the viewer reloads on cleared().
            m_pending.added.clear();
            m_pending.updated.clear();
            m_pending.cleared = true;
        }
        m_pending.added += n.added;
        m_pending.updated += n.updated;
        m_pending.removed += n.removed;
        post = !m_notifyPosted;
        m_notifyPosted = true;
    }
    if (post && m_notifier)
        m_notifier();
}

void StoreWriter::run()
{
    storedb::Connection connection(m_options.path, storedb::Connection::Mode::ReadWrite);
    QString error = connection.errorString();
    const bool open = connection.isOpen() && storeschema::prepare(connection.db(), &error);
    {
        QMutexLocker lock(&m_mutex);
        m_open = open;
        m_openError = error;
        m_openDone = true;
        if (!open)
            takeAllLocked();
        m_done.wakeAll();
    }
    if (!open) {
        qCWarning(lcStore) << "request log disabled:" << error;
        QMutexLocker lock(&m_mutex);
        while (!m_stop) {
            m_flushDone = m_flushRequested;
            m_done.wakeAll();
            m_wake.wait(&m_mutex);
        }
        return;
    }
    {
        RecordWriter writer(connection.db());
        Retention retention(connection.db(), m_options.retentionBatchRows);
        loop(writer, retention);
    }
    // Readers of other threads may outlive us: leave the file complete and the WAL empty.
    storedb::exec(connection.db(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

StoreWriter::Work StoreWriter::waitForWork(QDeadlineTimer nextRetention, bool retentionBusy)
{
    QMutexLocker lock(&m_mutex);
    const auto urgent = [this] {
        return m_stop || m_clear || m_retentionRequested || m_flushRequested != m_flushDone;
    };
    while (m_queue.isEmpty() && !urgent() && !retentionBusy && !nextRetention.hasExpired())
        m_wake.wait(&m_mutex, nextRetention);
    // Let a batch gather for a moment: one commit for many puts.
    while (!m_queue.isEmpty() && !urgent() && m_queue.size() - m_held < m_options.maxBatchRecords
        && !m_batchDeadline.hasExpired())
        m_wake.wait(&m_mutex, m_batchDeadline);
    Work work;
    work.records = takeDueLocked(urgent());
    work.clear = std::exchange(m_clear, false);
    work.flushTarget = m_flushRequested;
    work.stopping = m_stop;
    work.retentionRequested = std::exchange(m_retentionRequested, false);
    return work;
}

QList<ExchangeRecord> StoreWriter::takeAllLocked()
{
    m_queuedAt.clear();
    m_queued.clear();
    m_held = 0;
    return std::exchange(m_queue, {});
}

QList<ExchangeRecord> StoreWriter::takeDueLocked(bool everything)
{
    QList<ExchangeRecord> due;
    const auto inFlight = [](const ExchangeRecord &r) { return r.inFlight; };
    if (everything || m_options.inFlightDelayMs <= 0
        || std::none_of(m_queue.cbegin(), m_queue.cend(), inFlight))
        return takeAllLocked();
    // In-flight states younger than the delay stay queued: their final state may replace them.
    const qint64 now = m_clock.elapsed();
    QList<ExchangeRecord> held;
    QList<qint64> heldAt;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).inFlight && now - m_queuedAt.at(i) < m_options.inFlightDelayMs) {
            held.append(std::move(m_queue[i]));
            heldAt.append(m_queuedAt.at(i));
        } else {
            due.append(std::move(m_queue[i]));
        }
    }
    m_queue = std::move(held);
    m_queuedAt = std::move(heldAt);
    m_held = m_queue.size();
    m_queued.clear();
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        m_queued.insert(Key::of(m_queue.at(i)), i);
    if (!m_queue.isEmpty())
        m_batchDeadline.setRemainingTime(m_options.batchIntervalMs);
    return due;
}

void StoreWriter::loop(RecordWriter &writer, Retention &retention)
{
    // The first pass comes soon after start: the app may have been off for days.
    QDeadlineTimer nextRetention(qMin(m_options.retentionIntervalMs, 2000));
    bool retentionBusy = false;
    for (;;) {
        Work work = waitForWork(nextRetention, retentionBusy);
        if (work.clear) {
            const qint64 removed = retention.clear();
            notify({ {}, {}, qMax<qint64>(0, removed), true });
        }
        writeRecords(writer, work.records);
        if (work.flushTarget) {
            QMutexLocker lock(&m_mutex);
            m_flushDone = qMax(m_flushDone, work.flushTarget);
            m_done.wakeAll();
        }
        if (work.stopping) {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty())
                return;
            continue;
        }
        if (work.retentionRequested || retentionBusy || nextRetention.hasExpired()) {
            QElapsedTimer timer;
            timer.start();
            const Retention::Step step
                = retention.step(limits(), QDateTime::currentMSecsSinceEpoch());
            if (step.deleted > 0) {
                qCDebug(lcStore) << "retention removed" << step.deleted << "records in"
                                 << timer.elapsed() << "ms";
                notify({ {}, {}, step.deleted, false });
            }
            retentionBusy = step.more;
            if (!retentionBusy)
                nextRetention.setRemainingTime(m_options.retentionIntervalMs);
        }
    }
}

void StoreWriter::writeRecords(RecordWriter &writer, const QList<ExchangeRecord> &records)
{
    QElapsedTimer sinceYield;
    sinceYield.start();
    for (qsizetype from = 0; from < records.size(); from += m_options.maxBatchRecords) {
        const qsizetype to = qMin(records.size(), from + m_options.maxBatchRecords);
        Notifications n;
        writer.begin();
        for (qsizetype i = from; i < to; ++i) {
            switch (writer.write(records.at(i))) {
            case RecordWriter::Outcome::Added:
                n.added.append(records.at(i).id);
                break;
            case RecordWriter::Outcome::Updated:
                n.updated.append(records.at(i).id);
                break;
            case RecordWriter::Outcome::Failed:
                break;
            }
            // A batch takes milliseconds; a request woken meanwhile on this core should not
            // wait for all of it (its p99 at 1 connection: 4.8-6.5 ms without, 3.5 with).
            // Not after every record: beside busy programs each yield gave them a whole time
            // slice, and the writer fell seconds behind (1,000 records: 4.4 s, now 0.3 s).
            if (sinceYield.nsecsElapsed() >= yieldEveryNs) {
                QThread::yieldCurrentThread();
                sinceYield.restart();
            }
        }
        if (writer.commit())
            notify(std::move(n));
        else
            qCWarning(lcStore) << "lost" << (to - from) << "records: commit failed";
    }
}

} // namespace mygpt
