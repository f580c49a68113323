#include "config/ConfigValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace mygpt::config {

namespace {

constexpr qint64 maxCaFileSize = 16 * 1024 * 1024;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "", "b" -> 1; "k", "kb", "kib" -> 1024; likewise m and g. 0 for anything else.
qint64 unitOf(QStringView suffix)
{
    if (suffix.isEmpty() || suffix == u"b")
        return 1;
    const QStringView rest = suffix.sliced(1);
    if (!rest.isEmpty() && rest != u"b" && rest != u"ib")
        return 0;
    switch (suffix.front().unicode()) {
    case u'k':
        return qint64(1) << 10;
    case u'm':
        return qint64(1) << 20;
    case u'g':
        return qint64(1) << 30;
    default:
        return 0;
    }
}

QString formatSize(qint64 bytes)
{
    for (const auto &[unit, suffix] : { std::pair { qint64(1) << 30, u'G' },
             { qint64(1) << 20, u'M' }, { qint64(1) << 10, u'K' } }) {
        if (bytes % unit == 0)
            return QString::number(bytes / unit) + QChar(suffix);
    }
    return QString::number(bytes);
}

} // namespace

std::optional<quint16> parsePort(QStringView text, QString *why)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (ok && port >= 1 && port <= 65535)
        return quint16(port);
    *why = QCoreApplication::translate("mygpt::Config", "is not a port number (1-65535)");
    return std::nullopt;
}

std::optional<int> parseSeconds(QStringView text, QString *why)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok && seconds >= 1 && seconds <= maxTimeoutSec)
        return seconds;
    *why = QCoreApplication::translate("mygpt::Config", "is not a number of seconds (1-%1)")
               .arg(maxTimeoutSec);
    return std::nullopt;
}

std::optional<qint64> parseByteSize(QStringView text, qint64 limit, QString *why)
{
    qsizetype digits = 0;
    while (digits < text.size() && isAsciiDigit(text[digits]))
        ++digits;
    bool ok = false;
    const qint64 number = digits > 0 ? text.first(digits).toLongLong(&ok) : 0;
    const qint64 unit = unitOf(text.sliced(digits).trimmed().toString().toLower());
    if (!ok || number <= 0 || unit == 0) {
        *why = QCoreApplication::translate("mygpt::Config",
            "is not a size (a positive number of bytes, or with a K, M or G "
            "suffix such as 32M)");
        return std::nullopt;
    }
    if (number > limit / unit) {
        *why = QCoreApplication::translate("mygpt::Config", "is too large (at most %1)")
                   .arg(formatSize(limit));
        return std::nullopt;
    }
    return number * unit;
}

std::optional<QString> parseHost(QStringView text, QString *why)
{
    QStringView host = text;
    if (host.size() >= 2 && host.front() == u'[' && host.back() == u']')
        host = host.sliced(1, host.size() - 2);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return u"localhost"_s;
    // Qt also takes "127.1", "8000" and octal "010.0.0.1" as IPv4; only the canonical
    // dotted quad is unambiguous.
    QHostAddress address;
    if (address.setAddress(host.toString()) && (host.contains(u':') || address.toString() == host))
        return address.toString();
    *why = QCoreApplication::translate("mygpt::Config", "is not an IP address or localhost");
    return std::nullopt;
}

bool isLoopbackHost(QStringView host)
{
    if (host.size() >= 2 && host.front() == u'[' && host.back() == u']')
        host = host.sliced(1, host.size() - 2);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host.toString()) && address.isLoopback();
}

std::optional<QString> parseLogLevel(QStringView text, QString *why)
{
    const QString level = text.toString().toLower();
    if (level == u"warn")
        return u"warning"_s;
    if (level == u"debug" || level == u"info" || level == u"warning" || level == u"error")
        return level;
    *why
        = QCoreApplication::translate("mygpt::Config", "is not one of debug, info, warning, error");
    return std::nullopt;
}

std::optional<bool> parseSwitch(QStringView text, QString *why)
{
    const QString value = text.toString().toLower();
    if (value == u"on" || value == u"true" || value == u"yes" || value == u"1")
        return true;
    if (value == u"off" || value == u"false" || value == u"no" || value == u"0")
        return false;
    *why = QCoreApplication::translate("mygpt::Config", "is not on or off");
    return std::nullopt;
}

std::optional<int> parseDays(QStringView text, QString *why)
{
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 1 || days > 36500) {
        *why = QCoreApplication::translate("mygpt::Config", "is not a number of days (1-36500)");
        return std::nullopt;
    }
    return days;
}

std::optional<ContentPolicy> parseContentPolicy(QStringView text, QString *why)
{
    ContentPolicy policy;
    if (!ContentPolicy::parse(text, &policy)) {
        *why = QCoreApplication::translate(
            "mygpt::Config", "is not full, metadata or a number of characters");
        return std::nullopt;
    }
    return policy;
}

std::optional<QByteArray> parseKey(QStringView text, QString *why)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            *why = QCoreApplication::translate(
                "mygpt::Config", "must be printable ASCII without spaces");
            return std::nullopt;
        }
    }
    return text.toLatin1();
}

std::optional<QString> checkCaFile(const QString &absolutePath, QString *why)
{
    const QFileInfo info(absolutePath);
    QFile file(absolutePath);
    QString reason;
    if (!info.exists())
        reason = QCoreApplication::translate("mygpt::Config", "No such file or directory");
    else if (info.isDir())
        reason = QCoreApplication::translate("mygpt::Config", "Is a directory");
    else if (!file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    if (!reason.isEmpty()) {
        *why = QCoreApplication::translate("mygpt::Config", "cannot be read: %1").arg(reason);
        return std::nullopt;
    }
    if (!file.read(maxCaFileSize).contains("-----BEGIN CERTIFICATE-----")) {
        *why = QCoreApplication::translate(
            "mygpt::Config", "does not contain a PEM certificate (-----BEGIN CERTIFICATE-----)");
        return std::nullopt;
    }
    return absolutePath;
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 120;
    QStringView shown = text.first(std::min(text.size(), maxShown));
    if (shown.size() < text.size() && shown.back().isHighSurrogate())
        shown.chop(1);
    QString out;
    out.reserve(shown.size() + 8);
    out += u'"';
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += u"\\n";
        else if (u == u'\t')
            out += u"\\t";
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    if (shown.size() < text.size())
        out += u"...";
    out += u'"';
    return out;
}

} // namespace mygpt::config
