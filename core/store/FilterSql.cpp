#include "store/FilterSql.h"

#include "store/RecordCodec.h"
#include "store/StoreDatabase.h"

using namespace Qt::StringLiterals;

namespace mygpt::filtersql {

bool usesFullText(const QString &text)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size() && points < 3; ++i) {
        if (!text.at(i).isLowSurrogate())
            ++points;
    }
    return points >= 3;
}

QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

Where whereOf(
    const RequestFilter &f, const std::optional<PageCursor> &after, const RequestOrder &order)
{
    QStringList terms;
    Where w;
    const auto add = [&](const QString &term, std::initializer_list<QVariant> values) {
        terms.append(term);
        for (const QVariant &v : values)
            w.values.append(v);
    };
    if (f.from.isValid())
        add(u"r.received_ms >= ?"_s, { storedb::toMs(f.from) });
    if (f.to.isValid())
        add(u"r.received_ms < ?"_s, { storedb::toMs(f.to) });
    if (!f.model.isEmpty())
        add(u"r.model = ?"_s, { f.model });
    if (f.statusClass)
        add(u"r.status_class = ?"_s, { recordcodec::statusClassToInt(*f.statusClass) });
    if (!f.endpoint.isEmpty())
        add(u"r.endpoint = ?"_s, { f.endpoint });
    if (f.stream)
        add(u"r.stream = ?"_s, { int(*f.stream) });
    const QString text = f.text.trimmed();
    if (usesFullText(text)) {
        add(u"r.seq IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)"_s,
            { ftsPhrase(text) });
    } else if (!text.isEmpty()) {
        // Too short for trigrams: test each candidate row, newest first, until the page is full.
        const QString pattern = likePattern(text);
        add(u"EXISTS (SELECT 1 FROM requests_fts f WHERE f.rowid = r.seq"
            " AND (f.prompt LIKE ? ESCAPE '\\' OR f.answer LIKE ? ESCAPE '\\'))"_s,
            { pattern, pattern });
    }
    if (!f.ids.isEmpty()) {
        QStringList marks;
        for (const QByteArray &id : f.ids) {
            marks.append(u"?"_s);
            w.values.append(QString::fromLatin1(id));
        }
        terms.append(u"r.id IN ("_s + marks.join(u',') + u')');
    }
    const QString beyond = order.descending ? u" < "_s : u" > "_s;
    if (after && order.key == SortKey::Received)
        add(u"(r.received_ms, r.id)"_s + beyond + u"(?, ?)"_s,
            { storedb::toMs(after->received), QString::fromLatin1(after->id) });
    else if (after)
        add(u"("_s + requestorder::expression(order.key) + u", r.received_ms, r.id)"_s + beyond
                + u"(?, ?, ?)"_s,
            { after->key, storedb::toMs(after->received), QString::fromLatin1(after->id) });
    if (!terms.isEmpty())
        w.sql = u" WHERE "_s + terms.join(u" AND "_s);
    return w;
}

QString orderBy(const RequestOrder &order)
{
    const QString direction = order.descending ? u" DESC"_s : u" ASC"_s;
    QString sql = u" ORDER BY "_s;
    if (order.key != SortKey::Received)
        sql += requestorder::expression(order.key) + direction + u", "_s;
    return sql + u"r.received_ms"_s + direction + u", r.id"_s + direction;
}

} // namespace mygpt::filtersql
