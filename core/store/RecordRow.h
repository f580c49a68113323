#pragma once

#include "record/ExchangeRecord.h"
#include "store/StoreTypes.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// The mapping between records and the columns of `requests` and `request_content`: one
// place for the column order that the writer binds and the reader decodes.
namespace mygpt::recordrow {

// The columns of `requests` besides seq, in binding order.
const QStringList &requestColumns();
QVariantList requestValues(const ExchangeRecord &record);
// Decodes requestColumns() starting at column `first` of the current row.
RecordSummary summaryFromRow(const QSqlQuery &q, int first);

// The columns of `request_content` besides seq. Bodies and raw events of 512 bytes and more
// are stored zlib-compressed (qCompress), flagged per column in `compressed`: SSE streams
// shrink about tenfold.
const QStringList &contentColumns();
QVariantList contentValues(const ExchangeRecord &record);
void contentFromRow(const QSqlQuery &q, int first, ExchangeRecord &record);

// Bits of `compressed`.
enum CompressedBlob { RequestBody = 1, ResponseBody = 2, RawEvents = 4 };
QByteArray unpack(const QVariant &blob, int compressedFlags, CompressedBlob which);

ExchangeRecord recordFromSummary(const RecordSummary &summary);

// A bound NULL would break equality and DISTINCT: null strings are stored empty.
QVariant text(const QString &s);
QVariant text(const QByteArray &latin1);

} // namespace mygpt::recordrow
