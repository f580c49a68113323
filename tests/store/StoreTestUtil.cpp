#include "StoreTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mygpt::storetest {

StoreOptions fastOptions(const QString &path)
{
    StoreOptions o;
    o.path = path;
    o.batchIntervalMs = 5;
    o.retentionIntervalMs = 24 * 3600 * 1000;
    o.retention = { 0, 0 }; // fixtures are older than 30 days
    return o;
}

ExchangeRecord chatRecord(const QByteArray &id, const QDateTime &received, const QString &prompt,
    const QString &answer, const QString &model)
{
    ExchangeRecord r;
    r.id = id;
    r.received = received;
    r.method = "POST";
    r.path = "/v1/chat/completions";
    r.model = model;
    r.status = 200;
    r.durationMs = 1200;
    r.firstByteMs = 300;
    r.firstTokenMs = 350;
    r.clientAddress = u"127.0.0.1"_s;
    const QJsonDocument body(QJsonObject { { u"model"_s, model },
        { u"messages"_s,
            QJsonArray { QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, prompt } } } } });
    r.requestBody = body.toJson(QJsonDocument::Compact);
    r.bytesIn = r.requestBody.size();
    r.answer.content = answer;
    r.answer.finishReason = u"stop"_s;
    r.answer.usage.promptTokens = 10;
    r.answer.usage.completionTokens = 20;
    r.answer.usage.totalTokens = 30;
    return r;
}

ExchangeRecord fullRecord()
{
    ExchangeRecord r = chatRecord("0badcafe",
        QDateTime::fromString(u"2024-05-01T12:34:56.789Z"_s, Qt::ISODateWithMs),
        u"周树人和鲁迅是兄弟吗？"_s, u"不是，周树人就是鲁迅。"_s, u"deepseek-reasoner"_s);
    r.upstreamRequestId = "req_123abc";
    r.userAgent = u"OpenAI/Python 1.30.1 (测试)"_s;
    r.path = "/v1/chat/completions/?trace=1";
    r.stream = true;
    r.status = 200;
    r.error = u"upstream hiccup – retried"_s;
    r.bytesOut = 4321;
    r.requestHeaders = { { "Authorization", "Bearer ***" }, { "Content-Type", "application/json" },
        { "X-Title", "\xe4\xbd\xa0\xe5\xa5\xbd" }, // UTF-8
        { "X-Odd", QByteArray("\xff\xfe latin \x00 nul", 14) } }; // not UTF-8
    r.responseHeaders = { { "Content-Type", "text/event-stream" }, { "Set-Cookie", "***" } };
    r.responseBody = {};
    r.rawEvents = "data: {\"choices\":[{\"delta\":{\"content\":\"不是\"}}]}\n\ndata: [DONE]\n\n";
    r.answer.reasoning = u"用户在问两个名字的关系。"_s;
    r.answer.toolCalls = { { 0, u"call_1"_s, u"function"_s, u"lookup"_s, u"{\"name\":\"鲁迅\"}"_s },
        { 1, u"call_2"_s, u"function"_s, u"today"_s, u"{}"_s } };
    r.answer.finishReason = u"tool_calls"_s;
    r.answer.usage = { 12, 34, 46, 5, 7 };
    return r;
}

QList<QByteArray> allIds(const QSignalSpy &spy)
{
    QList<QByteArray> ids;
    for (const QList<QVariant> &args : spy)
        ids += args.at(0).value<QList<QByteArray>>();
    return ids;
}

RawDb::RawDb(const QString &path)
    : m_name(u"raw-"_s + QString::number(quintptr(this)))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        qWarning() << "RawDb:" << m_db.lastError().text();
}

RawDb::~RawDb()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawDb::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    qWarning() << "RawDb:" << sql << q.lastError().text();
    return {};
}

bool RawDb::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    qWarning() << "RawDb:" << sql << q.lastError().text();
    return false;
}

} // namespace mygpt::storetest
