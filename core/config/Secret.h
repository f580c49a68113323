#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <utility>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace mygpt {

// True when a and b hold the same bytes. The time taken depends on the lengths only, never on
// where the first difference is, so a network client cannot guess an access key byte by byte.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept;

// An API key or access key. Deliberately has no implicit conversions and prints masked, so
// the key cannot end up in a log line by accident; reveal() is the one greppable way out.
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }

    const QByteArray &reveal() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    friend bool operator==(const Secret &a, const Secret &b) noexcept
    {
        return constantTimeEquals(a.m_bytes, b.m_bytes);
    }

private:
    QByteArray m_bytes;
};

// Prints Secret(***) or Secret(empty), never the bytes.
QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace mygpt
