#include "store/RequestOrder.h"

using namespace Qt::StringLiterals;

namespace mygpt::requestorder {

namespace {

bool isText(SortKey key)
{
    return key == SortKey::Id || key == SortKey::Endpoint || key == SortKey::Model
        || key == SortKey::Client;
}

// SQLite compares TEXT as UTF-8 bytes (BINARY collation).
int compareValues(const QVariant &a, const QVariant &b, bool text)
{
    if (text) {
        const QByteArray x = a.toString().toUtf8();
        const QByteArray y = b.toString().toUtf8();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

QString expression(SortKey key)
{
    switch (key) {
    case SortKey::Received:
        return u"r.received_ms"_s;
    case SortKey::Id:
        return u"r.id"_s;
    case SortKey::Endpoint:
        return u"r.endpoint"_s;
    case SortKey::Model:
        return u"r.model"_s;
    case SortKey::Stream:
        return u"r.stream"_s;
    case SortKey::Status:
        return u"r.status"_s;
    case SortKey::Duration:
        return u"COALESCE(r.duration_ms, -1)"_s;
    case SortKey::FirstToken:
        return u"COALESCE(r.first_token_ms, -1)"_s;
    case SortKey::PromptTokens:
        return u"COALESCE(r.prompt_tokens, -1)"_s;
    case SortKey::CompletionTokens:
        return u"COALESCE(r.completion_tokens, -1)"_s;
    case SortKey::Client:
        return u"r.client_address"_s;
    }
    return u"r.received_ms"_s;
}

QVariant valueOf(const RecordSummary &row, SortKey key)
{
    switch (key) {
    case SortKey::Received:
        return row.received.toMSecsSinceEpoch();
    case SortKey::Id:
        return QString::fromLatin1(row.id);
    case SortKey::Endpoint:
        return QString::fromLatin1(row.endpoint);
    case SortKey::Model:
        return row.model;
    case SortKey::Stream:
        return qint64(row.stream);
    case SortKey::Status:
        return qint64(row.status);
    case SortKey::Duration:
        return qMax<qint64>(-1, row.durationMs);
    case SortKey::FirstToken:
        return qMax<qint64>(-1, row.firstTokenMs);
    case SortKey::PromptTokens:
        return qMax<qint64>(-1, row.usage.promptTokens);
    case SortKey::CompletionTokens:
        return qMax<qint64>(-1, row.usage.completionTokens);
    case SortKey::Client:
        return row.clientAddress;
    }
    return {};
}

bool before(const RecordSummary &a, const RecordSummary &b, const RequestOrder &order)
{
    int c = compareValues(valueOf(a, order.key), valueOf(b, order.key), isText(order.key));
    if (c == 0)
        c = compareValues(a.received.toMSecsSinceEpoch(), b.received.toMSecsSinceEpoch(), false);
    if (c == 0)
        c = compareValues(QString::fromLatin1(a.id), QString::fromLatin1(b.id), true);
    return order.descending ? c > 0 : c < 0;
}

PageCursor cursorAfter(const RecordSummary &last, const RequestOrder &order)
{
    PageCursor cursor = PageCursor::after(last);
    cursor.key = valueOf(last, order.key);
    return cursor;
}

} // namespace mygpt::requestorder
