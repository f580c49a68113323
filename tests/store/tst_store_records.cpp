// RequestStore records: every field round-trips (compressed or not), streams update in place,
// ids of different runs do not collide.
#include "StoreTestUtil.h"
#include "store/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mygpt::ExchangeRecord)

class TestStoreRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void compressesLargeBlobs();
    void inFlightThenFinal();
    void sameIdOfAnotherRun();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"db%1/requests.sqlite"_s.arg(++m_n)); }
};

namespace {

void compareRecords(const ExchangeRecord &a, const ExchangeRecord &e)
{
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.upstreamRequestId, e.upstreamRequestId);
    QCOMPARE(a.received, e.received);
    QCOMPARE(a.received.toMSecsSinceEpoch(), e.received.toMSecsSinceEpoch());
    QCOMPARE(a.firstByteMs, e.firstByteMs);
    QCOMPARE(a.firstTokenMs, e.firstTokenMs);
    QCOMPARE(a.durationMs, e.durationMs);
    QCOMPARE(a.clientAddress, e.clientAddress);
    QCOMPARE(a.userAgent, e.userAgent);
    QCOMPARE(a.method, e.method);
    QCOMPARE(a.path, e.path);
    QCOMPARE(a.model, e.model);
    QCOMPARE(a.stream, e.stream);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.error, e.error);
    QCOMPARE(a.cancelled, e.cancelled);
    QCOMPARE(a.inFlight, e.inFlight);
    QCOMPARE(a.bytesIn, e.bytesIn);
    QCOMPARE(a.bytesOut, e.bytesOut);
    QCOMPARE(a.requestHeaders, e.requestHeaders);
    QCOMPARE(a.responseHeaders, e.responseHeaders);
    QCOMPARE(a.requestBody, e.requestBody);
    QCOMPARE(a.responseBody, e.responseBody);
    QCOMPARE(a.rawEvents, e.rawEvents);
    QCOMPARE(a.answer.content, e.answer.content);
    QCOMPARE(a.answer.reasoning, e.answer.reasoning);
    QCOMPARE(a.answer.toolCalls, e.answer.toolCalls);
    QCOMPARE(a.answer.finishReason, e.answer.finishReason);
    QCOMPARE(a.answer.usage, e.answer.usage);
    QVERIFY(a.answer == e.answer);
    QCOMPARE(a.statusClass(), e.statusClass());
}

ExchangeRecord largeStream()
{
    ExchangeRecord r = fullRecord();
    r.id = "1a26e000";
    r.rawEvents.clear();
    QString prompt;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray piece = i % 2 ? QByteArray("鲁迅") : QByteArray::number(i);
        r.rawEvents
            += R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":")"
            + piece + "\"}}]}\n\n";
        prompt += QString::number(i) + u" 周树人 "_s;
    }
    r.requestBody = QJsonDocument(
        QJsonObject { { u"messages"_s, QJsonArray { QJsonObject { { u"content"_s, prompt } } } } })
                        .toJson(QJsonDocument::Compact);
    r.responseBody = QByteArray(600, 'x') + QByteArray("\xff\x00\x01", 3); // compressible bytes
    return r;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace

void TestStoreRecords::roundTrip_data()
{
    QTest::addColumn<ExchangeRecord>("record");
    QTest::newRow("every field, Chinese, tools, headers") << fullRecord();

    ExchangeRecord metadata;
    metadata.id = "00000001";
    metadata.received = utc("2023-12-31T23:59:59.001Z");
    metadata.method = "GET";
    metadata.path = "/v1/models";
    metadata.inFlight = true; // nothing known yet: -1 everywhere, empty strings
    QTest::newRow("metadata only, unknowns") << metadata;

    ExchangeRecord plain = chatRecord("00000002", utc("2024-01-02T03:04:05.006Z"), u"Hi"_s, {});
    plain.answer = {};
    plain.responseBody = R"({"choices":[{"message":{"content":"Hello there"}}]})";
    QTest::newRow("non-streaming body") << plain;

    ExchangeRecord cancelled
        = chatRecord("00000003", utc("2024-02-03T04:05:06.007Z"), u"x"_s, u"y"_s);
    cancelled.cancelled = true;
    cancelled.status = 499;
    cancelled.error = u"client went away"_s;
    QTest::newRow("cancelled") << cancelled;

    ExchangeRecord failed = chatRecord("00000004", utc("2024-02-03T04:05:06Z"), u"x"_s, {});
    failed.status = 502;
    failed.error = u"upstream refused: 连接被拒绝"_s;
    failed.responseBody = R"({"error":{"message":"bad gateway"}})";
    QTest::newRow("upstream error") << failed;
    QTest::newRow("large bodies (compressed)") << largeStream();
}

void TestStoreRecords::roundTrip()
{
    QFETCH(ExchangeRecord, record);
    RequestStore store(fastOptions(freshPath()));
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    store.put(record);
    store.flush();
    const std::optional<ExchangeRecord> loaded = store.load(record.id);
    QVERIFY(loaded);
    compareRecords(*loaded, record);
    if (QTest::currentTestFailed())
        return;

    const QList<RecordSummary> page = store.page({}, 10);
    QCOMPARE(page.size(), 1);
    const RecordSummary &s = page.first();
    QCOMPARE(s.id, record.id);
    QCOMPARE(s.received, record.received);
    QCOMPARE(s.endpoint, record.endpoint());
    QCOMPARE(s.statusClass, record.statusClass());
    QCOMPARE(s.usage, record.answer.usage);
    QCOMPARE(s.durationMs, record.durationMs);
    QCOMPARE(s.firstTokenMs, record.firstTokenMs);
    QCOMPARE(s.inFlight, record.inFlight);
    QCOMPARE(s.bytesIn, record.bytesIn);
    QCOMPARE(s.error, record.error);

    // A reopened store sees the same.
    const QString path = store.path();
    RequestReader again(path);
    QVERIFY(again.isOpen());
    compareRecords(*again.load(record.id), record);
}

void TestStoreRecords::compressesLargeBlobs()
{
    RequestStore store(fastOptions(freshPath()));
    const ExchangeRecord r = largeStream();
    store.put(r);
    store.flush();
    RawDb raw(store.path());
    const qint64 stored
        = raw.scalar(u"SELECT length(raw_events) FROM request_content"_s).toLongLong();
    QVERIFY2(stored < r.rawEvents.size() / 5, qPrintable(QString::number(stored)));
    QCOMPARE(raw.scalar(u"SELECT compressed FROM request_content"_s).toInt(), 7);
    QCOMPARE(store.load(r.id)->rawEvents, r.rawEvents);
    QCOMPARE(store.count({ .text = u"1999 周树人"_s }), 1); // the index has the plain text
}

void TestStoreRecords::inFlightThenFinal()
{
    RequestStore store(fastOptions(freshPath()));
    QSignalSpy added(&store, &RequestStore::recordsAdded);
    QSignalSpy updated(&store, &RequestStore::recordsUpdated);
    ExchangeRecord r = chatRecord(
        "5eed0001", QDateTime::currentDateTimeUtc(), u"Tell me a story"_s, u"Once upon"_s);
    r.stream = true;
    r.inFlight = true;
    r.status = 200;
    r.durationMs = -1;
    r.answer.usage = {};
    store.put(r);
    store.flush();
    QCOMPARE(allIds(added), QList<QByteArray> { r.id });
    QCOMPARE(updated.size(), 0);
    QVERIFY(store.page({}, 5).value(0).inFlight);
    QCOMPARE(store.count({ .text = u"Once upon"_s }), 1);

    r.inFlight = false;
    r.answer.content = u"Once upon a time there was a dragon."_s;
    r.answer.usage = { 5, 9, 14, -1, -1 };
    r.durationMs = 2500;
    store.put(r);
    store.flush();
    QCOMPARE(allIds(added), QList<QByteArray> { r.id });
    QCOMPARE(allIds(updated), QList<QByteArray> { r.id });
    QCOMPARE(store.count({}), 1);
    const RecordSummary s = store.page({}, 5).value(0);
    QVERIFY(!s.inFlight);
    QCOMPARE(s.durationMs, 2500);
    QCOMPARE(s.usage.totalTokens, 14);
    QCOMPARE(store.load(r.id)->answer.content, r.answer.content);
    QCOMPARE(store.count({ .text = u"dragon"_s }), 1);
    QCOMPARE(store.count({ .text = u"Once upon"_s }), 1); // the old index row is gone, not doubled
}

void TestStoreRecords::sameIdOfAnotherRun()
{
    RequestStore store(fastOptions(freshPath()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.put(chatRecord("abcdef01", now.addDays(-3), u"old run"_s, u"a"_s));
    store.put(chatRecord("abcdef01", now, u"new run"_s, u"b"_s));
    store.flush();
    QCOMPARE(store.count({}), 2); // a restart reusing an id does not overwrite history
    QCOMPARE(store.load("abcdef01")->answer.content, u"b"_s);
}

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "tst_store_records.moc"
