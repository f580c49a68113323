#include "log/LogLine.h"

using namespace Qt::StringLiterals;

namespace mygpt {

std::optional<LogLevel> parseLogLevel(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"debug"_s)
        return LogLevel::Debug;
    if (t == u"info"_s)
        return LogLevel::Info;
    if (t == u"warning"_s || t == u"warn"_s)
        return LogLevel::Warning;
    if (t == u"error"_s || t == u"critical"_s)
        return LogLevel::Error;
    return std::nullopt;
}

QByteArrayView levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "DEBUG";
    case LogLevel::Info:
        return "INFO";
    case LogLevel::Warning:
        return "WARNING";
    case LogLevel::Error:
        return "ERROR";
    case LogLevel::Fatal:
        return "FATAL";
    }
    return "INFO";
}

LogLevel levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
        return LogLevel::Error;
    case QtFatalMsg:
        return LogLevel::Fatal;
    }
    return LogLevel::Info;
}

namespace {

void appendNumber(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// C0/C1 controls and the bidirectional overrides that could reorder what a terminal shows.
bool isUnsafe(char32_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QByteArray formatLogLine(const QDateTime &time, LogLevel level, QStringView message)
{
    // Hand-formatted: QDateTime::toString() would cost more than the rest of the line.
    const QDate d = time.date();
    const QTime t = time.time();
    QByteArray line;
    line.reserve(32 + message.size() * 3);
    appendNumber(line, d.year(), 4);
    line += '-';
    appendNumber(line, d.month(), 2);
    line += '-';
    appendNumber(line, d.day(), 2);
    line += ' ';
    appendNumber(line, t.hour(), 2);
    line += ':';
    appendNumber(line, t.minute(), 2);
    line += ':';
    appendNumber(line, t.second(), 2);
    line += '.';
    appendNumber(line, t.msec(), 3);
    line += ' ';
    line += levelName(level);
    line += " - ";

    // Fast path: nothing to replace.
    bool clean = true;
    for (const QChar c : message) {
        if (isUnsafe(c.unicode())) {
            clean = false;
            break;
        }
    }
    if (clean) {
        line += message.toUtf8();
    } else {
        QString text;
        text.reserve(message.size() + 16);
        for (qsizetype i = 0; i < message.size(); ++i) {
            const char16_t c = message.at(i).unicode();
            if (c == u'\r' && i + 1 < message.size() && message.at(i + 1) == u'\n')
                continue; // CRLF counts as one line break
            if (c == u'\n' || c == u'\r')
                text += u"\n    "_s;
            else if (isUnsafe(c))
                text += QChar(0xfffd);
            else
                text += QChar(c);
        }
        line += text.toUtf8();
    }
    line += '\n';
    return line;
}

} // namespace mygpt
