#include "proxy/RequestId.h"

#include <QRandomGenerator>

namespace mygpt {

RequestIdGenerator::RequestIdGenerator()
    : m_counter(QRandomGenerator::system()->generate())
{
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
    return QByteArray::number(scramble(m_counter++), 16).rightJustified(8, '0');
}

} // namespace mygpt
