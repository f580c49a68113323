#include "viewer/RequestColumns.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

namespace {

struct ColumnInfo
{
    Column column;
    SortKey key;
    QString name;
    const char *title;
};

const QList<ColumnInfo> &columns()
{
    // QT_TRANSLATE_NOOP: lupdate sees the titles, columnTitle() translates them when shown.
    static const QList<ColumnInfo> all = {
        { Column::Time, SortKey::Received, u"time"_s, QT_TRANSLATE_NOOP("RequestColumns", "Time") },
        { Column::RequestId, SortKey::Id, u"request_id"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Request ID") },
        { Column::Endpoint, SortKey::Endpoint, u"endpoint"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Endpoint") },
        { Column::Model, SortKey::Model, u"model"_s, QT_TRANSLATE_NOOP("RequestColumns", "Model") },
        { Column::Stream, SortKey::Stream, u"stream"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Stream") },
        { Column::Status, SortKey::Status, u"status"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Status") },
        { Column::Duration, SortKey::Duration, u"duration_ms"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Duration") },
        { Column::FirstToken, SortKey::FirstToken, u"first_token_ms"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "TTFT") },
        { Column::TokensIn, SortKey::PromptTokens, u"tokens_in"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Tokens in") },
        { Column::TokensOut, SortKey::CompletionTokens, u"tokens_out"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Tokens out") },
        { Column::Client, SortKey::Client, u"client"_s,
            QT_TRANSLATE_NOOP("RequestColumns", "Client") },
    };
    return all;
}

} // namespace

SortKey sortKeyOf(Column column)
{
    return columns().value(int(column)).key;
}

Column columnOf(SortKey key)
{
    for (const ColumnInfo &c : columns()) {
        if (c.key == key)
            return c.column;
    }
    return Column::Time;
}

QString columnKey(Column column)
{
    return columns().value(int(column)).name;
}

QString columnTitle(Column column)
{
    return QCoreApplication::translate("RequestColumns", columns().value(int(column)).title);
}

} // namespace mygpt::viewer
