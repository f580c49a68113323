#include "proxy/RequestId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace mygpt {

RequestIdGenerator::RequestIdGenerator()
    : RequestIdGenerator(QRandomGenerator::system()->generate())
{
}

RequestIdGenerator::RequestIdGenerator(const QString &stateFile)
    : m_stateFile(stateFile)
{
    QFile file(stateFile);
    bool ok = false;
    if (file.open(QIODevice::ReadOnly))
        m_counter = file.readAll().trimmed().toUInt(&ok);
    if (!ok)
        m_counter = QRandomGenerator::system()->generate();
    m_reservedUntil = m_counter;
    reserve();
}

void RequestIdGenerator::reserve()
{
    if (m_stateFile.isEmpty())
        return;
    m_reservedUntil = m_counter + BlockSize;
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QByteArray::number(m_reservedUntil) + '\n');
        file.commit();
    }
}

quint32 RequestIdGenerator::scramble(quint32 x)
{
    // Each step is invertible on 32 bits, so distinct counters give distinct ids.
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QByteArray RequestIdGenerator::next()
{
    if (!m_stateFile.isEmpty() && m_counter == m_reservedUntil)
        reserve();
    return QByteArray::number(scramble(m_counter++), 16).rightJustified(8, '0');
}

} // namespace mygpt
