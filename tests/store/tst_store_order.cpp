// RequestReader::page in every sort order: keyset pages against an in-memory sort with
// requestorder::before (the model's live inserts rely on both agreeing), and the ids filter.
#include "StoreTestUtil.h"
#include "store/RequestOrder.h"
#include "store/RequestStore.h"

#include <QTest>
#include <algorithm>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mygpt::RequestOrder)

class TestStoreOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void orders_data();
    void orders();
    void idsFilter();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RequestStore> m_store;
};

namespace {

const QDateTime t0 = QDateTime::fromString(u"2024-03-10T08:00:00Z"_s, Qt::ISODate);
const QStringList models = { u"gpt-4o"_s, u"deepseek-chat"_s, u"qwen-max"_s, u"模型"_s };
const QStringList clients = { u"127.0.0.1"_s, u"::1"_s, u"192.168.1.20"_s };

} // namespace

void TestStoreOrder::initTestCase()
{
    m_store = std::make_unique<RequestStore>(fastOptions(m_dir.filePath(u"o.sqlite"_s)));
    // 47 records: repeated keys, unknown (NULL) numbers, every third timestamp shared.
    for (int i = 0; i < 47; ++i) {
        ExchangeRecord r = chatRecord(QByteArray::number(0x20000000 + i * 104729, 16),
            t0.addSecs(qint64(i - i % 3 / 2) * 60), u"p"_s, u"a"_s, models.at(i % 4));
        r.path = i % 5 == 0 ? "/v1/embeddings" : "/v1/chat/completions";
        r.stream = i % 2;
        r.status = i % 6 == 0 ? 502 : i % 7 == 0 ? 400 : 200;
        r.durationMs = i % 8 == 0 ? -1 : (i * 37) % 500;
        r.firstTokenMs = i % 4 == 0 ? -1 : (i * 13) % 90;
        r.answer.usage.promptTokens = i % 9 == 0 ? -1 : (i * 11) % 40;
        r.answer.usage.completionTokens = (i * 17) % 25;
        r.clientAddress = clients.at(i % 3);
        m_store->put(r);
    }
    m_store->flush();
    QCOMPARE(m_store->count({}), 47);
}

void TestStoreOrder::cleanupTestCase()
{
    m_store.reset();
}

void TestStoreOrder::orders_data()
{
    QTest::addColumn<RequestOrder>("order");
    const QList<QPair<const char *, SortKey>> keys = { { "received", SortKey::Received },
        { "id", SortKey::Id }, { "endpoint", SortKey::Endpoint }, { "model", SortKey::Model },
        { "stream", SortKey::Stream }, { "status", SortKey::Status },
        { "duration", SortKey::Duration }, { "first token", SortKey::FirstToken },
        { "prompt tokens", SortKey::PromptTokens },
        { "completion tokens", SortKey::CompletionTokens }, { "client", SortKey::Client } };
    for (const auto &[name, key] : keys) {
        QTest::addRow("%s desc", name) << RequestOrder { key, true };
        QTest::addRow("%s asc", name) << RequestOrder { key, false };
    }
}

void TestStoreOrder::orders()
{
    QFETCH(RequestOrder, order);
    QList<RecordSummary> all = m_store->page({}, 1000);
    std::sort(all.begin(), all.end(), [&](const RecordSummary &a, const RecordSummary &b) {
        return requestorder::before(a, b, order);
    });
    QList<QByteArray> expected;
    for (const RecordSummary &s : std::as_const(all))
        expected.append(s.id);

    QList<QByteArray> paged;
    std::optional<PageCursor> cursor;
    for (int guard = 0; guard < 20; ++guard) {
        const QList<RecordSummary> page = m_store->page({}, 6, cursor, order);
        for (const RecordSummary &s : page)
            paged.append(s.id);
        if (page.size() < 6)
            break;
        cursor = requestorder::cursorAfter(page.last(), order);
    }
    QCOMPARE(paged, expected);
}

void TestStoreOrder::idsFilter()
{
    const QList<RecordSummary> all = m_store->page({}, 1000);
    const QList<QByteArray> ids = { all.at(3).id, all.at(10).id, "ffffffff" };
    const QList<RecordSummary> some = m_store->page({ .ids = ids }, 10);
    QCOMPARE(some.size(), 2);
    QCOMPARE(some.at(0).id, all.at(3).id);
    QCOMPARE(some.at(1).id, all.at(10).id);
    QCOMPARE(m_store->count({ .model = all.at(3).model, .ids = ids }),
        all.at(3).model == all.at(10).model ? 2 : 1);
}

QTEST_GUILESS_MAIN(TestStoreOrder)
#include "tst_store_order.moc"
