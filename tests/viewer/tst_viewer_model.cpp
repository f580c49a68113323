// RequestTableModel over a real store: QAbstractItemModelTester while it pages, filters,
// sorts and takes live records; filters and search against the store's own counts; live
// insert at the right place; in-flight progress updated in place; pause and resume.
#include "StoreTestUtil.h"
#include "ViewerTestData.h"
#include "store/RequestStore.h"
#include "viewer/CellText.h"
#include "viewer/RequestTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mygpt;
using namespace mygpt::viewer;
using namespace mygpt::viewertest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mygpt::RequestFilter)

class TestViewerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesOnDemand();
    void filters_data();
    void filters();
    void sortsByColumn();
    void liveInsertAtTop();
    void liveInsertRespectsFilter();
    void inFlightUpdatesInPlace();
    void sortedStreamKeepsItsRow_data();
    void sortedStreamKeepsItsRow();
    void pausedCountsThenInserts();
    void clearedStoreEmptiesModel();
    void displayAndRoles();

private:
    ExchangeRecord seed(int i) const;
    void fetchAll(RequestTableModel &model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RequestStore> m_store;
    QDateTime m_t0;
    static constexpr int seeded = 90;
};

namespace {
const QStringList models = { u"gpt-4o"_s, u"deepseek-chat"_s, u"qwen-max"_s };
const QStringList prompts = { u"How do I reverse a linked list?"_s, u"把这句话翻译成英文"_s,
    u"Write a haiku about autumn"_s };
} // namespace

ExchangeRecord TestViewerModel::seed(int i) const
{
    ExchangeRecord r = chat(QByteArray::number(0x30000000 + i * 7919, 16), m_t0.addSecs(i * 60),
        models.at(i % 3), prompts.at(i % 3) + u" #"_s + QString::number(i),
        u"answer "_s + QString::number(i), i % 2 == 0,
        i % 10 == 3       ? 502
            : i % 10 == 7 ? 400
                          : 200);
    if (i % 5 == 0)
        r.path = "/v1/embeddings";
    r.durationMs = (i * 37) % 1000;
    r.cancelled = i % 17 == 16;
    return r;
}

void TestViewerModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store
        = std::make_unique<RequestStore>(storetest::fastOptions(m_dir->filePath(u"v.sqlite"_s)));
    m_t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    for (int i = 0; i < seeded; ++i)
        m_store->put(seed(i));
    m_store->flush();
}

void TestViewerModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestViewerModel::fetchAll(RequestTableModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
}

void TestViewerModel::pagesOnDemand()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(25);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 25); // the first page only
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 50);
    fetchAll(model);
    QCOMPARE(model.rowCount(), seeded);
    QVERIFY(!model.canFetchMore());
    // Newest first, no repeats.
    QSet<QByteArray> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.summaryAt(row)->id);
        if (row > 0)
            QVERIFY(model.summaryAt(row - 1)->received >= model.summaryAt(row)->received);
    }
    QCOMPARE(ids.size(), seeded);
    QCOMPARE(model.summaryAt(0)->id, seed(seeded - 1).id);
}

void TestViewerModel::filters_data()
{
    QTest::addColumn<RequestFilter>("filter");
    QTest::newRow("search English") << RequestFilter { .text = u"linked list"_s };
    QTest::newRow("search Chinese") << RequestFilter { .text = u"翻译成"_s };
    QTest::newRow("search answer") << RequestFilter { .text = u"answer 4"_s };
    QTest::newRow("search short") << RequestFilter { .text = u"#1"_s };
    QTest::newRow("model") << RequestFilter { .model = u"qwen-max"_s };
    QTest::newRow("upstream errors") << RequestFilter { .statusClass = StatusClass::UpstreamError };
    QTest::newRow("client errors") << RequestFilter { .statusClass = StatusClass::ClientError };
    QTest::newRow("cancelled") << RequestFilter { .statusClass = StatusClass::Cancelled };
    QTest::newRow("endpoint") << RequestFilter { .endpoint = u"/v1/embeddings"_s };
    QTest::newRow("streamed") << RequestFilter { .stream = true };
    QTest::newRow("time range") << RequestFilter { .from
        = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(1800),
        .to = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(3600) };
    QTest::newRow("combined") << RequestFilter {
        .model = u"gpt-4o"_s, .stream = true, .text = u"reverse"_s
    };
}

void TestViewerModel::filters()
{
    QFETCH(RequestFilter, filter);
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setStore(m_store.get());
    model.setFilter(filter);
    fetchAll(model);
    const qint64 expected = m_store->count(filter);
    QVERIFY(expected > 0);
    QVERIFY(expected < seeded);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const RecordSummary *s = model.summaryAt(row);
        if (!filter.model.isEmpty())
            QCOMPARE(s->model, filter.model);
        if (filter.statusClass)
            QCOMPARE(s->statusClass, *filter.statusClass);
        if (filter.stream)
            QCOMPARE(s->stream, *filter.stream);
    }
}

void TestViewerModel::sortsByColumn()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setStore(m_store.get());
    for (Column column : { Column::Duration, Column::Model, Column::Status, Column::RequestId }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(int(column), order);
            fetchAll(model);
            QCOMPARE(model.rowCount(), seeded);
            const RequestOrder o = model.order();
            for (int row = 1; row < model.rowCount(); ++row)
                QVERIFY2(requestorder::before(*model.summaryAt(row - 1), *model.summaryAt(row), o),
                    qPrintable(u"column %1 row %2"_s.arg(int(column)).arg(row)));
        }
    }
}

void TestViewerModel::liveInsertAtTop()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(30);
    model.setStore(m_store.get());
    const QByteArray oldTop = model.summaryAt(0)->id;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    m_store->put(
        chat("aaaa0001", QDateTime::currentDateTimeUtc(), u"gpt-4o"_s, u"new"_s, u"one"_s));
    m_store->flush();
    QCOMPARE(model.rowCount(), 31);
    QCOMPARE(model.summaryAt(0)->id, QByteArray("aaaa0001"));
    QCOMPARE(model.summaryAt(1)->id, oldTop);
    QCOMPARE(reset.size(), 0); // inserted, not reloaded: the view keeps its place
    QCOMPARE(inserted.size(), 1);

    // Older than everything fetched: it comes with a later page, not now.
    m_store->put(chat("aaaa0002", m_t0.addDays(-1), u"gpt-4o"_s, u"old"_s, u"one"_s));
    m_store->flush();
    QCOMPARE(model.rowCount(), 31);
    fetchAll(model);
    QCOMPARE(model.rowCount(), seeded + 2);
    QCOMPARE(model.summaryAt(model.rowCount() - 1)->id, QByteArray("aaaa0002"));

    // All fetched: a record between two rows goes between them.
    m_store->put(chat("aaaa0003", m_t0.addSecs(90), u"gpt-4o"_s, u"mid"_s, u"one"_s));
    m_store->flush();
    const int row = model.rowOf("aaaa0003");
    QVERIFY(row > 0);
    QVERIFY(model.summaryAt(row - 1)->received > model.summaryAt(row)->received);
    QVERIFY(model.summaryAt(row)->received > model.summaryAt(row + 1)->received);
}

void TestViewerModel::liveInsertRespectsFilter()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setFilter({ .text = u"kangaroo"_s });
    QCOMPARE(model.rowCount(), 0);
    m_store->put(chat(
        "bbbb0001", QDateTime::currentDateTimeUtc(), u"gpt-4o"_s, u"about a kangaroo"_s, u"hop"_s));
    m_store->put(chat(
        "bbbb0002", QDateTime::currentDateTimeUtc(), u"gpt-4o"_s, u"about a koala"_s, u"sleep"_s));
    m_store->flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.summaryAt(0)->id, QByteArray("bbbb0001"));
}

void TestViewerModel::inFlightUpdatesInPlace()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    ExchangeRecord r
        = streamInFlight("cccc0001", QDateTime::currentDateTimeUtc(), { u"one"_s, u" two"_s });
    m_store->put(r);
    m_store->flush();
    QCOMPARE(model.rowOf("cccc0001"), 0);
    const QModelIndex status = model.index(0, int(Column::Status));
    const QModelIndex out = model.index(0, int(Column::TokensOut));
    QVERIFY(model.data(status, RequestTableModel::InFlightRole).toBool());
    QCOMPARE(model.data(status, RequestTableModel::StatusKindRole).toInt(),
        int(RequestTableModel::StatusKind::InFlight));
    QCOMPARE(model.tokensSoFar(0), 2);
    QVERIFY(model.data(out).toString().contains(u"2"_s));

    // The user reads row 5 meanwhile: updates must not move rows.
    const QByteArray reading = model.summaryAt(5)->id;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsInserted);
    r.rawEvents = sse({ u"one"_s, u" two"_s, u" three"_s, u" four"_s }, false);
    m_store->put(r);
    m_store->flush();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.tokensSoFar(0), 4);
    r.inFlight = false;
    r.status = 200;
    r.durationMs = 2000;
    r.rawEvents = sse({ u"one"_s, u" two"_s, u" three"_s, u" four"_s });
    r.answer.content = u"one two three four"_s;
    r.answer.usage = { 5, 4, 9, -1, -1 };
    m_store->put(r);
    m_store->flush();
    QCOMPARE(moved.size(), 0);
    QCOMPARE(model.summaryAt(5)->id, reading);
    QVERIFY(!model.data(status, RequestTableModel::InFlightRole).toBool());
    QCOMPARE(model.data(status).toString(), u"200"_s);
    QCOMPARE(model.data(out).toString(), u"4"_s);
}

void TestViewerModel::sortedStreamKeepsItsRow_data()
{
    QTest::addColumn<Column>("column");
    QTest::newRow("duration") << Column::Duration;
    QTest::newRow("tokens out") << Column::TokensOut;
}

// Sorted by a value that a stream changes (tokens so far, then its duration and usage when it
// ends), the stream's row does not jump while the user reads: its cells change in place, and
// a reload (F5) puts it where it now belongs.
void TestViewerModel::sortedStreamKeepsItsRow()
{
    QFETCH(Column, column);
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.sort(int(column), Qt::DescendingOrder);
    fetchAll(model);
    ExchangeRecord r = streamInFlight("eeee0001", QDateTime::currentDateTimeUtc(), { u"one"_s });
    m_store->put(r);
    m_store->flush();
    const int row = model.rowOf("eeee0001");
    QVERIFY(row >= 0);
    QList<QByteArray> order;
    for (int i = 0; i < model.rowCount(); ++i)
        order.append(model.summaryAt(i)->id);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex cell = model.index(row, int(Column::TokensOut));
    r.rawEvents = sse({ u"one"_s, u" two"_s, u" three"_s }, false);
    m_store->put(r);
    m_store->flush();
    QCOMPARE(model.data(cell).toString(), u"~3…"_s); // live, in place
    // It ends as the longest and biggest answer of all: far above its row in this order.
    r.inFlight = false;
    r.status = 200;
    r.durationMs = 59'000;
    r.rawEvents = sse({ u"one"_s, u" two"_s, u" three"_s });
    r.answer.content = u"one two three"_s;
    r.answer.usage = { 5, 9000, 9005, -1, -1 };
    m_store->put(r);
    m_store->flush();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.data(cell).toString(), celltext::count(9000));
    QCOMPARE(model.data(model.index(row, int(Column::Duration))).toString(),
        celltext::duration(59'000));
    QCOMPARE(layout.size() + moved.size() + removed.size() + reset.size(), 0);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.summaryAt(i)->id, order.at(i));

    model.reload(); // F5: the user asks for it, now it sorts
    QCOMPARE(model.rowOf("eeee0001"), 0);
}

void TestViewerModel::pausedCountsThenInserts()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    const int before = model.rowCount();
    QSignalSpy pending(&model, &RequestTableModel::pendingCountChanged);
    model.setLive(false);
    m_store->put(chat("dddd0001", QDateTime::currentDateTimeUtc(), u"gpt-4o"_s, u"a"_s, u"b"_s));
    m_store->put(
        chat("dddd0002", QDateTime::currentDateTimeUtc().addSecs(1), u"gpt-4o"_s, u"a"_s, u"b"_s));
    m_store->flush();
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.pendingCount(), 2);
    QCOMPARE(pending.last().at(0).toInt(), 2);
    model.setLive(true);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(model.summaryAt(0)->id, QByteArray("dddd0002"));
}

void TestViewerModel::clearedStoreEmptiesModel()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.rowCount() > 0);
    m_store->clear();
    m_store->flush();
    QTRY_COMPARE(model.rowCount(), 0);
    m_store.reset(); // the store goes away: the model empties, no dangling pointer
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

void TestViewerModel::displayAndRoles()
{
    RequestTableModel model;
    model.setStore(m_store.get());
    model.setFilter({ .statusClass = StatusClass::UpstreamError });
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.data(model.index(0, int(Column::Status))).toString(), u"502"_s);
    QCOMPARE(
        model.data(model.index(0, int(Column::Status)), RequestTableModel::StatusKindRole).toInt(),
        int(RequestTableModel::StatusKind::UpstreamError));
    QVERIFY(model.data(model.index(0, int(Column::Status)), Qt::ToolTipRole)
                .toString()
                .contains(u"502"_s));
    QCOMPARE(
        model.data(model.index(0, int(Column::RequestId)), RequestTableModel::IdRole).toByteArray(),
        model.summaryAt(0)->id);
    QCOMPARE(model.headerData(int(Column::FirstToken), Qt::Horizontal).toString(), u"TTFT"_s);
    QCOMPARE(model.columnCount(), columnTotal);
    model.setFilter({ .model = u"gpt-4o"_s, .statusClass = StatusClass::Ok, .stream = false });
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.data(model.index(0, int(Column::Duration))).toString().isEmpty(), false);
    QCOMPARE(model.data(model.index(0, int(Column::TokensIn))).toString(), u"12"_s);
    QCOMPARE(model.data(model.index(0, int(Column::Stream))).toString(), u"no"_s);
}

QTEST_GUILESS_MAIN(TestViewerModel)
#include "tst_viewer_model.moc"
