#include "log/LogWriter.h"

#include "log/LocalClock.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString overflowMessage(qint64 dropped)
{
    const int n = dropped > INT_MAX ? INT_MAX : int(dropped);
    return QCoreApplication::translate(
        "TextLog", "⚠️ Log queue overflow: %n line(s) dropped", nullptr, n);
}

} // namespace

LogWriter::LogWriter(LogWriterOptions options)
    : m_options(std::move(options))
{
    if (!m_options.clock) {
        auto clock = std::make_shared<LocalClock>();
        m_options.clock = [clock] { return clock->now(); };
    }
    if (m_options.maxQueuedLines < 1)
        m_options.maxQueuedLines = 1;
    // Well before the queue overflows, a flood stops the gathering pause.
    m_gatherLines = std::clamp<qsizetype>(m_options.maxQueuedLines / 2, 1, 4096);
    if (!m_options.directory.isEmpty())
        m_files = std::make_unique<LogFiles>(m_options.directory, m_options.limits);
    m_thread = std::thread([this] { run(); });
}

LogWriter::~LogWriter()
{
    shutdown();
}

void LogWriter::push(LogLevel level, const QString &text)
{
    push(QList<LogMessage> { LogMessage { level, text } });
}

void LogWriter::push(const QList<LogMessage> &messages)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped) {
        // Late lines (after shutdown) are written by the caller, still whole.
        const QDateTime time = m_options.clock();
        lock.unlock();
        std::deque<Entry> late;
        for (const LogMessage &m : messages)
            late.push_back(Entry { time, m.level, m.text });
        const std::lock_guard write(m_writeMutex);
        writeBatch(late);
        return;
    }
    // Stamped under the lock, so that the files are in time order whatever the threads.
    const QDateTime time = m_options.clock();
    const bool wasEmpty = m_queue.empty();
    for (const LogMessage &m : messages) {
        while (qsizetype(m_queue.size()) >= m_options.maxQueuedLines)
            dropOneLocked();
        m_queue.push_back(Entry { time, m.level, m.text });
        ++m_queued;
    }
    const bool gathered = !wasEmpty && qsizetype(m_queue.size()) >= m_gatherLines
        && qsizetype(m_queue.size()) - qsizetype(messages.size()) < m_gatherLines;
    lock.unlock();
    // A queue that was not empty already woke the writer, which has not taken it yet.
    if (wasEmpty || gathered)
        m_wake.notify_one();
}

void LogWriter::dropOneLocked()
{
    // The oldest debug/info line; only a queue full of warnings loses one of them.
    auto victim = m_queue.begin();
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->level <= LogLevel::Info) {
            victim = it;
            break;
        }
    }
    m_queue.erase(victim);
    ++m_done;
    ++m_dropped;
    ++m_droppedUnreported;
}

qint64 LogWriter::droppedLines() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

bool LogWriter::flush(int timeoutMs)
{
    if (std::this_thread::get_id() == m_thread.get_id())
        return false; // the writer itself, e.g. a warning raised inside a sink
    std::unique_lock lock(m_mutex);
    const qint64 target = m_queued;
    const auto done = [&] { return m_done >= target || m_stopped; };
    if (target > m_flushTarget) {
        m_flushTarget = target;
        m_wake.notify_one(); // ends the gathering pause
    }
    if (timeoutMs < 0) {
        m_written.wait(lock, done);
        return true;
    }
    return m_written.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

void LogWriter::shutdown()
{
    std::call_once(m_shutdownOnce, [this] {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        std::deque<Entry> late;
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
            late.swap(m_queue); // queued while the thread was leaving
            m_done += qint64(late.size());
        }
        const std::lock_guard write(m_writeMutex);
        writeBatch(late);
        m_written.notify_all();
    });
}

void LogWriter::run()
{
#if defined(Q_OS_LINUX)
    // Named like the store's writer, so that top -H and /proc tell it from the main thread.
    pthread_setname_np(pthread_self(), "mygpt-log");
#endif
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            break; // stopping, and everything is written
        // Pushes meanwhile do not wake us: the queue is not empty.
        m_wake.wait_for(lock, std::chrono::milliseconds(m_options.gatherMs),
            [this] {
                return m_stopping || m_flushTarget > m_done
                    || qsizetype(m_queue.size()) >= m_gatherLines;
            });
        std::deque<Entry> batch;
        batch.swap(m_queue);
        const qint64 dropped = std::exchange(m_droppedUnreported, 0);
        lock.unlock();
        const qint64 lines = qint64(batch.size());
        if (dropped > 0)
            batch.push_back(Entry { m_options.clock(), LogLevel::Warning, overflowMessage(dropped) });
        {
            const std::lock_guard write(m_writeMutex);
            writeBatch(batch);
        }
        lock.lock();
        m_done += lines;
        m_written.notify_all();
    }
}

void LogWriter::writeBatch(const std::deque<Entry> &batch)
{
    // One write() per file and one console call for all the lines that queued up meanwhile,
    // instead of two or three per line.
    QByteArray console, main, errors;
    QDate day;
    QDateTime stampTime;
    QByteArray stamp;
    for (const Entry &entry : batch) {
        if (stamp.isEmpty() || entry.time != stampTime) {
            // Lines pushed together share one stamp: date and time are worked out once.
            stampTime = entry.time;
            stamp = logStamp(entry.time);
            if (const QDate date = entry.time.date(); date != day) {
                writeFiles(day, main, errors);
                main.clear();
                errors.clear();
                day = date;
            }
        }
        // Formatted once, into the main file's chunk; the other sinks copy it from there.
        const qsizetype start = main.size();
        appendLogLine(main, stamp, entry.level, entry.text);
        const QByteArrayView line = QByteArrayView(main).sliced(start);
        if (m_options.console)
            console += line;
        if (entry.level >= LogLevel::Warning)
            errors += line;
    }
    if (!console.isEmpty())
        m_options.console(console);
    writeFiles(day, main, errors);
}

void LogWriter::writeFiles(QDate day, const QByteArray &lines, const QByteArray &errorLines)
{
    if (!m_files || lines.isEmpty())
        return;
    if (m_files->write(day, lines, errorLines)) {
        m_failing = false;
        return;
    }
    if (m_failing)
        return; // said once; a full disk would otherwise double every line
    m_failing = true;
    const QByteArray report = formatLogLine(m_options.clock(), LogLevel::Error,
        QCoreApplication::translate("TextLog", "❌ Cannot write the log file: %1")
            .arg(m_files->errorString()));
    if (m_options.console) {
        m_options.console(report);
    } else {
        std::fwrite(report.constData(), 1, size_t(report.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace mygpt
