#include "log/LocalClock.h"

namespace mygpt {

namespace {

qint64 minuteOf(qint64 ms)
{
    return ms >= 0 ? ms / 60000 : (ms - 59999) / 60000;
}

} // namespace

QDateTime LocalClock::now()
{
    return at(QDateTime::currentMSecsSinceEpoch());
}

QDateTime LocalClock::at(qint64 ms)
{
    const quint64 minuteKey = quint64(minuteOf(ms)) & 0xffff'ffffu;
    quint64 cached = m_cached.load(std::memory_order_relaxed);
    if ((cached >> 32) != minuteKey) {
        const int offset = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc();
        cached = (minuteKey << 32) | quint32(offset);
        m_cached.store(cached, std::memory_order_relaxed);
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, int(qint32(quint32(cached))));
}

} // namespace mygpt
