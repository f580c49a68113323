#include "upstream/UpstreamPool.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

#include "upstream/OutboundProxy.h"

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
constexpr int Http1ConnectionsPerHost = 6; // QNetworkAccessManager's fixed limit before 6.5
}

UpstreamPool::UpstreamPool(const UpstreamPoolOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!options.caFile.isEmpty()) {
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_caError = tr("cannot read CA file %1: %2").arg(options.caFile, file.errorString());
        } else {
            const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll());
            if (extra.isEmpty()) {
                m_caError = tr("no PEM certificate in CA file %1").arg(options.caFile);
            } else {
                m_ssl.addCaCertificates(extra);
                // QNAM caches TLS settings per host connection; making the CA part of the
                // default configuration covers connections set up before a request's own.
                QSslConfiguration::setDefaultConfiguration(m_ssl);
            }
        }
    }
    for (int i = 0; i < qMax(1, options.initialManagers); ++i)
        m_slots.append({ createManager(), 0 });
}

UpstreamPool::~UpstreamPool() = default;

bool UpstreamPool::isValid(QString *error) const
{
    if (error)
        *error = m_caError;
    return m_caError.isEmpty();
}

QNetworkAccessManager *UpstreamPool::createManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setProxyFactory(new OutboundProxyFactory(m_options.outboundProxy, m_options.environment));
    manager->setAutoDeleteReplies(false);
    return manager;
}

QNetworkAccessManager *UpstreamPool::acquire()
{
    Slot *best = &m_slots.first();
    for (Slot &slot : m_slots) {
        if (slot.inFlight < best->inFlight)
            best = &slot;
    }
    if (best->inFlight >= Http1ConnectionsPerHost && m_slots.size() < m_options.maxManagers) {
        m_slots.append({ createManager(), 0 });
        best = &m_slots.last();
    }
    ++best->inFlight;
    return best->manager;
}

void UpstreamPool::release(QNetworkAccessManager *manager)
{
    for (Slot &slot : m_slots) {
        if (slot.manager == manager) {
            --slot.inFlight;
            return;
        }
    }
}

int UpstreamPool::inFlight() const
{
    int total = 0;
    for (const Slot &slot : m_slots)
        total += slot.inFlight;
    return total;
}

} // namespace mygpt
