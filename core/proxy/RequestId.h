#pragma once

#include <QByteArray>

namespace mygpt {

// Request ids as the original printed them: 8 lower-case hex characters. A random start and a
// bijective scramble of a counter: unique for 2^32 requests of one run, and unguessable enough
// that ids from different runs rarely meet.
class RequestIdGenerator final
{
public:
    RequestIdGenerator();
    explicit RequestIdGenerator(quint32 seed) : m_counter(seed) { }
    QByteArray next();

    static quint32 scramble(quint32 x);

private:
    quint32 m_counter;
};

} // namespace mygpt
