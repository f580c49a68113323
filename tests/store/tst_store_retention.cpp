// Retention: by age and by size cap, in small steps, changed at runtime; clear().
#include "StoreTestUtil.h"
#include "store/RequestStore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

class TestStoreRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byAge_data();
    void byAge();
    void bySizeCap();
    void clear();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"r%1.sqlite"_s.arg(++m_n)); }
};

namespace {

QByteArray idOf(int i)
{
    return QByteArray::number(0xd0000000 + i, 16);
}

QString longText(int i, int chars)
{
    QString s;
    while (s.size() < chars)
        s += u"记录 %1: the quick brown fox jumps over the lazy dog 敏捷的棕色狐狸。"_s.arg(
            i * 31 + s.size());
    return s;
}

} // namespace

void TestStoreRetention::byAge_data()
{
    QTest::addColumn<int>("maxAgeDays");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<int>("kept");
    // Ages in days: 400, 40, 35, 31, 29.5, 10, 1, 0.
    QTest::newRow("default 30 days") << 30 << 500 << 4;
    QTest::newRow("30 days, batches of 1") << 30 << 1 << 4;
    QTest::newRow("2 days") << 2 << 2 << 2;
    QTest::newRow("forever") << 0 << 500 << 8;
}

void TestStoreRetention::byAge()
{
    QFETCH(int, maxAgeDays);
    QFETCH(int, batchRows);
    QFETCH(int, kept);
    StoreOptions o = fastOptions(freshPath());
    o.retentionBatchRows = batchRows;
    RequestStore store(o);
    QSignalSpy removed(&store, &RequestStore::recordsRemoved);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<double> ages = { 400, 40, 35, 31, 29.5, 10, 1, 0 };
    for (int i = 0; i < ages.size(); ++i)
        store.put(
            chatRecord(idOf(i), now.addSecs(-qint64(ages[i] * 86400)), longText(i, 500), u"a"_s));
    store.flush();
    QCOMPARE(store.count({}), 8);

    store.setMaxAgeDays(maxAgeDays);
    QCOMPARE(store.maxAgeDays(), maxAgeDays);
    if (kept == 8) {
        store.enforceRetention();
        QTest::qWait(100);
    }
    QTRY_COMPARE(store.count({}), kept);
    store.flush();
    qint64 removedTotal = 0;
    for (const QList<QVariant> &args : std::as_const(removed))
        removedTotal += args.at(0).toLongLong();
    QCOMPARE(removedTotal, 8 - kept);
    // The newest survive; their content and index rows too, and only theirs.
    const QList<RecordSummary> page = store.page({}, 100);
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(page.at(i).id, idOf(7 - i));
    RawDb raw(store.path());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM request_content"_s).toInt(), kept);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM requests_fts"_s).toInt(), kept);
    QCOMPARE(store.count({ .text = u"quick brown"_s }), kept);
}

void TestStoreRetention::bySizeCap()
{
    const QString path = freshPath();
    StoreOptions o = fastOptions(path);
    o.retentionBatchRows = 25;
    qint64 before = 0;
    {
        RequestStore store(o);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 400; ++i)
            store.put(
                chatRecord(idOf(i), now.addSecs(i), longText(i, 3000), longText(i + 1, 2000)));
        store.flush();
        RawDb raw(path);
        const auto fileBytes = [&] {
            return raw.scalar(u"PRAGMA page_count"_s).toLongLong()
                * raw.scalar(u"PRAGMA page_size"_s).toLongLong();
        };
        before = fileBytes();
        const qint64 cap = 2 * 1024 * 1024;
        QVERIFY2(before > 3 * cap, qPrintable(QString::number(before)));

        QSignalSpy removed(&store, &RequestStore::recordsRemoved);
        store.setMaxSizeBytes(cap);
        QCOMPARE(store.maxSizeBytes(), cap);
        QTRY_VERIFY_WITH_TIMEOUT(fileBytes() <= cap && removed.size() > 0, 20'000);
        // Removal is oldest first, in many small transactions.
        QVERIFY(removed.size() > 1);
        const qint64 left = store.count({});
        QVERIFY(left > 0 && left < 400);
        const QList<RecordSummary> page = store.page({}, 1000);
        QCOMPARE(page.first().id, idOf(399));
        QCOMPARE(page.last().id, idOf(400 - int(left)));
        qInfo("size cap: %lld -> %lld bytes, %lld of 400 records kept", before, fileBytes(), left);
    }
    // Closing checkpoints the WAL: the file on disk is under the cap too.
    QVERIFY(QFileInfo(path).size() <= 2 * 1024 * 1024);
}

void TestStoreRetention::clear()
{
    RequestStore store(fastOptions(freshPath()));
    QSignalSpy cleared(&store, &RequestStore::cleared);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 100; ++i)
        store.put(chatRecord(idOf(i), now.addSecs(i), longText(i, 2000), u"answer"_s));
    store.flush();
    const qint64 full = QFileInfo(store.path()).size() + QFileInfo(store.path() + u"-wal"_s).size();
    store.put(chatRecord(idOf(100), now.addSecs(100), u"queued before clear"_s, {}));
    store.clear();
    store.put(chatRecord(idOf(101), now.addSecs(101), u"put after clear"_s, {}));
    store.flush();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(store.count({}), 1);
    QCOMPARE(store.page({}, 10).value(0).id, idOf(101));
    QCOMPARE(store.count({ .text = u"quick"_s }), 0);
    QCOMPARE(store.count({ .text = u"after clear"_s }), 1);
    RawDb raw(store.path());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM request_content"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"PRAGMA freelist_count"_s).toInt(), 0);
    const qint64 now_ = QFileInfo(store.path()).size() + QFileInfo(store.path() + u"-wal"_s).size();
    QVERIFY2(now_ < full / 4, qPrintable(u"%1 -> %2"_s.arg(full).arg(now_)));
}

QTEST_GUILESS_MAIN(TestStoreRetention)
#include "tst_store_retention.moc"
