// For tst_store_crash: puts records into a store as fast as asked until it is killed.
//   mygpt-store-crashhelper PATH RECORDS_PER_SECOND
// After each put() returns it prints "<id> <ms since epoch> <final|inflight>" and flushes, so
// the test knows which records must have survived a SIGKILL.
#include "store/RequestStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace mygpt;
using namespace Qt::StringLiterals;

namespace {

QString text(QRandomGenerator &rng, int chars)
{
    static const QStringList pieces = {
        u"周树人和鲁迅是兄弟吗？"_s,
        u"How do I reverse a linked list? "_s,
        u"今天天气很好，我们去公园散步吧。"_s,
        u"The quick brown fox jumps over the lazy dog. "_s,
        u"请解释一下量子纠缠。"_s,
        u"Write unit tests for the parser. "_s,
    };
    QString s;
    while (s.size() < chars)
        s += pieces.at(rng.bounded(int(pieces.size())));
    return s;
}

void report(const QByteArray &id, const char *state)
{
    std::printf("%s %lld %s\n", id.constData(), QDateTime::currentMSecsSinceEpoch(), state);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    StoreOptions options;
    options.path = args.at(1);
    const int rate = qMax(1, args.at(2).toInt());
    RequestStore store(options);
    if (!store.isOpen())
        return 1;
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    QElapsedTimer clock;
    clock.start();
    for (qint64 n = 0;; ++n) {
        ExchangeRecord r;
        r.id = QByteArray::number(quint32(rng.generate()), 16).rightJustified(8, '0');
        r.received = QDateTime::currentDateTimeUtc();
        r.method = "POST";
        r.path = "/v1/chat/completions";
        r.model = n % 2 ? u"gpt-4o"_s : u"deepseek-chat"_s;
        r.stream = n % 4 == 0;
        r.requestBody
            = QJsonDocument(QJsonObject { { u"messages"_s,
                                QJsonArray { QJsonObject { { u"role"_s, u"user"_s },
                                    { u"content"_s, text(rng, 300 + rng.bounded(1500)) } } } } })
                  .toJson(QJsonDocument::Compact);
        if (r.stream) { // a stream: put while in flight, then its final state
            r.inFlight = true;
            r.answer.content = text(rng, 100);
            store.put(r);
            report(r.id, "inflight");
        }
        r.inFlight = false;
        r.status = 200;
        r.durationMs = 800;
        r.answer.content = text(rng, 200 + rng.bounded(1500));
        store.put(r);
        report(r.id, "final");
        // Keep to the rate; let queued signals through now and then.
        const qint64 dueNs = (n + 1) * 1'000'000'000LL / rate;
        if (const qint64 ahead = dueNs - clock.nsecsElapsed(); ahead > 0)
            QThread::usleep(quint64(ahead / 1000));
        if (n % 64 == 0)
            QCoreApplication::processEvents();
    }
}
