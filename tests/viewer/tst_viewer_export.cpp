// Export round trips: JSON Lines and CSV of the whole filter and of a selection, parsed back
// and compared with the store; no secrets; a cancelled export stops.
#include "StoreTestUtil.h"
#include "ViewerTestData.h"
#include "store/RequestStore.h"
#include "viewer/RecordExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mygpt;
using namespace mygpt::viewer;
using namespace mygpt::viewertest;
using namespace Qt::StringLiterals;

class TestViewerExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jsonLinesRoundTrip();
    void csvRoundTrip();
    void selection();
    void noSecrets();
    void cancel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RequestStore> m_store;
    QList<ExchangeRecord> m_records;
};

namespace {

constexpr int total = 1234; // more than two export pages

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and newlines.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TestViewerExport::initTestCase()
{
    m_store = std::make_unique<RequestStore>(storetest::fastOptions(m_dir.filePath(u"e.sqlite"_s)));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < total; ++i) {
        ExchangeRecord r = chat(QByteArray::number(0x40000000 + i, 16), t0.addSecs(i),
            i % 2 ? u"gpt-4o"_s : u"通义千问"_s,
            u"Prompt %1, with \"quotes\", commas\nand a new line"_s.arg(i), u"答案 %1"_s.arg(i),
            i % 3 == 0, i % 11 == 0 ? 500 : 200);
        r.userAgent = u"agent, \"quoted\" %1"_s.arg(i);
        m_records.prepend(r); // newest first, as exported
        m_store->put(r);
    }
    m_store->flush();
}

void TestViewerExport::cleanupTestCase()
{
    m_store.reset();
}

void TestViewerExport::jsonLinesRoundTrip()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    const qint64 written
        = exportRecords(m_store->path(), {}, ExportFormat::JsonLines, &out, [&](qint64 n) {
              progress.append(n);
              return true;
          });
    QCOMPARE(written, total);
    QVERIFY(progress.size() >= 3); // streamed a page at a time
    const QList<QByteArray> lines = out.data().split('\n');
    QCOMPARE(lines.size(), total + 1); // and the empty rest after the last newline
    for (int i : { 0, 1, 500, total - 1 }) {
        const ExchangeRecord &r = m_records.at(i);
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(o.value(u"id"_s).toString(), QString::fromLatin1(r.id));
        QCOMPARE(o.value(u"model"_s).toString(), r.model);
        QCOMPARE(o.value(u"stream"_s).toBool(), r.stream);
        QCOMPARE(o.value(u"status"_s).toInt(), r.status);
        QCOMPARE(QDateTime::fromString(o.value(u"received"_s).toString(), Qt::ISODateWithMs),
            r.received);
        QCOMPARE(o.value(u"request"_s).toObject(), QJsonDocument::fromJson(r.requestBody).object());
        QCOMPARE(o.value(u"answer"_s).toObject().value(u"content"_s).toString(), r.answer.content);
        QCOMPARE(o.value(u"user_agent"_s).toString(), r.userAgent);
        QCOMPARE(o.value(u"duration_ms"_s).toInteger(), r.durationMs);
        if (r.stream)
            QCOMPARE(o.value(u"events"_s).toString().toUtf8(), r.rawEvents);
    }
}

void TestViewerExport::csvRoundTrip()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const RequestFilter filter { .model = u"通义千问"_s };
    QCOMPARE(exportRecords(m_store->path(), { filter, {} }, ExportFormat::Csv, &out), total / 2);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(out.data()));
    QCOMPARE(rows.size(), total / 2 + 1);
    QCOMPARE(rows.first(), csvHeader());
    const auto column = [&](const QString &name) { return int(csvHeader().indexOf(name)); };
    QList<ExchangeRecord> expected;
    for (const ExchangeRecord &r : std::as_const(m_records)) {
        if (r.model == filter.model)
            expected.append(r);
    }
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const ExchangeRecord &r = expected.at(i - 1);
        QCOMPARE(row.size(), csvHeader().size());
        QCOMPARE(row.at(column(u"request_id"_s)), QString::fromLatin1(r.id));
        QCOMPARE(row.at(column(u"model"_s)), r.model);
        QCOMPARE(row.at(column(u"user_agent"_s)), r.userAgent); // commas and quotes survive
        QCOMPARE(row.at(column(u"status"_s)).toInt(), r.status);
        QCOMPARE(row.at(column(u"stream"_s)), r.stream ? u"true"_s : u"false"_s);
        QCOMPARE(
            QDateTime::fromString(row.at(column(u"received"_s)), Qt::ISODateWithMs), r.received);
        QCOMPARE(row.at(column(u"prompt_tokens"_s)), r.status == 200 ? u"12"_s : QString());
    }
}

void TestViewerExport::selection()
{
    const QList<QByteArray> ids
        = { m_records.at(7).id, m_records.at(3).id, "ffffffff", m_records.at(1000).id };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportQuery query;
    query.filter.ids = ids;
    QCOMPARE(exportRecords(m_store->path(), query, ExportFormat::JsonLines, &out), 3);
    const QList<QByteArray> lines = out.data().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"id"_s).toString().toLatin1(),
        ids.at(0));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"id"_s).toString().toLatin1(),
        ids.at(1));
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"id"_s).toString().toLatin1(),
        ids.at(3));
}

void TestViewerExport::noSecrets()
{
    ExchangeRecord r = chat("5ec2e75a", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"a"_s);
    r.requestHeaders.append(qMakePair(QByteArray("Cookie"), QByteArray("session=SECRET-cookie")));
    r.requestHeaders.append(qMakePair(QByteArray("x-api-key"), QByteArray("SECRET-key")));
    const QByteArray json = QJsonDocument(recordToJson(r)).toJson();
    QVERIFY(!json.contains("SECRET"));
    QVERIFY(json.contains("Bearer ***"));
}

void TestViewerExport::cancel()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const qint64 written
        = exportRecords(m_store->path(), {}, ExportFormat::Csv, &out, [](qint64) { return false; });
    QCOMPARE(written, 500); // the first page, then it stops
}

QTEST_GUILESS_MAIN(TestViewerExport)
#include "tst_viewer_export.moc"
