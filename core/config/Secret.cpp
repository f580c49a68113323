#include "config/Secret.h"

#include <QDebug>
#include <algorithm>

namespace mygpt {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept
{
    // Walk the longer input to the end and fold every difference in, with no early exit.
    const qsizetype length = std::max(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0u;
        const auto y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0u;
        difference |= x ^ y;
    }
    return difference == 0;
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "Secret(empty)" : "Secret(***)");
    return debug;
}

} // namespace mygpt
