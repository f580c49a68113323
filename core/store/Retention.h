#pragma once

#include "store/StoreTypes.h"

#include <QSqlDatabase>

namespace mygpt {

// Age and size limits, enforced a little at a time on the writer's connection: each step() is
// one short transaction (~150 ms; fewer rows when rows are big), so puts never wait long
// behind it. FTS5 (before SQLite 3.42's secure-delete) only marks deleted rows in its index:
// their space comes back when the index is merged, a rewrite of the whole index. So the size
// cap first reclaims, then deletes what the average record size says is too much, reclaims
// again, and gives the free pages back to the file system. Age alone never rewrites.
class Retention final
{
public:
    Retention(QSqlDatabase &db, int batchRows);

    struct Step
    {
        qint64 deleted = 0;
        bool more = false; // call again (after the next write batch)
    };
    Step step(const RetentionLimits &limits, qint64 nowMs);

    // Everything, at once: the viewer's "clear log". Returns the rows removed.
    qint64 clear();

    // Bytes of the main file's pages in use (not free) and of the whole file.
    qint64 usedBytes() const;
    qint64 fileBytes() const;

private:
    enum class Phase { Check, DeleteAged, DeleteForSize, Reclaim, Vacuum };

    Phase check(const RetentionLimits &limits, qint64 nowMs);
    qint64 deleteOldest(const QString &where, const QVariantList &values, qint64 atMost);
    bool reclaim(); // merges the index; true when there is more to merge
    bool vacuum(); // true when there are more free pages
    qint64 pragma(const QString &name) const;

    QSqlDatabase m_db;
    int m_batchRows; // at most
    int m_rows; // this time: fewer when steps run over their time budget
    Phase m_phase = Phase::Check;
    qint64 m_toDelete = 0; // for the size cap, estimated from the average record
    bool m_reclaimPending = true; // rows were deleted since the last merge (unknown at start)
    bool m_lastBatchFull = false;
};

} // namespace mygpt
