#include "config/DotEnv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// Stop collecting after this many: a binary file fed by mistake would otherwise yield one
// error per line, and nobody reads past the first few.
constexpr qsizetype maxErrors = 100;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool isKeyStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isKeyChar(char c)
{
    return isKeyStart(c) || (c >= '0' && c <= '9');
}

bool isValidKey(QByteArrayView key)
{
    if (key.isEmpty() || !isKeyStart(key.front()))
        return false;
    return std::all_of(key.begin(), key.end(), isKeyChar);
}

// CRLF -> LF up front, so the parser (and multi-line quoted values) only ever see '\n'.
QByteArray normalised(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        out.append(text[i]);
    }
    return out;
}

class Parser final
{
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
    { }

    DotEnvResult run()
    {
        while (!atEnd() && m_result.errors.size() < maxErrors) {
            skipBlanks();
            if (atEnd())
                break;
            if (peek() == '\n')
                nextLine();
            else if (peek() == '#')
                skipRestOfLine();
            else
                parseAssignment();
        }
        if (m_result.errors.size() >= maxErrors)
            m_result.errors.append({ m_line,
                QCoreApplication::translate(
                    "mygpt::Config", "too many errors; not a .env file?") });
        return std::move(m_result);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    bool atLineEnd() const { return atEnd() || peek() == '\n'; }

    void nextLine()
    {
        ++m_pos;
        if (m_line < std::numeric_limits<int>::max()) // inputs over 2 GiB must not overflow
            ++m_line;
    }

    bool skipBlanks()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isBlank(peek()))
            ++m_pos;
        return m_pos != start;
    }

    void skipRestOfLine()
    {
        while (!atEnd() && peek() != '\n')
            ++m_pos;
        if (!atEnd())
            nextLine();
    }

    QByteArrayView readWord()
    {
        const qsizetype start = m_pos;
        while (!atLineEnd() && !isBlank(peek()) && peek() != '=')
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    void fail(int line, const QString &message)
    {
        m_result.errors.append({ line, message });
        skipRestOfLine();
    }

    void parseAssignment()
    {
        const int line = m_line;
        QByteArrayView key = readWord();
        if (key == "export" && skipBlanks() && !atLineEnd() && peek() != '=')
            key = readWord();
        skipBlanks();
        if (atLineEnd() || peek() != '=')
            return fail(line,
                QCoreApplication::translate("mygpt::Config", "missing '=' (expected KEY=value)"));
        if (!isValidKey(key))
            return fail(line,
                QCoreApplication::translate(
                    "mygpt::Config", "invalid variable name (use letters, digits and _)"));
        ++m_pos; // '='
        const bool blankBeforeValue = skipBlanks();
        QByteArray value;
        if (!atEnd() && (peek() == '"' || peek() == '\'')) {
            if (!parseQuoted(value))
                return; // unterminated: the rest of the input is gone
            skipBlanks();
            if (!atLineEnd() && peek() != '#')
                return fail(line,
                    QCoreApplication::translate(
                        "mygpt::Config", "unexpected text after the closing quote"));
        } else {
            value = unquotedValue(blankBeforeValue);
        }
        skipRestOfLine();
        if (QByteArrayView(value).isValidUtf8())
            m_result.entries.append({ QString::fromLatin1(key), QString::fromUtf8(value), line });
        else
            m_result.errors.append(
                { line, QCoreApplication::translate("mygpt::Config", "value is not valid UTF-8") });
    }

    // Single quotes are literal; double quotes know \n \t \" \\ and keep any other
    // backslash as is. Both may span lines, as in python-dotenv.
    bool parseQuoted(QByteArray &value)
    {
        const int line = m_line;
        const char quote = peek();
        ++m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == quote) {
                ++m_pos;
                return true;
            }
            if (c == '\\' && quote == '"' && m_pos + 1 < m_text.size()) {
                const char next = m_text[m_pos + 1];
                const char decoded = next == 'n' ? '\n' : next == 't' ? '\t' : next;
                if (next == 'n' || next == 't' || next == '"' || next == '\\') {
                    value.append(decoded);
                    m_pos += 2;
                    continue;
                }
            }
            value.append(c);
            if (c == '\n')
                nextLine();
            else
                ++m_pos;
        }
        m_result.errors.append(
            { line, QCoreApplication::translate("mygpt::Config", "unterminated quote") });
        return false;
    }

    // The rest of the line, minus a " # comment" and trailing blanks.
    QByteArray unquotedValue(bool blankBefore)
    {
        const qsizetype start = m_pos;
        qsizetype end = start;
        bool previousBlank = blankBefore;
        for (; !atLineEnd(); ++m_pos) {
            if (peek() == '#' && previousBlank)
                break;
            previousBlank = isBlank(peek());
            if (!previousBlank)
                end = m_pos + 1;
        }
        return m_text.sliced(start, end - start).toByteArray();
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    DotEnvResult m_result;
};

} // namespace

DotEnvResult parseDotEnv(QByteArrayView text)
{
    const QByteArray data = normalised(text);
    return Parser(data).run();
}

DotEnvFile loadDotEnvFile(const QString &path)
{
    DotEnvFile file;
    const QFileInfo info(path);
    file.path = info.absoluteFilePath();
    if (!info.exists()) {
        file.errorString
            = QCoreApplication::translate("mygpt::Config", "No such file or directory");
        return file;
    }
    file.status = DotEnvFile::Status::Unreadable;
    if (info.isDir()) {
        file.errorString = QCoreApplication::translate("mygpt::Config", "Is a directory");
        return file;
    }
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.errorString = device.errorString();
        return file;
    }
    const QByteArray data = device.read(maxDotEnvFileSize + 1);
    if (device.error() != QFileDevice::NoError) {
        file.errorString = device.errorString();
        return file;
    }
    if (data.size() > maxDotEnvFileSize) {
        file.errorString = QCoreApplication::translate(
            "mygpt::Config", "larger than 1 MiB, which is not a .env file");
        return file;
    }
    file.result = parseDotEnv(data);
    file.status = file.result.ok() ? DotEnvFile::Status::Loaded : DotEnvFile::Status::Malformed;
    return file;
}

} // namespace mygpt
