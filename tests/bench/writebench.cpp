// Store writer cost: CPU time the request store's writer thread spends per record, for
// records shaped like the proxy benchmark's (a small non-streaming chat completion), put at a
// steady rate as the proxy does. CPU time, not wall time: on a shared machine it is the
// figure that stays put, and on one core it is what the store takes from the proxy.
//   mygpt-writebench [RECORDS=20000] [ROUNDS=5] [BATCH_MS [BATCH_RECORDS]] (default: the store's)
//   mygpt-writebench --growth [SIZES=0,100000,300000,1000000]
// The second form asks whether a record costs more as the history grows (30 days of a busy
// user): one store is filled to each size in turn, and at each a window of records is put at
// the proxy's pace and measured.
#include "store/RequestStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace mygpt;
using namespace Qt::StringLiterals;

namespace {

double cpuUs(int who)
{
    rusage u {};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

ExchangeRecord benchRecord(int n, const QDateTime &start)
{
    ExchangeRecord r;
    r.id = QByteArray::number(0x10000000 + n, 16);
    r.upstreamRequestId = "req_" + QByteArray::number(n);
    r.received = start.addMSecs(n);
    r.firstByteMs = 1;
    r.durationMs = 1;
    r.clientAddress = u"127.0.0.1"_s;
    r.userAgent = u"wrk"_s;
    r.method = "POST";
    r.path = "/v1/chat/completions";
    r.model = u"gpt-4o-mini"_s;
    r.status = 200;
    r.requestHeaders = { { "Host", "127.0.0.1:18002" }, { "Content-Type", "application/json" },
        { "Content-Length", "67" } };
    r.responseHeaders = { { "content-type", "application/json" }, { "x-request-id", "req_1" },
        { "openai-processing-ms", "1" }, { "x-ratelimit-limit-requests", "10000" },
        { "x-mygpt-request-id", r.id } };
    r.requestBody = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]})";
    r.responseBody = R"({"id":"chatcmpl-fake1","object":"chat.completion","created":1795836863,)"
                     R"("model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":)"
                     R"("assistant","content":"Hello from the fake upstream.","refusal":null},)"
                     R"("logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":10,)"
                     R"("completion_tokens":5,"total_tokens":15},"system_fingerprint":"fp_fake"})";
    r.bytesIn = r.requestBody.size();
    r.bytesOut = r.responseBody.size();
    r.answer.content = u"Hello from the fake upstream."_s;
    r.answer.finishReason = u"stop"_s;
    r.answer.usage = { 10, 5, 15, -1, -1 };
    return r;
}

void putPaced(RequestStore &store, int from, int count, const QDateTime &start)
{
    for (int n = from; n < from + count; ++n) {
        store.put(benchRecord(n, start));
        if (n % 20 == 19)
            QThread::usleep(10'000);
    }
}

// Writer CPU per record while `count` records are put at ~2,000 puts/s, then flushed.
double measureWindow(RequestStore &store, int from, int count, const QDateTime &start)
{
    const double process0 = cpuUs(RUSAGE_SELF);
    const double main0 = cpuUs(RUSAGE_THREAD);
    putPaced(store, from, count, start);
    store.flush();
    QCoreApplication::processEvents();
    const double writer = (cpuUs(RUSAGE_SELF) - process0) - (cpuUs(RUSAGE_THREAD) - main0);
    return writer / count;
}

int growth(const QStringList &sizeArgs)
{
    QList<int> sizes;
    for (const QString &s : sizeArgs)
        sizes.append(s.toInt());
    std::sort(sizes.begin(), sizes.end());
    constexpr int window = 4000;
    QTemporaryDir dir;
    StoreOptions options;
    options.path = dir.path() + u"/requests.sqlite"_s;
    options.retention = { 0, 0 };
    RequestStore store(options);
    store.flush();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-29);
    int written = 0;
    std::printf("store writer as the history grows (windows of %d records at ~2,000/s)\n", window);
    for (const int size : sizes) {
        // Filled as fast as the writer takes them: big batches, not measured.
        for (; written < size; ++written) {
            store.put(benchRecord(written, start));
            if (written % 5000 == 4999)
                store.flush();
        }
        store.flush();
        const double us = measureWindow(store, written, window, start);
        written += window;
        std::printf("  %9d records stored: %6.1f us of writer CPU per record, file %.0f MB\n",
            written - window, us, QFileInfo(options.path).size() / 1e6);
        std::fflush(stdout);
    }
    return 0;
}

// One round: a fresh store, `total` records at ~2,000 puts/s (the proxy's pace), then a flush.
double round(int total, int number, StoreOptions options)
{
    QTemporaryDir dir;
    options.path = dir.path() + u"/requests.sqlite"_s;
    options.retention = { 0, 0 };
    RequestStore store(options);
    store.flush();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600 * number);
    return measureWindow(store, 0, total, start);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == u"--growth"_s)
        return growth(args.size() > 2 ? args.at(2).split(u',')
                                      : QStringList { u"0"_s, u"100000"_s, u"300000"_s,
                                                      u"1000000"_s });
    const int total = args.size() > 1 ? args.at(1).toInt() : 20000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    StoreOptions options;
    if (args.size() > 3)
        options.batchIntervalMs = args.at(3).toInt();
    if (args.size() > 4)
        options.maxBatchRecords = args.at(4).toInt();
    std::vector<double> costs;
    for (int i = 0; i < rounds; ++i) {
        costs.push_back(round(total, i, options));
        std::printf("  round %d: %.1f us of writer CPU per record\n", i + 1, costs.back());
    }
    std::sort(costs.begin(), costs.end());
    std::printf("store writer: median %.1f us CPU per record (%d records x %d rounds, batches of"
                " %d ms or %d records)\n",
        costs[costs.size() / 2], total, rounds, options.batchIntervalMs, options.maxBatchRecords);
}
