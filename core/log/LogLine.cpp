#include "log/LogLine.h"

#include <algorithm>

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

char *putNumber(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// C0/C1 controls and the bidirectional overrides that could reorder what a terminal shows.
bool isUnsafe(char32_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

char *putUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xc0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *out++ = char(0xe0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    } else {
        *out++ = char(0xf0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3f));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
    return out;
}

} // namespace

QByteArray logStamp(const QDateTime &time)
{
    // Hand-formatted: QDateTime::toString() would cost more than the rest of the line.
    int year = 0, month = 0, day = 0;
    time.date().getDate(&year, &month, &day);
    const QTime t = time.time();
    QByteArray stamp(23, Qt::Uninitialized);
    char *out = stamp.data();
    out = putNumber(out, year, 4);
    *out++ = '-';
    out = putNumber(out, month, 2);
    *out++ = '-';
    out = putNumber(out, day, 2);
    *out++ = ' ';
    out = putNumber(out, t.hour(), 2);
    *out++ = ':';
    out = putNumber(out, t.minute(), 2);
    *out++ = ':';
    out = putNumber(out, t.second(), 2);
    *out++ = '.';
    putNumber(out, t.msec(), 3);
    return stamp;
}

void appendLogLine(QByteArray &out, QByteArrayView stamp, LogLevel level, QStringView message)
{
    // Written straight into `out`, sized for the worst case and cut back after: this runs for
    // every line, and appending piece by piece cost more than the UTF-8 conversion itself.
    // A UTF-16 unit takes at most 3 bytes, a line break 5 ("\n" and the indent).
    const QByteArrayView name = levelName(level);
    const qsizetype breaks = std::count_if(message.begin(), message.end(),
        [](QChar c) { return c == u'\n' || c == u'\r'; });
    const qsizetype start = out.size();
    out.resize(start + stamp.size() + name.size() + 5 + message.size() * 3 + breaks * 2);
    char *p = out.data() + start;
    p = std::copy(stamp.begin(), stamp.end(), p);
    *p++ = ' ';
    p = std::copy(name.begin(), name.end(), p);
    *p++ = ' ';
    *p++ = '-';
    *p++ = ' ';
    const qsizetype n = message.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = message[i].unicode();
        if (c < 0x80 && c >= 0x20 && c != 0x7f) {
            *p++ = char(c); // the common case
            continue;
        }
        if (c == u'\r' && i + 1 < n && message[i + 1] == u'\n')
            continue; // CRLF counts as one line break
        if (c == u'\n' || c == u'\r') {
            p = std::copy_n("\n    ", 5, p);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && message[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), message[++i].unicode());
        } else if (QChar::isSurrogate(c) || isUnsafe(c)) {
            c = QChar::ReplacementCharacter;
        }
        p = putUtf8(p, c);
    }
    *p++ = '\n';
    out.resize(p - out.constData());
}

QByteArray formatLogLine(const QDateTime &time, LogLevel level, QStringView message)
{
    QByteArray line;
    appendLogLine(line, logStamp(time), level, message);
    return line;
}

} // namespace mygpt
