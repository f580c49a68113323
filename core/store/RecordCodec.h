#pragma once

#include "record/ExchangeRecord.h"

#include <QString>
#include <QVariant>

// How record fields that SQLite has no type for are written to and read from columns.
namespace mygpt::recordcodec {

// [["name","value"], ...]; a pair that is not valid UTF-8 is stored base64 with a third
// element "b64", so every header round-trips byte for byte.
QString headersToJson(const HeaderPairs &headers);
HeaderPairs headersFromJson(const QString &json);

// [{"index":0,"id":..,"type":..,"name":..,"arguments":..}, ...]
QString toolCallsToJson(const QList<ToolCall> &calls);
QList<ToolCall> toolCallsFromJson(const QString &json);

// Stable numbers on disk, whatever the enum's order becomes.
int statusClassToInt(StatusClass c);
StatusClass statusClassFromInt(int v);

// -1 ("never came" / "not reported") is NULL in the database, so SUM and AVG skip it.
inline QVariant nullIfUnknown(qint64 v)
{
    return v < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}
inline qint64 unknownIfNull(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

} // namespace mygpt::recordcodec
