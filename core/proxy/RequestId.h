#pragma once

#include <QByteArray>
#include <QString>

namespace mygpt {

// Request ids as the original printed them: 8 lower-case hex characters, made by a bijective
// scramble of a 32-bit counter, so distinct counters give distinct ids. With a state file the
// counter continues across runs (reserved in blocks, so a crash skips ids but never repeats
// one) and ids stay unique in a store that keeps months of requests; without one it starts at
// a random point.
class RequestIdGenerator final
{
public:
    RequestIdGenerator();
    explicit RequestIdGenerator(quint32 seed) : m_counter(seed), m_reservedUntil(seed) { }
    // Continues the sequence kept in `stateFile` (created when missing).
    explicit RequestIdGenerator(const QString &stateFile);

    QByteArray next();

    static quint32 scramble(quint32 x);
    static constexpr quint32 BlockSize = 4096;

private:
    void reserve();

    QString m_stateFile;
    quint32 m_counter;
    quint32 m_reservedUntil; // with a state file: the counter the file already covers
};

} // namespace mygpt
