#include "store/Retention.h"

#include "store/StoreDatabase.h"
#include "store/StoreLog.h"
#include "store/StoreSchema.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
// A step holds the write lock for about this long: puts wait in the queue meanwhile.
constexpr qint64 stepBudgetMs = 150;
constexpr int minRows = 8;
} // namespace

Retention::Retention(QSqlDatabase &db, int batchRows)
    : m_db(db)
    , m_batchRows(qMax(1, batchRows))
    , m_rows(qMin(m_batchRows, 32)) // slow start: a batch of big rows can take seconds
{ }

qint64 Retention::pragma(const QString &name) const
{
    QSqlDatabase db = m_db;
    return storedb::scalar(db, u"PRAGMA "_s + name).toLongLong();
}

qint64 Retention::usedBytes() const
{
    return (pragma(u"page_count"_s) - pragma(u"freelist_count"_s)) * pragma(u"page_size"_s);
}

qint64 Retention::fileBytes() const
{
    return pragma(u"page_count"_s) * pragma(u"page_size"_s);
}

qint64 Retention::deleteOldest(const QString &where, const QVariantList &values, qint64 atMost)
{
    QElapsedTimer timer;
    timer.start();
    const int rows = int(qMin<qint64>(m_rows, atMost));
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM requests WHERE seq IN (SELECT seq FROM requests "_s + where
        + u" ORDER BY received_ms, id LIMIT ?)"_s);
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    q.bindValue(i, rows);
    if (!m_db.transaction() || !q.exec() || !m_db.commit()) {
        qCWarning(lcStore) << "retention failed:" << q.lastError().text();
        m_db.rollback();
        return -1;
    }
    const qint64 deleted = q.numRowsAffected();
    m_reclaimPending = m_reclaimPending || deleted > 0;
    m_lastBatchFull = deleted >= rows;
    // Removing a row from the index re-tokenizes its text: big records make slow rows.
    if (timer.elapsed() > stepBudgetMs)
        m_rows = qMax(qMin(minRows, m_batchRows), m_rows / 2);
    else if (timer.elapsed() < stepBudgetMs / 3)
        m_rows = qMin(m_batchRows, m_rows * 2);
    return deleted;
}

bool Retention::reclaim()
{
    // 'merge' with a negative page count merges across levels: an optimize in slices of about
    // a megabyte. It did no work when total_changes() moved by less than 2.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO requests_fts (requests_fts, rank) VALUES ('merge', -256)"_s);
    const auto changes
        = [this] { return storedb::scalar(m_db, u"SELECT total_changes()"_s).toLongLong(); };
    do {
        const qint64 before = changes();
        if (!q.exec() || changes() - before < 2)
            return false;
    } while (timer.elapsed() < stepBudgetMs / 2);
    return true;
}

bool Retention::vacuum()
{
    // The pragma frees one page per sqlite3_step, and the Qt driver steps a statement without
    // result columns once: one page per exec, in one transaction, within the time budget.
    const qint64 free = pragma(u"freelist_count"_s);
    if (free <= 0 || !m_db.transaction())
        return false;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    q.prepare(u"PRAGMA incremental_vacuum(1)"_s);
    qint64 done = 0;
    while (done < free && (done % 64 || timer.elapsed() < stepBudgetMs)) {
        if (!q.exec())
            break;
        ++done;
    }
    q.finish();
    m_db.commit();
    // The file itself shrinks at the next (automatic) checkpoint.
    return done < free;
}

Retention::Phase Retention::check(const RetentionLimits &limits, qint64 nowMs)
{
    if (limits.maxAgeDays > 0) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM requests WHERE received_ms < ? LIMIT 1"_s);
        q.bindValue(0, nowMs - limits.maxAgeDays * dayMs);
        if (q.exec() && q.next())
            return Phase::DeleteAged;
    }
    if (limits.maxSizeBytes > 0 && usedBytes() > limits.maxSizeBytes) {
        // Measure only what is really in use: deleted rows may still sit in the index.
        if (m_reclaimPending)
            return Phase::Reclaim;
        const qint64 rows = storedb::scalar(m_db, u"SELECT count(*) FROM requests"_s).toLongLong();
        if (rows > 0) {
            // Down to 90 % of the cap, so that the next records do not trigger it at once.
            const qint64 used = usedBytes();
            const qint64 perRow = qMax<qint64>(1, used / rows);
            m_toDelete
                = qMax<qint64>(1, (used - limits.maxSizeBytes / 10 * 9 + perRow - 1) / perRow);
            return Phase::DeleteForSize;
        }
    }
    return pragma(u"freelist_count"_s) > 0 ? Phase::Vacuum : Phase::Check;
}

Retention::Step Retention::step(const RetentionLimits &limits, qint64 nowMs)
{
    Step s;
    if (m_phase == Phase::Check)
        m_phase = check(limits, nowMs);
    switch (m_phase) {
    case Phase::Check:
        return s; // nothing to do
    case Phase::DeleteAged:
        s.deleted = deleteOldest(
            u"WHERE received_ms < ?"_s, { nowMs - qint64(limits.maxAgeDays) * dayMs }, m_batchRows);
        if (s.deleted <= 0 || !m_lastBatchFull)
            m_phase = Phase::Check; // then the size cap, and the free pages
        break;
    case Phase::DeleteForSize:
        s.deleted = deleteOldest({}, {}, m_toDelete);
        m_toDelete -= qMax<qint64>(0, s.deleted);
        if (s.deleted <= 0 || m_toDelete <= 0)
            m_phase = Phase::Reclaim; // measure again once the space is really free
        break;
    case Phase::Reclaim:
        if (!reclaim()) {
            m_reclaimPending = false;
            m_phase = Phase::Vacuum;
        }
        break;
    case Phase::Vacuum:
        if (!vacuum())
            m_phase = Phase::Check;
        break;
    }
    s.deleted = qMax<qint64>(0, s.deleted);
    s.more = true; // the Check phase says when a round is over
    return s;
}

qint64 Retention::clear()
{
    const qint64 rows = storedb::scalar(m_db, u"SELECT count(*) FROM requests"_s).toLongLong();
    // Without the per-row trigger SQLite truncates the tables instead of visiting each row.
    const bool ok = m_db.transaction() && storedb::exec(m_db, u"DROP TRIGGER requests_delete"_s)
        && storedb::exec(m_db, u"DELETE FROM requests"_s)
        && storedb::exec(m_db, u"DELETE FROM request_content"_s)
        && storeschema::resetSearchIndex(m_db) && m_db.commit();
    if (!ok) {
        m_db.rollback();
        return -1;
    }
    // Nothing is left to copy: VACUUM is the quickest way to give all pages back.
    storedb::exec(m_db, u"VACUUM"_s);
    storedb::exec(m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    m_phase = Phase::Check;
    m_reclaimPending = false;
    return rows;
}

} // namespace mygpt
