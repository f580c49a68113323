#include "settings/SecretBackend.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace mygpt {

QString MemorySecretBackend::displayName() const
{
    return u"test keychain"_s;
}

void MemorySecretBackend::read(const QString &name, Callback done)
{
    Result result;
    if (!m_secrets.contains(name))
        result.status = Status::NotFound;
    else
        result.value = m_secrets.value(name);
    answer(std::move(done), std::move(result));
}

void MemorySecretBackend::write(const QString &name, const QByteArray &value, Callback done)
{
    if (m_available)
        m_secrets.insert(name, value);
    answer(std::move(done), {});
}

void MemorySecretBackend::remove(const QString &name, Callback done)
{
    Result result;
    if (m_available && m_secrets.remove(name) == 0)
        result.status = Status::NotFound;
    answer(std::move(done), std::move(result));
}

void MemorySecretBackend::answer(Callback done, Result result)
{
    ++m_calls;
    if (!m_available)
        result = { Status::Unavailable, {}, u"no keychain in this session"_s };
    // Never synchronously: callers must cope with the answer arriving later.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] {
        done(result);
    });
}

} // namespace mygpt
