#pragma once

#include "record/ExchangeRecord.h"
#include "store/RequestOrder.h"
#include "store/StoreTypes.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

class QIODevice;

namespace mygpt::viewer {

// One exchange as JSON: every field, bodies as JSON when they are JSON (else text), headers
// as [name, value] pairs with secrets masked again.
QJsonObject recordToJson(const ExchangeRecord &record);

// CSV: one row per exchange, the summary's fields (no bodies), RFC 4180 quoting, UTF-8.
QStringList csvHeader();
QStringList csvFields(const RecordSummary &summary);
QString csvLine(const QStringList &fields); // with its CRLF

enum class ExportFormat { JsonLines, Csv };

struct ExportQuery
{
    RequestFilter filter; // with filter.ids: just these exchanges (a selection), in that order
    RequestOrder order;
};

// Streams every matching exchange to `out`, a page at a time, through its own read-only
// connection to the store at `storePath` (so it can run in a worker thread). `progress` gets
// the number written so far after each page and may return false to stop. Returns the number
// written, or -1 if the store cannot be read.
qint64 exportRecords(const QString &storePath, const ExportQuery &query, ExportFormat format,
    QIODevice *out, const std::function<bool(qint64 written)> &progress = {});

} // namespace mygpt::viewer
