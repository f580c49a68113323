#pragma once

#include <QDateTime>
#include <atomic>

namespace mygpt {

// The wall clock in local time, for stamping log lines. QDateTime::currentDateTime() asks
// the C library for the zone's offset on every call, which cost the proxy's main thread ~5%
// of its time at 1,000 requests/s. Offsets change only at whole minutes, so this looks the
// offset up once per minute and builds each stamp from it. Safe to call from any thread.
class LocalClock final
{
public:
    QDateTime now();
    // The same for a given instant (exposed for tests).
    QDateTime at(qint64 msecsSinceEpoch);

private:
    // minute (ms / 60000) in the high bits, offset in seconds in the low 32 bits: one atomic
    // word, so that readers on other threads never see a minute with another minute's offset.
    std::atomic<quint64> m_cached { ~quint64(0) };
};

} // namespace mygpt
