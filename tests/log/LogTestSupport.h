#pragma once

#include "log/TextLog.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <mutex>

namespace mygpt::test {

// A temporary log folder, a clock the test moves, and the console lines captured.
class LogHarness final
{
public:
    LogHarness() = default;

    TextLogOptions options(LogLevel level = LogLevel::Info)
    {
        TextLogOptions o;
        o.directory = dir.path();
        o.level = level;
        o.clock = [this] {
            const std::lock_guard lock(m_mutex);
            return m_now;
        };
        o.consoleSink = [this](QByteArrayView line) {
            const std::lock_guard lock(m_mutex);
            m_console.append(line.toByteArray());
        };
        return o;
    }

    void setNow(const QDateTime &now)
    {
        const std::lock_guard lock(m_mutex);
        m_now = now;
    }

    QByteArrayList consoleLines()
    {
        const std::lock_guard lock(m_mutex);
        return splitLines(m_console.join());
    }

    QString path(const QString &name) const { return dir.filePath(name); }
    QByteArrayList lines(const QString &name) const { return fileLines(path(name)); }
    QByteArrayList mainLines() const { return lines(QStringLiteral("mygpt_2026-11-27.log")); }
    QByteArrayList errorLines() const
    {
        return lines(QStringLiteral("mygpt_error_2026-11-27.log"));
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files, QDir::Name); }

    static QByteArrayList splitLines(const QByteArray &text)
    {
        QByteArrayList lines = text.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    static QByteArrayList fileLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return splitLines(file.readAll());
    }

    // "2026-11-27 17:00:00.123 INFO - x" -> "INFO - x"
    static QByteArrayList withoutTime(const QByteArrayList &lines)
    {
        QByteArrayList out;
        for (const QByteArray &line : lines)
            out.append(line.mid(24));
        return out;
    }

    QTemporaryDir dir;

private:
    std::mutex m_mutex;
    QDateTime m_now { QDate(2026, 11, 27), QTime(17, 0, 0, 123) };
    QByteArrayList m_console;
};

} // namespace mygpt::test
