// TextLog's writer queue: nothing lost at shutdown or after it, whatever the threads, and a
// flood never blocks the caller but drops old debug/info lines, never warnings.
#include "LogTestSupport.h"
#include "log/Translations.h"

#include <QFileInfo>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
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
    void aBacklogGoesOutInOneCallAndRotatesBetweenLines();
    void linesPushedCloseTogetherGoOutInOneCall();
    void flushAndShutdownDoNotWaitForTheGathering();
    void aFloodEndsTheGathering();
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

// Lines that queued up while the writer was busy go out together: one console call and one
// write() per file instead of one (or two) per line. A backlog larger than a log file still
// rotates between lines, never splitting one or letting a file pass the limit.
void TestTextLogQueue::aBacklogGoesOutInOneCallAndRotatesBetweenLines()
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.rotation = { 2048, 10 };
    QSemaphore entered, release;
    std::atomic<bool> first = true;
    std::atomic<int> calls = 0;
    QByteArray backlog;
    options.consoleSink = [&](QByteArrayView lines) {
        ++calls;
        if (first.exchange(false)) { // holds the writer until the backlog is queued
            entered.release();
            release.acquire();
        } else {
            backlog += lines.toByteArray();
        }
    };
    TextLog log(options);
    log.write(LogLevel::Info, u"first"_s);
    QVERIFY(entered.tryAcquire(1, 5000));
    constexpr int Backlog = 100;
    for (int i = 0; i < Backlog; ++i) // 64-byte lines (the warning 67): 32 fill a 2 KB file
        log.write(i == 50 ? LogLevel::Warning : LogLevel::Info,
                  u"backlog line %1 of the batch."_s.arg(i, 5, 10, QLatin1Char('0')));
    release.release();
    QVERIFY(log.flush(5000));
    QCOMPARE(calls.load(), 2);
    QCOMPARE(backlog.count('\n'), Backlog);

    // About 6.5 KB of lines in 2 KB files: three full backups and the current file, each at
    // most 2 KB; oldest first, the lines count up without a gap.
    const QStringList expected { u"mygpt_2026-11-27.log"_s, u"mygpt_2026-11-27.log.1"_s,
                                 u"mygpt_2026-11-27.log.2"_s, u"mygpt_2026-11-27.log.3"_s,
                                 u"mygpt_error_2026-11-27.log"_s };
    QCOMPARE(h.files(), expected);
    QByteArrayList all;
    for (const QString &name : { expected[3], expected[2], expected[1], expected[0] }) {
        QVERIFY(QFileInfo(h.path(name)).size() <= 2048);
        all += h.lines(name);
    }
    QCOMPARE(all.size(), 1 + Backlog);
    QVERIFY(all.at(0).endsWith("INFO - first"));
    for (int i = 0; i < Backlog; ++i) {
        QVERIFY2(all.at(1 + i).contains(u" line %1 "_s.arg(i, 5, 10, QLatin1Char('0')).toUtf8()),
                 all.at(1 + i).constData());
    }
    const QByteArrayList errors = h.lines(expected[4]);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).contains("WARNING - backlog line 00050 "));
}

// The writer lets lines gather before writing them: one wake-up and one console call (and
// write() per file) for the lines of many requests, not two per request.
void TestTextLogQueue::linesPushedCloseTogetherGoOutInOneCall()
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.gatherMs = 400;
    std::atomic<int> calls = 0;
    const auto capture = options.consoleSink;
    options.consoleSink = [&](QByteArrayView lines) {
        ++calls;
        capture(lines);
    };
    TextLog log(options);
    for (int i = 0; i < 3; ++i) {
        log.write(LogLevel::Info, u"request %1"_s.arg(i));
        QThread::msleep(20);
    }
    QCOMPARE(calls.load(), 0); // still gathering
    QTRY_COMPARE_WITH_TIMEOUT(h.consoleLines().size(), 3, 5000);
    QCOMPARE(calls.load(), 1);
    QCOMPARE(h.mainLines().size(), 3);
}

// A fatal message flushes before Qt aborts, and the app flushes before it exits: neither may
// sit out the pause.
void TestTextLogQueue::flushAndShutdownDoNotWaitForTheGathering()
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.gatherMs = 60'000;
    QElapsedTimer timer;
    timer.start();
    {
        TextLog log(options);
        log.write(LogLevel::Info, u"before the flush"_s);
        QThread::msleep(100); // the writer is in its pause now
        QVERIFY(log.flush(30'000));
        QCOMPARE(h.mainLines().size(), 1);
        QVERIFY(log.flush(30'000)); // nothing queued: returns at once too
        log.write(LogLevel::Info, u"before the shutdown"_s);
        QThread::msleep(100);
    }
    QVERIFY2(timer.elapsed() < 10'000, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(LogHarness::withoutTime(h.mainLines()),
             QByteArrayList({ "INFO - before the flush", "INFO - before the shutdown" }));
}

// Lines arriving faster than the pause is long are written before the queue could overflow.
void TestTextLogQueue::aFloodEndsTheGathering()
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.gatherMs = 60'000;
    options.maxQueuedLines = 100; // the pause ends at 50 queued lines
    TextLog log(options);
    log.write(LogLevel::Info, u"line 0"_s);
    QThread::msleep(100); // the writer is in its pause now
    for (int i = 1; i < 60; ++i)
        log.write(LogLevel::Info, u"line %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(h.consoleLines().size() >= 50, 10'000);
    QCOMPARE(log.droppedLines(), 0);
}

QTEST_GUILESS_MAIN(TestTextLogQueue)
#include "tst_textlog_queue.moc"
