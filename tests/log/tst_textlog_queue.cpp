// TextLog's writer queue: nothing lost at shutdown or after it, whatever the threads, and a
// flood never blocks the caller but drops old debug/info lines, never warnings.
#include "LogTestSupport.h"
#include "log/Translations.h"

#include <QSemaphore>
#include <QTest>
#include <atomic>
#include <thread>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

class TestTextLogQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslations(u"en"_s)); } // English plurals
    void shutdownWritesEveryLine_data();
    void shutdownWritesEveryLine();
    void overflowDropsOldInfoNotWarnings();
};

void TestTextLogQueue::shutdownWritesEveryLine_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("destructor");
    QTest::newRow("one thread, shutdown()") << 1 << false;
    QTest::newRow("four threads, destructor") << 4 << true;
}

void TestTextLogQueue::shutdownWritesEveryLine()
{
    QFETCH(int, threads);
    QFETCH(bool, destructor);
    LogHarness h;
    auto log = std::make_unique<TextLog>(h.options());
    const int perThread = 10'000 / threads;
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t) {
        writers.emplace_back([&log, t, perThread] {
            for (int i = 0; i < perThread; ++i)
                log->write(LogLevel::Info, u"thread %1 line %2"_s.arg(t).arg(i));
        });
    }
    for (std::thread &w : writers)
        w.join();
    if (destructor) {
        log.reset();
    } else {
        log->shutdown();
        log->write(LogLevel::Info, u"late line"_s); // written by the caller now
    }
    const QByteArrayList lines = h.mainLines();
    QCOMPARE(lines.size(), 10'000 + (destructor ? 0 : 1));
    for (int t = 0; t < threads; ++t) // every thread's lines, in its order
        QVERIFY(lines.contains("2026-11-27 17:00:00.123 INFO - thread " + QByteArray::number(t)
            + " line " + QByteArray::number(perThread - 1)));
    QCOMPARE(h.consoleLines().size(), lines.size());
}

void TestTextLogQueue::overflowDropsOldInfoNotWarnings()
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.maxQueuedLines = 100;
    QSemaphore entered, release;
    std::atomic<bool> first = true;
    options.consoleSink = [&](QByteArrayView) { // a terminal that hangs on the first line
        if (first.exchange(false)) {
            entered.release();
            release.acquire();
        }
    };
    TextLog log(options);
    log.write(LogLevel::Info, u"first"_s);
    QVERIFY(entered.tryAcquire(1, 5000));
    for (int i = 0; i < 300; ++i) // never blocks although nothing is written
        log.write(i == 10 ? LogLevel::Warning : LogLevel::Info, u"line %1"_s.arg(i));
    QCOMPARE(log.droppedLines(), 200);
    release.release();
    QVERIFY(log.flush(5000));
    const QByteArrayList lines = LogHarness::withoutTime(h.mainLines());
    QCOMPARE(lines.size(), 1 + 100 + 1);
    QCOMPARE(lines.at(0), "INFO - first");
    QCOMPARE(lines.at(1), "WARNING - line 10"); // the warning survived the flood
    QCOMPARE(lines.at(2), "INFO - line 201"); // then the newest 99 infos
    QCOMPARE(lines.at(100), "INFO - line 299");
    QCOMPARE(lines.at(101), "WARNING - ⚠️ Log queue overflow: 200 lines dropped");
}

QTEST_GUILESS_MAIN(TestTextLogQueue)
#include "tst_textlog_queue.moc"
