#include "log/LogFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions notOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

} // namespace

// One file name and its numbered backups.
class LogFiles::Rotating final
{
public:
    Rotating(QString path, RotationLimits limits)
        : m_path(std::move(path))
        , m_limits(limits)
    { }

    bool write(QByteArrayView lines, QString *error)
    {
        bool rotated = false; // at most once per line, even if the old file will not move
        while (!lines.isEmpty()) {
            if (!m_file.isOpen() && !open(error))
                return false;
            // The whole lines that still fit; a file only grows past the limit by a single
            // line longer than the limit itself.
            qsizetype take = lines.size();
            if (m_size + take > m_limits.maxBytes) {
                const qsizetype room = m_limits.maxBytes - m_size;
                take = room > 0 ? lines.first(room).lastIndexOf('\n') + 1 : 0;
                if (take == 0 && m_size > 0 && !rotated) {
                    if (!rotate(error))
                        return false;
                    rotated = true;
                    continue;
                }
                if (take == 0) {
                    const qsizetype end = lines.indexOf('\n');
                    take = end < 0 ? lines.size() : end + 1;
                }
            }
            if (m_file.write(lines.data(), take) != take) {
                *error = m_file.errorString();
                m_file.close(); // reopened, and its size read again, on the next line
                return false;
            }
            m_size += take;
            rotated = false;
            lines = lines.sliced(take);
        }
        return true;
    }

private:
    bool open(QString *error)
    {
        m_file.setFileName(m_path);
        // Unbuffered: QFile hands each line to write() at once.
        if (!m_file.open(
                QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, ownerOnly)) {
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_path), m_file.errorString());
            return false;
        }
#ifndef Q_OS_WIN
        // A file left by an older version or copied in may be readable by others.
        if (m_file.permissions() & notOwner)
            m_file.setPermissions(ownerOnly);
#endif
        m_size = m_file.size();
        return true;
    }

    bool rotate(QString *error)
    {
        m_file.close();
        if (m_limits.backups <= 0) {
            QFile::remove(m_path);
        } else {
            const auto backup
                = [this](int n) -> QString { return m_path + u'.' + QString::number(n); };
            QFile::remove(backup(m_limits.backups));
            for (int n = m_limits.backups - 1; n >= 1; --n) {
                if (QFileInfo::exists(backup(n)))
                    QFile::rename(backup(n), backup(n + 1));
            }
            QFile::rename(m_path, backup(1));
        }
        return open(error);
    }

    QString m_path;
    RotationLimits m_limits;
    QFile m_file;
    qint64 m_size = 0;
};

LogFiles::LogFiles(const QString &directory, RotationLimits limits)
    : m_directory(directory)
    , m_limits(limits)
{ }

LogFiles::~LogFiles() = default;

QString LogFiles::mainFileName(QDate day)
{
    return u"mygpt_"_s + day.toString(u"yyyy-MM-dd") + u".log"_s;
}

QString LogFiles::errorFileName(QDate day)
{
    return u"mygpt_error_"_s + day.toString(u"yyyy-MM-dd") + u".log"_s;
}

bool LogFiles::prepareDirectory(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (info.isDir())
        return true;
    if (info.exists()) {
        *error = u"%1 is not a folder"_s.arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Parents as usual; the logs folder itself owner-only (prompts and answers are private).
    QDir parent = info.absoluteDir();
    if (!parent.mkpath(u"."_s)
        || !parent.mkdir(info.fileName(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (QFileInfo(directory).isDir()) // created meanwhile by another instance
            return true;
        *error = u"cannot create %1"_s.arg(QDir::toNativeSeparators(directory));
        return false;
    }
    return true;
}

void LogFiles::switchDay(QDate day)
{
    if (day == m_day && m_main)
        return;
    m_day = day;
    if (m_limits.keepDays > 0)
        removeOlderThan(m_directory, day.addDays(-m_limits.keepDays));
    const QDir dir(m_directory);
    m_main = std::make_unique<Rotating>(dir.filePath(mainFileName(day)), m_limits);
    m_errors = std::make_unique<Rotating>(dir.filePath(errorFileName(day)), m_limits);
}

int LogFiles::removeOlderThan(const QString &directory, QDate oldestKept)
{
    static const QRegularExpression ours(
        u"^mygpt_(?:error_)?(\\d{4}-\\d{2}-\\d{2})\\.log(?:\\.\\d+)?$"_s);
    QDir dir(directory);
    int removed = 0;
    const QStringList names = dir.entryList({ u"mygpt_*.log*"_s }, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = ours.match(name);
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid() && day < oldestKept && dir.remove(name))
            ++removed;
    }
    return removed;
}

bool LogFiles::write(QDate day, QByteArrayView lines, QByteArrayView errorLines)
{
    switchDay(day);
    bool ok = m_main->write(lines, &m_error);
    if (!errorLines.isEmpty())
        ok = m_errors->write(errorLines, &m_error) && ok;
    return ok;
}

} // namespace mygpt
