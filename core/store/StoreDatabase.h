#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace mygpt::storedb {

// One QSqlDatabase connection under a unique name, removed again on destruction. Like every
// Qt SQL connection it belongs to the thread that created it. Queries on it must be
// destroyed before it is.
class Connection final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Connection(const QString &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

// Creates the folder (0700) and the file (0600) before SQLite does, which would use the umask;
// SQLite gives -wal and -shm the mode of the database file.
bool prepareOwnerOnlyFile(const QString &path, QString *error);

// Runs one statement; logs and returns false on failure.
bool exec(QSqlDatabase &db, const QString &sql);
// The first column of the first row, or an invalid QVariant.
QVariant scalar(QSqlDatabase &db, const QString &sql);

inline qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(qint64 ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

} // namespace mygpt::storedb
