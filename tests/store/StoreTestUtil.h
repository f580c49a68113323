#pragma once

#include "record/ExchangeRecord.h"
#include "store/StoreTypes.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace mygpt::storetest {

// Short batches and no automatic retention, so tests neither wait nor race it.
StoreOptions fastOptions(const QString &path);

// A finished chat completion with a prompt and an answer.
ExchangeRecord chatRecord(const QByteArray &id, const QDateTime &received, const QString &prompt,
    const QString &answer, const QString &model = QStringLiteral("gpt-4o"));

// Every field set, Chinese text, tool calls, usage, masked and non-UTF-8 headers.
ExchangeRecord fullRecord();

// The ids of every recordsAdded / recordsUpdated a spy caught, in order.
QList<QByteArray> allIds(const QSignalSpy &spy);

// A plain connection for poking at the file directly (integrity, pragmas, v1 fixtures).
class RawDb final
{
public:
    explicit RawDb(const QString &path);
    ~RawDb();
    QSqlDatabase &db() { return m_db; }
    QVariant scalar(const QString &sql);
    bool exec(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace mygpt::storetest
