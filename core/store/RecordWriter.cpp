#include "store/RecordWriter.h"

#include "store/RecordCodec.h"
#include "store/RecordRow.h"
#include "store/SearchText.h"
#include "store/StoreDatabase.h"
#include "store/StoreLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// Named, not positional: Qt 6.4 formats a ":%1" name for every positional bind (a sixth of
// the writer's time); named binds look the prepared name up.
const QString &placeholderName(qsizetype i)
{
    static const QStringList names = [] {
        QStringList n;
        for (int k = 0; k < 64; ++k)
            n.append(u":v"_s + QString::number(k));
        return n;
    }();
    return names.at(i);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(placeholderName(i));
    return marks.join(u", "_s);
}

// The full-text row of a record: written by every write and by the re-index after a migration.
const QString ftsDeleteSql = u"DELETE FROM requests_fts WHERE rowid = :v0"_s;
const QString ftsInsertSql
    = u"INSERT INTO requests_fts (rowid, prompt, answer) VALUES (:v0, :v1, :v2)"_s;

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(placeholderName(i), values.at(i));
    if (q.exec())
        return true;
    qCWarning(lcStore) << "write failed:" << q.lastError().text();
    return false;
}

} // namespace

RecordWriter::RecordWriter(QSqlDatabase &db)
    : m_db(db)
    , m_find(db)
    , m_insert(db)
    , m_update(db)
    , m_content(db)
    , m_ftsDelete(db)
    , m_ftsInsert(db)
{
    const QStringList &columns = recordrow::requestColumns();
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments.append(columns.at(i) + u" = "_s + placeholderName(i));
    const QStringList &content = recordrow::contentColumns();
    m_valid = prepare(m_find, u"SELECT seq FROM requests WHERE received_ms = :v0 AND id = :v1"_s)
        && prepare(m_insert,
            u"INSERT INTO requests ("_s + columns.join(u", "_s) + u") VALUES ("_s
                + placeholders(columns.size()) + u") ON CONFLICT (received_ms, id) DO NOTHING"_s)
        && prepare(
            m_update, u"UPDATE requests SET "_s + assignments.join(u", "_s) + u" WHERE seq = "_s
                + placeholderName(columns.size()))
        && prepare(m_content,
            u"INSERT OR REPLACE INTO request_content (seq, "_s + content.join(u", "_s)
                + u") VALUES ("_s + placeholders(1 + content.size()) + u")"_s)
        && prepare(m_ftsDelete, ftsDeleteSql) && prepare(m_ftsInsert, ftsInsertSql);
}

bool RecordWriter::prepare(QSqlQuery &q, const QString &sql)
{
    if (q.prepare(sql))
        return true;
    qCWarning(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return false;
}

bool RecordWriter::begin()
{
    if (m_db.transaction())
        return true;
    qCWarning(lcStore) << "cannot begin:" << m_db.lastError().text();
    return false;
}

bool RecordWriter::commit()
{
    if (m_db.commit())
        return true;
    qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

RecordWriter::Outcome RecordWriter::write(const ExchangeRecord &record)
{
    // Most records are new: try the insert first and look the row up only when it exists
    // (an earlier state of the same exchange, e.g. a stream in flight).
    QVariantList values = recordrow::requestValues(record);
    if (!run(m_insert, values))
        return Outcome::Failed;
    const bool added = m_insert.numRowsAffected() > 0;
    qint64 seq = -1;
    if (added) {
        seq = m_insert.lastInsertId().toLongLong();
    } else {
        if (!run(m_find, { storedb::toMs(record.received), recordrow::text(record.id) }))
            return Outcome::Failed;
        if (m_find.next())
            seq = m_find.value(0).toLongLong();
        m_find.finish();
        if (seq < 0)
            return Outcome::Failed;
        values.append(seq);
        if (!run(m_update, values) || !run(m_ftsDelete, { seq }))
            return Outcome::Failed;
    }
    QVariantList content = recordrow::contentValues(record);
    content.prepend(seq);
    if (!run(m_content, content)
        || !run(m_ftsInsert,
            { seq, searchtext::promptText(record.requestBody), searchtext::answerText(record) }))
        return Outcome::Failed;
    return added ? Outcome::Added : Outcome::Updated;
}

bool RecordWriter::reindexAll(QSqlDatabase &db)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT r.seq, r.path, c.request_body, c.response_body, c.answer_content,"
                   " c.answer_reasoning, c.tool_calls, c.compressed FROM requests r"
                   " JOIN request_content c ON c.seq = r.seq"_s))
        return false;
    QSqlQuery endpoint(db);
    QSqlQuery ftsDelete(db);
    QSqlQuery ftsInsert(db);
    endpoint.prepare(u"UPDATE requests SET endpoint = :v0 WHERE seq = :v1"_s);
    ftsDelete.prepare(ftsDeleteSql);
    ftsInsert.prepare(ftsInsertSql);
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        ExchangeRecord r;
        r.path = rows.value(1).toString().toLatin1();
        const int flags = rows.value(7).toInt();
        r.requestBody = recordrow::unpack(rows.value(2), flags, recordrow::RequestBody);
        r.responseBody = recordrow::unpack(rows.value(3), flags, recordrow::ResponseBody);
        r.answer.content = rows.value(4).toString();
        r.answer.reasoning = rows.value(5).toString();
        r.answer.toolCalls = recordcodec::toolCallsFromJson(rows.value(6).toString());
        if (!run(endpoint, { recordrow::text(r.endpoint()), seq }) || !run(ftsDelete, { seq })
            || !run(ftsInsert,
                { seq, searchtext::promptText(r.requestBody), searchtext::answerText(r) }))
            return false;
    }
    return true;
}

} // namespace mygpt
