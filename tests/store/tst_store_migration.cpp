// Schema migration: a version-1 file written by hand (the old wide table, ISO times, -1 for
// unknown counts, no auto_vacuum, no WAL) opens as version 2 with its data kept and indexed.
#include "StoreTestUtil.h"
#include "store/RequestStore.h"
#include "store/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

class TestStoreMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromVersion1_data();
    void fromVersion1();
    void freshFileIsCurrent();
    void newerFileIsRefused();

private:
    QTemporaryDir m_dir;
};

namespace {

struct V1Row
{
    const char *id;
    const char *received;
    const char *path;
    const char *model;
    int stream;
    int status;
    qint64 durationMs;
    qint64 promptTokens, completionTokens, totalTokens;
    QString requestHeaders;
    QByteArray requestBody;
    QByteArray responseBody;
    QString answer;
};

const QList<V1Row> v1Rows = {
    { "1a2b3c4d", "2024-01-15T09:30:00.123Z", "/v1/chat/completions?trace=1", "deepseek-chat", 1,
        200, 1500, 11, 22, 33, uR"([["Authorization","Bearer ***"],["X-Title","你好"]])"_s,
        R"({"model":"deepseek-chat","messages":[{"role":"user","content":"周树人和鲁迅是兄弟吗？"}]})",
        {}, u"周树人就是鲁迅。"_s },
    { "5e6f7a8b", "2024-01-16T00:00:00.000Z", "/v1/completions", "gpt-3.5-turbo-instruct", 0, 0, -1,
        -1, -1, -1, u"[]"_s, R"({"prompt":"Once upon a time)", // cut short: not JSON
        {}, {} },
    { "9c0d1e2f", "2024-01-17T23:59:59.999Z", "/v1/chat/completions/", "gpt-4o", 0, 502, 30000, -1,
        -1, -1, u"[]"_s,
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"Describe the picture"}]}]})",
        R"({"error":{"message":"upstream timed out"}})", {} },
};

void writeVersion1(const QString &path)
{
    RawDb raw(path);
    // The layout of schema 1, frozen here as that version shipped it.
    QVERIFY(
        raw.exec(u"CREATE TABLE requests (id TEXT PRIMARY KEY, received TEXT NOT NULL,"
                 " method TEXT, path TEXT, model TEXT, stream INTEGER, status INTEGER,"
                 " duration_ms INTEGER, client_address TEXT, error TEXT, prompt_tokens INTEGER,"
                 " completion_tokens INTEGER, total_tokens INTEGER, request_headers TEXT,"
                 " response_headers TEXT, request_body BLOB, response_body BLOB, answer TEXT)"_s));
    QVERIFY(raw.exec(u"CREATE INDEX requests_received ON requests(received)"_s));
    for (const V1Row &r : v1Rows) {
        QSqlQuery q(raw.db());
        q.prepare(
            u"INSERT INTO requests VALUES (?, ?, 'POST', ?, ?, ?, ?, ?, '10.0.0.7', '', ?, ?, ?,"
            " ?, '[]', ?, ?, ?)"_s);
        const QVariantList values = { QString::fromLatin1(r.id), QString::fromLatin1(r.received),
            QString::fromLatin1(r.path), QString::fromLatin1(r.model), r.stream, r.status,
            r.durationMs, r.promptTokens, r.completionTokens, r.totalTokens, r.requestHeaders,
            r.requestBody, r.responseBody, r.answer };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
    QCOMPARE(raw.scalar(u"PRAGMA auto_vacuum"_s).toInt(), 0);
}

} // namespace

void TestStoreMigration::fromVersion1_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("search");
    QTest::newRow("chat, Chinese") << 0 << u"鲁迅是兄弟"_s;
    QTest::newRow("cut-short body, unknowns") << 1 << u"Once upon"_s;
    QTest::newRow("error, content parts") << 2 << u"the picture"_s;
}

void TestStoreMigration::fromVersion1()
{
    QFETCH(int, row);
    QFETCH(QString, search);
    const QString path = m_dir.filePath(u"v1-%1.sqlite"_s.arg(row));
    writeVersion1(path);
    if (QTest::currentTestFailed())
        return;
    const V1Row &v = v1Rows.at(row);

    for (int open = 0; open < 2; ++open) { // migrating once, then opening as current
        RequestStore store(fastOptions(path));
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(store.count({}), v1Rows.size() + open);
        const std::optional<ExchangeRecord> r = store.load(v.id);
        QVERIFY(r);
        QCOMPARE(
            r->received, QDateTime::fromString(QString::fromLatin1(v.received), Qt::ISODateWithMs));
        QCOMPARE(r->path, QByteArray(v.path));
        QCOMPARE(r->model, QString::fromLatin1(v.model));
        QCOMPARE(r->stream, bool(v.stream));
        QCOMPARE(r->status, v.status);
        QCOMPARE(r->durationMs, v.durationMs);
        QCOMPARE(r->answer.usage.promptTokens, v.promptTokens);
        QCOMPARE(r->answer.usage.totalTokens, v.totalTokens);
        QCOMPARE(r->answer.usage.cachedPromptTokens, -1);
        QCOMPARE(r->firstTokenMs, -1);
        QCOMPARE(r->clientAddress, u"10.0.0.7"_s);
        QCOMPARE(r->requestBody, v.requestBody);
        QCOMPARE(r->responseBody, v.responseBody);
        QCOMPARE(r->answer.content, v.answer);
        QCOMPARE(r->requestHeaders.size(), v.requestHeaders.count(u'[') - 1);
        RecordSummary s;
        for (const RecordSummary &each : store.page({}, 10)) {
            if (each.id == r->id)
                s = each;
        }
        QCOMPARE(s.endpoint, r->endpoint());
        QCOMPARE(s.statusClass, r->statusClass());
        QCOMPARE(store.count({ .endpoint = QString::fromLatin1(r->endpoint()) }),
            row == 1 ? 1 : 2 + open);
        // v1 had no full-text index: the migration built it.
        const QList<RecordSummary> hits = store.page({ .text = search }, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, QByteArray(v.id));

        const QDateTime later = QDateTime::fromString(u"2025-01-01T00:00:00Z"_s, Qt::ISODate);
        store.put(chatRecord("77777777", later, u"new"_s, u"row"_s));
        store.flush();
        QCOMPARE(store.count({}), v1Rows.size() + 1); // the second put updates the first
    }
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), storeschema::currentVersion);
    QCOMPARE(raw.scalar(u"PRAGMA auto_vacuum"_s).toInt(), 2);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(
        raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'requests_v1'"_s).toInt(), 0);
}

void TestStoreMigration::freshFileIsCurrent()
{
    const QString path = m_dir.filePath(u"fresh.sqlite"_s);
    {
        RequestStore store(fastOptions(path));
        QVERIFY(store.isOpen());
    }
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), storeschema::currentVersion);
    QCOMPARE(raw.scalar(u"PRAGMA auto_vacuum"_s).toInt(), 2);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestStoreMigration::newerFileIsRefused()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE future (x)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    RequestStore store(fastOptions(path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer"_s), qPrintable(store.errorString()));
    store.put(fullRecord()); // dropped, not queued forever
    store.flush();
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
