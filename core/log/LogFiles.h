#pragma once

#include <QDate>
#include <QFile>
#include <QString>
#include <memory>

namespace mygpt {

// How big a log file may grow before it is rotated, and how many rotated copies are kept.
struct RotationLimits
{
    qint64 maxBytes = 10 * 1024 * 1024;
    int backups = 5;
    // Days of files kept: at each day switch, files of days before today - keepDays go
    // (the request store's retention). <= 0: kept forever.
    int keepDays = 0;
};

// The files of the log folder, used by the writer thread only: one main file per day,
// mygpt_YYYY-MM-DD.log, and mygpt_error_YYYY-MM-DD.log for warnings and errors. Each is
// rotated by size like Python's RotatingFileHandler (.1 is the newest backup), between lines.
// Files are opened when their first line comes, owner-only, unbuffered: lines go to write()
// at once, so a killed process loses nothing that was handed to write().
class LogFiles final
{
public:
    LogFiles(const QString &directory, RotationLimits limits);
    ~LogFiles();
    LogFiles(const LogFiles &) = delete;
    LogFiles &operator=(const LogFiles &) = delete;

    // Appends whole lines dated `day` (local) to the main file, and `errorLines` (a subset of
    // them: the warnings and errors) to the error file.
    bool write(QDate day, QByteArrayView lines, QByteArrayView errorLines = {});
    QString errorString() const { return m_error; }

    static QString mainFileName(QDate day);
    static QString errorFileName(QDate day);
    // Creates the folder (owner-only when we create it). False and `error` when impossible.
    static bool prepareDirectory(const QString &directory, QString *error);
    // Removes this app's log files (and their backups) dated before `oldestKept`; returns how
    // many. Other files in the folder are never touched.
    static int removeOlderThan(const QString &directory, QDate oldestKept);

private:
    class Rotating;
    void switchDay(QDate day);

    QString m_directory;
    RotationLimits m_limits;
    QDate m_day;
    std::unique_ptr<Rotating> m_main;
    std::unique_ptr<Rotating> m_errors;
    QString m_error;
};

} // namespace mygpt
