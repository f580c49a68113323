// RequestReader: each filter alone and combined (against a brute-force oracle), keyset
// pagination over equal timestamps, full-text search in English and Chinese, usage sums.
#include "StoreTestUtil.h"
#include "store/RequestStore.h"

#include <QTest>
#include <algorithm>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mygpt::RequestFilter)

class TestStoreQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void keysetPagination_data();
    void keysetPagination();
    void modelsAndEndpoints();
    void usage();

private:
    struct Seed
    {
        ExchangeRecord record;
        QString prompt;
        QString answer;
    };
    QList<Seed> m_seeds;
    QTemporaryDir m_dir;
    std::unique_ptr<RequestStore> m_store;
};

namespace {

const QDateTime t0 = QDateTime::fromString(u"2024-03-10T08:00:00Z"_s, Qt::ISODate);

const QStringList prompts = {
    u"周树人和鲁迅是兄弟吗？"_s,
    u"How do I reverse a linked list in C++?"_s,
    u"请把这段话翻译成英文：今天天气很好。"_s,
    u"Summarize the 50% off_sale terms"_s,
    u"Write a haiku about autumn leaves"_s,
    u"解释一下量子纠缠"_s,
};
const QStringList answers = {
    u"不是兄弟，周树人就是鲁迅本人。"_s,
    u"Use three pointers: prev, current and next."_s,
    u"The weather is nice today."_s,
    u"Half price on everything until Friday."_s,
    u"Crimson leaves drifting / ..."_s,
    u"量子纠缠是一种量子力学现象。"_s,
};
const QStringList models = { u"gpt-4o"_s, u"deepseek-chat"_s, u"qwen-max"_s };
const QList<QByteArray> paths
    = { "/v1/chat/completions", "/v1/completions?x=1", "/v1/embeddings", "/v1/responses/" };

bool matches(
    const ExchangeRecord &r, const QString &prompt, const QString &answer, const RequestFilter &f)
{
    const QString text = f.text.trimmed();
    return (!f.from.isValid() || r.received >= f.from) && (!f.to.isValid() || r.received < f.to)
        && (f.model.isEmpty() || r.model == f.model)
        && (!f.statusClass || r.statusClass() == *f.statusClass)
        && (f.endpoint.isEmpty() || r.endpoint() == f.endpoint.toLatin1())
        && (!f.stream || r.stream == *f.stream)
        && (text.isEmpty() || prompt.contains(text, Qt::CaseInsensitive)
            || answer.contains(text, Qt::CaseInsensitive));
}

} // namespace

void TestStoreQuery::initTestCase()
{
    // 60 records over ~3 days, every fourth sharing its timestamp with the one before.
    for (int i = 0; i < 60; ++i) {
        const QDateTime received = t0.addSecs(qint64(i - i % 4 / 3) * 3700);
        ExchangeRecord r = chatRecord(QByteArray::number(0x10000000 + i * 7919, 16), received,
            prompts.at(i % prompts.size()), answers.at(i % answers.size()), models.at(i % 3));
        r.path = paths.at(i % 4);
        r.stream = i % 5 < 2;
        const int kind = i % 7;
        r.status = kind == 3 ? 400 : kind == 5 ? 502 : 200;
        r.cancelled = kind == 6;
        m_seeds.append({ r, prompts.at(i % prompts.size()), answers.at(i % answers.size()) });
    }
    m_store = std::make_unique<RequestStore>(fastOptions(m_dir.filePath(u"q.sqlite"_s)));
    for (const Seed &s : std::as_const(m_seeds))
        m_store->put(s.record);
    m_store->flush();
    QCOMPARE(m_store->count({}), m_seeds.size());
}

void TestStoreQuery::cleanupTestCase()
{
    m_store.reset();
}

void TestStoreQuery::filters_data()
{
    QTest::addColumn<RequestFilter>("filter");
    const auto row = [](const char *name, const RequestFilter &f) { QTest::newRow(name) << f; };
    row("none", {});
    row("from", { .from = t0.addDays(1) });
    row("to", { .to = t0.addSecs(3700 * 10) });
    row("from and to (exclusive end)",
        { .from = t0.addSecs(3700 * 8), .to = t0.addSecs(3700 * 16) });
    row("model", { .model = u"deepseek-chat"_s });
    row("model unknown", { .model = u"nope"_s });
    row("ok", { .statusClass = StatusClass::Ok });
    row("client error", { .statusClass = StatusClass::ClientError });
    row("upstream error", { .statusClass = StatusClass::UpstreamError });
    row("cancelled", { .statusClass = StatusClass::Cancelled });
    row("endpoint (query stripped)", { .endpoint = u"/v1/completions"_s });
    row("endpoint (slash stripped)", { .endpoint = u"/v1/responses"_s });
    row("stream", { .stream = true });
    row("not stream", { .stream = false });
    row("text English", { .text = u"linked list"_s });
    row("text English, other case", { .text = u"LINKED List"_s });
    row("text in the answer", { .text = u"three pointers"_s });
    row("text Chinese substring", { .text = u"鲁迅是兄弟"_s });
    row("text Chinese 2 chars (LIKE)", { .text = u"鲁迅"_s });
    row("text 2 chars (LIKE)", { .text = u"C+"_s });
    row("text 1 char (LIKE)", { .text = u"量"_s });
    row("text LIKE wildcards are literal", { .text = u"0%"_s });
    row("text underscore literal", { .text = u"f_s"_s });
    row("text quotes", { .text = u"\"haiku\""_s });
    row("text no match", { .text = u"xylophone"_s });
    row("text no match 2 chars", { .text = u"狗猫"_s });
    row("model + stream + status",
        { .model = u"gpt-4o"_s, .statusClass = StatusClass::Ok, .stream = false });
    row("range + endpoint + text",
        { .from = t0.addSecs(3700 * 5),
            .to = t0.addDays(2),
            .endpoint = u"/v1/chat/completions"_s,
            .text = u"鲁迅"_s });
    row("everything",
        { .from = t0,
            .to = t0.addDays(5),
            .model = u"qwen-max"_s,
            .statusClass = StatusClass::Ok,
            .endpoint = u"/v1/embeddings"_s,
            .stream = false,
            .text = u"weather"_s });
}

void TestStoreQuery::filters()
{
    QFETCH(RequestFilter, filter);
    QList<const ExchangeRecord *> expected;
    for (const Seed &s : std::as_const(m_seeds)) {
        if (matches(s.record, s.prompt, s.answer, filter))
            expected.append(&s.record);
    }
    std::sort(expected.begin(), expected.end(), [](auto *a, auto *b) {
        return a->received != b->received ? a->received > b->received : a->id > b->id;
    });
    QList<QByteArray> expectedIds;
    for (const ExchangeRecord *r : std::as_const(expected))
        expectedIds.append(r->id);

    QList<QByteArray> ids;
    for (const RecordSummary &s : m_store->page(filter, 1000))
        ids.append(s.id);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(m_store->count(filter), expectedIds.size());
}

void TestStoreQuery::keysetPagination_data()
{
    QTest::addColumn<RequestFilter>("filter");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("all, 1") << RequestFilter {} << 1;
    QTest::newRow("all, 3") << RequestFilter {} << 3;
    QTest::newRow("all, 7") << RequestFilter {} << 7;
    QTest::newRow("model, 2") << RequestFilter { .model = u"qwen-max"_s } << 2;
    QTest::newRow("text, 4") << RequestFilter { .text = u"鲁迅"_s } << 4;
}

void TestStoreQuery::keysetPagination()
{
    QFETCH(RequestFilter, filter);
    QFETCH(int, pageSize);
    QList<QByteArray> all;
    for (const RecordSummary &s : m_store->page(filter, 1000))
        all.append(s.id);
    QList<QByteArray> paged;
    std::optional<PageCursor> cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const QList<RecordSummary> page = m_store->page(filter, pageSize, cursor);
        QVERIFY(page.size() <= pageSize);
        for (const RecordSummary &s : page)
            paged.append(s.id);
        if (page.size() < pageSize)
            break;
        cursor = PageCursor::after(page.last());
    }
    QCOMPARE(paged, all); // same order, nothing twice, nothing skipped
    QCOMPARE(QSet<QByteArray>(paged.begin(), paged.end()).size(), paged.size());
}

void TestStoreQuery::modelsAndEndpoints()
{
    QCOMPARE(m_store->models(), (QStringList { u"deepseek-chat"_s, u"gpt-4o"_s, u"qwen-max"_s }));
    QCOMPARE(m_store->endpoints(),
        (QStringList { u"/v1/chat/completions"_s, u"/v1/completions"_s, u"/v1/embeddings"_s,
            u"/v1/responses"_s }));
}

void TestStoreQuery::usage()
{
    const QDateTime from = t0.addSecs(3600);
    const QDateTime to = t0.addDays(2);
    QMap<QDate, UsageTotals> perDay;
    QMap<QString, UsageTotals> perModel;
    for (const Seed &s : std::as_const(m_seeds)) {
        const ExchangeRecord &r = s.record;
        if (r.received < from || r.received >= to)
            continue;
        for (UsageTotals *t : { &perDay[r.received.toLocalTime().date()], &perModel[r.model] }) {
            ++t->requests;
            t->promptTokens += r.answer.usage.promptTokens;
            t->completionTokens += r.answer.usage.completionTokens;
            t->totalTokens += r.answer.usage.totalTokens;
        }
    }
    const QList<DailyUsage> days = m_store->usagePerDay(from, to);
    QCOMPARE(days.size(), perDay.size());
    for (const DailyUsage &d : days)
        QCOMPARE(d.totals, perDay.value(d.day));
    const QList<ModelUsage> byModel = m_store->usagePerModel(from, to);
    QCOMPARE(byModel.size(), perModel.size());
    for (const ModelUsage &m : byModel)
        QCOMPARE(m.totals, perModel.value(m.model));

    // Unknown token counts add nothing; open ranges take everything.
    ExchangeRecord unknown = chatRecord("ffff0001", t0.addYears(1), u"p"_s, u"a"_s, u"gpt-4o"_s);
    unknown.answer.usage = {};
    m_store->put(unknown);
    m_store->flush();
    const QList<DailyUsage> last = m_store->usagePerDay(t0.addYears(1).addSecs(-1), {});
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().totals, (UsageTotals { 1, 0, 0, 0 }));
    qint64 requests = 0;
    for (const ModelUsage &m : m_store->usagePerModel({}, {}))
        requests += m.totals.requests;
    QCOMPARE(requests, m_seeds.size() + 1);
}

QTEST_GUILESS_MAIN(TestStoreQuery)
#include "tst_store_query.moc"
