#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace mygpt {

// Severity of a log line, in the order the configured level filters them.
enum class LogLevel { Debug, Info, Warning, Error, Fatal };

// "debug", "info", "warning" (or "warn"), "error" (or "critical"); nullopt otherwise.
std::optional<LogLevel> parseLogLevel(QStringView text);
// The word printed in every line: DEBUG, INFO, WARNING, ERROR, FATAL.
QByteArrayView levelName(LogLevel level);
LogLevel levelOf(QtMsgType type);

// One line ready for the sinks: "2026-11-27 17:00:00.123 INFO - message\n" in UTF-8, the
// same shape as the app's console pattern. `time` is local time. Control characters are
// replaced, and continuation lines of a multi-line message are indented, so every line that
// starts with a timestamp really is a new entry (an answer cannot forge log lines).
QByteArray formatLogLine(const QDateTime &time, LogLevel level, QStringView message);

// The same in two steps, for a writer that formats many lines with the same stamp:
// "2026-11-27 17:00:00.123" for `time`, and the line appended to `out` with that stamp.
QByteArray logStamp(const QDateTime &time);
void appendLogLine(QByteArray &out, QByteArrayView stamp, LogLevel level, QStringView message);

} // namespace mygpt
