#pragma once

#include "log/LogFiles.h"
#include "log/LogLine.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace mygpt {

struct LogMessage
{
    LogLevel level = LogLevel::Info;
    QString text;
};

struct LogWriterOptions
{
    QString directory; // empty: no files
    RotationLimits limits;
    qsizetype maxQueuedLines = 100'000; // beyond that, old debug/info lines go
    // After the first line of a batch, how long the writer lets more gather before writing:
    // one wake-up and one write() per file for all of them instead of two per request, which
    // on a busy core each took the proxy's thread off the CPU. flush() and shutdown() skip it.
    int gatherMs = 10;
    std::function<QDateTime()> clock; // local time; empty: the system clock
    std::function<void(QByteArrayView)> console; // whole formatted lines; empty: no console
};

// Writes log lines on its own thread so that callers never wait for a disk or a terminal.
// The queue is bounded: when it overflows, the oldest debug/info lines are dropped (and the
// number is logged), never the caller blocked. After shutdown() lines are written at once.
class LogWriter final
{
public:
    explicit LogWriter(LogWriterOptions options);
    ~LogWriter();
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    // Stamps and queues lines; the lines of one call stay together in the files.
    void push(LogLevel level, const QString &text);
    void push(const QList<LogMessage> &messages);
    // Waits until every line queued before the call is written; false on timeout.
    bool flush(int timeoutMs = -1);
    // Writes what is queued, then stops the thread. Idempotent.
    void shutdown();
    qint64 droppedLines() const;

private:
    struct Entry
    {
        QDateTime time;
        LogLevel level;
        QString text;
    };
    void run();
    void writeBatch(const std::deque<Entry> &batch);
    void writeFiles(QDate day, const QByteArray &lines, const QByteArray &errorLines);
    void dropOneLocked();

    LogWriterOptions m_options;
    std::unique_ptr<LogFiles> m_files;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // the writer: lines queued or stopping
    std::condition_variable m_written; // flush(): progress
    std::deque<Entry> m_queue;
    qint64 m_queued = 0; // lines ever queued
    qint64 m_done = 0; // lines written or dropped
    qint64 m_dropped = 0; // in total
    qint64 m_droppedUnreported = 0;
    qsizetype m_gatherLines = 1; // a queue this long is written at once
    qint64 m_flushTarget = 0; // lines a flush() waits for: written without gathering
    bool m_stopping = false;
    bool m_stopped = false;
    bool m_failing = false; // a file error was reported; quiet until writing works again
    std::mutex m_writeMutex; // sinks: the thread, or callers after shutdown
    std::once_flag m_shutdownOnce;
    std::thread m_thread;
};

} // namespace mygpt
