// Request store benchmark: seeds realistic records through RequestStore::put() into a temp
// file, then times what the request-log viewer does. Build Release.
//   mygpt-storebench [RECORDS=100000] [--keep DIR]
#include "store/RequestStore.h"
#include "store/Retention.h"
#include "store/StoreDatabase.h"
#include "storebench_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mygpt;
using namespace Qt::StringLiterals;
using storebench::msOf;

namespace {

// First run on the reader (cold statement, warm OS cache) and the median of 5 more.
void timed(const char *what, const std::function<QString()> &f)
{
    QString result;
    const double first = msOf([&] { result = f(); });
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i)
        runs.push_back(msOf([&] { f(); }));
    std::sort(runs.begin(), runs.end());
    std::printf(
        "  %-44s first %8.2f ms  median %8.2f ms  %s\n", what, first, runs[2], qPrintable(result));
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// Retention steps as the writer runs them between batches: how long one may hold the lock.
void retention(const QString &path)
{
    storedb::Connection connection(path, storedb::Connection::Mode::ReadWrite);
    Retention retention(connection.db(), StoreOptions {}.retentionBatchRows);
    const auto run = [&](const char *what, const RetentionLimits &limits) {
        const qint64 before = retention.fileBytes();
        std::vector<double> steps;
        qint64 deleted = 0;
        Retention::Step step;
        do {
            const double ms
                = msOf([&] { step = retention.step(limits, QDateTime::currentMSecsSinceEpoch()); });
            steps.push_back(ms);
            deleted += step.deleted;
        } while (step.more);
        double sum = 0;
        for (double ms : steps)
            sum += ms;
        std::printf("  %-30s %6lld records in %3zu steps, %7.0f ms; step max %.0f ms; file %.0f -> "
                    "%.0f MiB\n",
            what, deleted, steps.size(), sum, *std::max_element(steps.begin(), steps.end()),
            double(before) / 1048576.0, double(retention.fileBytes()) / 1048576.0);
    };
    std::printf("retention (steps of %d rows):\n", StoreOptions {}.retentionBatchRows);
    run("by age: older than 20 days", { 20, 0 });
    run("by size: cap at 2/3 of the file", { 0, retention.fileBytes() * 2 / 3 });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows while it runs
    const QStringList args = app.arguments();
    const int total
        = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 100'000;
    QTemporaryDir tmp;
    const qsizetype keep = args.indexOf(u"--keep"_s);
    const QString dir = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : tmp.path();
    const QString path = dir + u"/requests.sqlite"_s;
    QFile::remove(path);
    StoreOptions options;
    options.path = path;
    options.retention = { 0, 0 }; // the benchmark keeps everything; retention is timed below

    std::printf("store benchmark: %d records into %s\n", total, qPrintable(path));
    storebench::RecordFactory factory(42);
    auto owned = std::make_unique<RequestStore>(options);
    RequestStore &store = *owned;
    qint64 committed = 0;
    QObject::connect(&store, &RequestStore::recordsAdded, &store,
        [&](const QList<QByteArray> &ids) { committed += ids.size(); });
    double generateMs = 0;
    qint64 putNs = 0;
    qint64 maxPutNs = 0;
    qint64 rawBytes = 0;
    QElapsedTimer wall;
    wall.start();
    for (int n = 0; n < total; ++n) {
        QElapsedTimer t;
        t.start();
        const ExchangeRecord r = factory.make(n, total, 25);
        generateMs += double(t.nsecsElapsed()) / 1e6;
        rawBytes += r.requestBody.size() + r.responseBody.size() + r.rawEvents.size();
        t.start();
        store.put(r);
        const qint64 ns = t.nsecsElapsed();
        putNs += ns;
        maxPutNs = std::max(maxPutNs, ns);
        // Keep the backlog bounded: this measures what the writer sustains.
        if (n % 200 == 0) {
            QCoreApplication::processEvents();
            while (n - committed > 5000) {
                QThread::msleep(2);
                QCoreApplication::processEvents();
            }
        }
    }
    store.flush();
    const double seconds = double(wall.elapsed()) / 1000.0;
    std::printf("seeding: %d records in %.1f s = %.0f records/s committed (bodies %.0f MiB; "
                "generating them took %.1f s of that, on the other core)\n",
        total, seconds, total / seconds, double(rawBytes) / 1048576.0, generateMs / 1000.0);
    std::printf("  put(): avg %.2f us, max %.1f us\n", double(putNs) / total / 1000.0,
        double(maxPutNs) / 1000.0);
    std::printf("file: %.1f MiB (with WAL)\n", double(fileSize(path)) / 1048576.0);

    auto ownedReader = std::make_unique<RequestReader>(path); // fresh, as the viewer opens it
    RequestReader &reader = *ownedReader;
    std::printf("queries (%lld records):\n", reader.count({}));
    const auto rows
        = [](const QList<RecordSummary> &page) { return u"%1 rows"_s.arg(page.size()); };
    timed("first page, no filter", [&] { return rows(reader.page({}, 50)); });
    timed("first page, model filter",
        [&] { return rows(reader.page({ .model = u"deepseek-chat"_s }, 50)); });
    timed("first page, upstream errors",
        [&] { return rows(reader.page({ .statusClass = StatusClass::UpstreamError }, 50)); });
    timed("first page, stream + model + endpoint", [&] {
        return rows(reader.page(
            { .model = u"gpt-4o"_s, .endpoint = u"/v1/chat/completions"_s, .stream = true }, 50));
    });
    const QList<RecordSummary> first = reader.page({}, 50);
    timed("page 2 (keyset)",
        [&] { return rows(reader.page({}, 50, PageCursor::after(first.last()))); });
    const QByteArray streamId = reader.page({ .stream = true }, 1).value(0).id;
    timed("load(id) of a stream, with bodies",
        [&] { return u"%1 bytes of SSE"_s.arg(reader.load(streamId)->rawEvents.size()); });
    timed("count, no filter", [&] { return QString::number(reader.count({})); });
    timed(
        "count, model", [&] { return QString::number(reader.count({ .model = u"qwen-max"_s })); });
    timed("count, stream", [&] { return QString::number(reader.count({ .stream = true })); });
    timed("models() + endpoints()",
        [&] { return QString::number(reader.models().size() + reader.endpoints().size()); });
    timed("usagePerDay (25 days)",
        [&] { return u"%1 days"_s.arg(reader.usagePerDay({}, {}).size()); });
    timed("usagePerModel", [&] { return u"%1 models"_s.arg(reader.usagePerModel({}, {}).size()); });

    std::printf("full-text search, first page of 50 (matches counted separately):\n");
    std::vector<double> searchMs;
    for (const storebench::SearchTerm &term : storebench::searchTerms()) {
        QList<RecordSummary> page;
        const double ms = msOf([&] { page = reader.page({ .text = term.text }, 50); });
        searchMs.push_back(ms);
        qint64 matches = 0;
        const double countMs = msOf([&] { matches = reader.count({ .text = term.text }); });
        std::printf("  %-26s %8.2f ms  %3lld rows  (planted %-11s count() %6lld in %7.2f ms)\n",
            qPrintable(u'"' + term.text + u'"'), ms, qint64(page.size()), term.frequency, matches,
            countMs);
    }
    double sum = 0;
    for (double ms : searchMs)
        sum += ms;
    std::printf("  10 searches: avg %.2f ms, max %.2f ms\n", sum / double(searchMs.size()),
        *std::max_element(searchMs.begin(), searchMs.end()));
    for (const QString &shortText : { u"鲁迅"_s, u"索引"_s, u"zq"_s }) {
        QList<RecordSummary> page;
        const double ms = msOf([&] { page = reader.page({ .text = shortText }, 50); });
        std::printf("  2-char LIKE fallback %-8s %8.2f ms  %3lld rows\n",
            qPrintable(u'"' + shortText + u'"'), ms, qint64(page.size()));
    }
    ownedReader.reset();
    owned.reset();
    retention(path);
    return 0;
}
