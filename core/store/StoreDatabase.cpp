#include "store/StoreDatabase.h"

#include "store/StoreLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcStore, "mygpt.store", QtInfoMsg)

namespace storedb {

namespace {
QAtomicInteger<quint32> connectionCounter;

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerDir = ownerFile | QFileDevice::ExeOwner;
} // namespace

Connection::Connection(const QString &path, Mode mode)
    : m_name(u"mygpt-store-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    // The writer waits for a reader's checkpoint lock at most this long, and vice versa.
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        qCWarning(lcStore) << "cannot open" << path << m_error;
    }
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool prepareOwnerOnlyFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create folder "_s + dir;
        return false;
    }
    QFile::setPermissions(dir, ownerDir);
    QFile file(path);
    if (!info.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile)) {
        *error = file.errorString();
        return false;
    }
    file.close();
    // Older files, and the WAL companions of an earlier run, are tightened too.
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, ownerFile);
    }
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qCWarning(lcStore) << "statement failed:" << sql << q.lastError().text();
    return false;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

} // namespace storedb
} // namespace mygpt
