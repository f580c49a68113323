#pragma once

#include "store/RequestOrder.h"
#include "store/StoreTypes.h"

#include <QString>
#include <QVariantList>
#include <optional>

namespace mygpt::filtersql {

// " WHERE ..." over `requests r` (or empty) with its bind values in order.
struct Where
{
    QString sql;
    QVariantList values;
};
Where whereOf(const RequestFilter &filter, const std::optional<PageCursor> &after = {},
    const RequestOrder &order = {});
// " ORDER BY ..." for `order`, ties broken by (received, id) in the same direction.
QString orderBy(const RequestOrder &order);

// Trigram queries need 3 characters (code points, not UTF-16 units).
bool usesFullText(const QString &text);

// `text` as one FTS5 phrase: a substring match with the trigram tokenizer.
QString ftsPhrase(const QString &text);
// `text` as a LIKE pattern with '\' as its escape.
QString likePattern(const QString &text);

} // namespace mygpt::filtersql
