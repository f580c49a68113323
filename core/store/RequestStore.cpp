#include "store/RequestStore.h"

#include "store/StoreDatabase.h"
#include "store/StoreLog.h"
#include "store/StoreWriter.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mygpt {

QString RequestStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + u"/requests.sqlite"_s;
}

RequestStore::RequestStore(QObject *parent)
    : RequestStore(StoreOptions {}, parent)
{ }

RequestStore::RequestStore(const StoreOptions &options, QObject *parent)
    : QObject(parent)
    , m_path(options.path.isEmpty() ? defaultPath() : options.path)
{
    StoreOptions o = options;
    o.path = m_path;
    o.batchIntervalMs = qMax(1, o.batchIntervalMs);
    o.maxBatchRecords = qMax(1, o.maxBatchRecords);
    if (!storedb::prepareOwnerOnlyFile(m_path, &m_error))
        qCWarning(lcStore) << "request log disabled:" << m_path << m_error;
    m_writer = std::make_unique<StoreWriter>(o);
    m_writer->setNotifier(
        [this] { QMetaObject::invokeMethod(this, &RequestStore::deliver, Qt::QueuedConnection); });
    m_writer->start();
    // Creating or migrating the file takes milliseconds (minutes only for a huge v1 file);
    // the reader needs the schema to exist.
    QString error;
    if (!m_writer->waitOpened(&error) && m_error.isEmpty())
        m_error = error;
    m_reader = std::make_unique<RequestReader>(m_path);
    if (m_error.isEmpty() && !m_reader->isOpen())
        m_error = m_reader->errorString();
}

RequestStore::~RequestStore()
{
    // The reader goes first: the writer's close is then the last one, which checkpoints the
    // WAL into the file and removes it.
    m_reader.reset();
    m_writer.reset(); // drains and commits
}

bool RequestStore::isOpen() const
{
    return m_error.isEmpty();
}

QString RequestStore::errorString() const
{
    return m_error;
}

void RequestStore::put(const ExchangeRecord &record)
{
    m_writer->put(record);
}

void RequestStore::flush()
{
    m_writer->flush();
    deliver();
}

void RequestStore::clear()
{
    m_writer->clear();
}

void RequestStore::setMaxAgeDays(int days)
{
    RetentionLimits limits = m_writer->limits();
    limits.maxAgeDays = days;
    m_writer->setLimits(limits);
}

int RequestStore::maxAgeDays() const
{
    return m_writer->limits().maxAgeDays;
}

void RequestStore::setMaxSizeBytes(qint64 bytes)
{
    RetentionLimits limits = m_writer->limits();
    limits.maxSizeBytes = bytes;
    m_writer->setLimits(limits);
}

qint64 RequestStore::maxSizeBytes() const
{
    return m_writer->limits().maxSizeBytes;
}

void RequestStore::enforceRetention()
{
    m_writer->requestRetention();
}

void RequestStore::deliver()
{
    const StoreWriter::Notifications n = m_writer->takeNotifications();
    if (n.cleared)
        Q_EMIT cleared();
    if (n.removed > 0)
        Q_EMIT recordsRemoved(n.removed);
    if (!n.added.isEmpty())
        Q_EMIT recordsAdded(n.added);
    if (!n.updated.isEmpty())
        Q_EMIT recordsUpdated(n.updated);
}

} // namespace mygpt
