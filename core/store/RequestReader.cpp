#include "store/RequestReader.h"

#include "store/FilterSql.h"
#include "store/RecordRow.h"
#include "store/StoreDatabase.h"
#include "store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString summaryColumns()
{
    QStringList columns;
    for (const QString &c : recordrow::requestColumns())
        columns.append(u"r."_s + c);
    return columns.join(u", "_s);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (q.exec())
            return true;
    }
    qCWarning(lcStore) << "query failed:" << sql << q.lastError().text();
    return false;
}

QVariantList rangeOf(const QDateTime &from, const QDateTime &to)
{
    return { from.isValid() ? storedb::toMs(from) : std::numeric_limits<qint64>::min(),
        to.isValid() ? storedb::toMs(to) : std::numeric_limits<qint64>::max() };
}

UsageTotals totalsOf(const QSqlQuery &q, int first)
{
    return { q.value(first).toLongLong(), q.value(first + 1).toLongLong(),
        q.value(first + 2).toLongLong(), q.value(first + 3).toLongLong() };
}

QString usageColumns()
{
    return u"count(*), COALESCE(SUM(prompt_tokens), 0),"
           " COALESCE(SUM(completion_tokens), 0), COALESCE(SUM(total_tokens), 0)"
           " FROM requests WHERE received_ms >= ? AND received_ms < ?"_s;
}

} // namespace

RequestReader::RequestReader(const QString &path)
    : m_connection(std::make_unique<storedb::Connection>(path, storedb::Connection::Mode::ReadOnly))
{
    if (m_connection->isOpen())
        storedb::exec(m_connection->db(), u"PRAGMA cache_size = -16384"_s);
}

RequestReader::~RequestReader() = default;

bool RequestReader::isOpen() const
{
    return m_connection->isOpen();
}

QString RequestReader::errorString() const
{
    return m_connection->errorString();
}

QList<RecordSummary> RequestReader::page(const RequestFilter &filter, int limit,
    const std::optional<PageCursor> &after, const RequestOrder &order) const
{
    const filtersql::Where where = filtersql::whereOf(filter, after, order);
    QSqlQuery q(m_connection->db());
    QList<RecordSummary> rows;
    if (!run(q,
            u"SELECT "_s + summaryColumns() + u" FROM requests r"_s + where.sql
                + filtersql::orderBy(order) + u" LIMIT ?"_s,
            where.values + QVariantList { qMax(0, limit) }))
        return rows;
    while (q.next())
        rows.append(recordrow::summaryFromRow(q, 0));
    return rows;
}

std::optional<ExchangeRecord> RequestReader::load(const QByteArray &id) const
{
    QStringList content;
    for (const QString &c : recordrow::contentColumns())
        content.append(u"c."_s + c);
    QSqlQuery q(m_connection->db());
    if (!run(q,
            u"SELECT "_s + summaryColumns() + u", "_s + content.join(u", "_s)
                + u" FROM requests r JOIN request_content c ON c.seq = r.seq"
                  " WHERE r.id = ? ORDER BY r.received_ms DESC LIMIT 1"_s,
            { QString::fromLatin1(id) })
        || !q.next())
        return std::nullopt;
    ExchangeRecord record = recordrow::recordFromSummary(recordrow::summaryFromRow(q, 0));
    recordrow::contentFromRow(q, int(recordrow::requestColumns().size()), record);
    return record;
}

qint64 RequestReader::count(const RequestFilter &filter) const
{
    const filtersql::Where where = filtersql::whereOf(filter);
    QSqlQuery q(m_connection->db());
    if (!run(q, u"SELECT count(*) FROM requests r"_s + where.sql, where.values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

namespace {
QStringList distinct(storedb::Connection &connection, const QString &column)
{
    QStringList values;
    QSqlQuery q(connection.db());
    if (!run(q,
            u"SELECT DISTINCT "_s + column + u" FROM requests WHERE "_s + column
                + u" <> '' ORDER BY "_s + column,
            {}))
        return values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}
} // namespace

QStringList RequestReader::models() const
{
    return distinct(*m_connection, u"model"_s);
}

QStringList RequestReader::endpoints() const
{
    return distinct(*m_connection, u"endpoint"_s);
}

QList<DailyUsage> RequestReader::usagePerDay(const QDateTime &from, const QDateTime &to) const
{
    QList<DailyUsage> days;
    QSqlQuery q(m_connection->db());
    if (!run(q,
            u"SELECT date(received_ms / 1000, 'unixepoch', 'localtime') AS day, "_s + usageColumns()
                + u" GROUP BY day ORDER BY day"_s,
            rangeOf(from, to)))
        return days;
    while (q.next())
        days.append({ QDate::fromString(q.value(0).toString(), Qt::ISODate), totalsOf(q, 1) });
    return days;
}

QList<ModelUsage> RequestReader::usagePerModel(const QDateTime &from, const QDateTime &to) const
{
    QList<ModelUsage> models;
    QSqlQuery q(m_connection->db());
    if (!run(q,
            u"SELECT model, "_s + usageColumns()
                + u" GROUP BY model ORDER BY COALESCE(SUM(total_tokens), 0) DESC, model"_s,
            rangeOf(from, to)))
        return models;
    while (q.next())
        models.append({ q.value(0).toString(), totalsOf(q, 1) });
    return models;
}

} // namespace mygpt
