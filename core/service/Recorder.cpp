#include "service/Recorder.h"

#include "log/TextLog.h"
#include "proxy/ProxyServer.h"
#include "record/ContentRedaction.h"
#include "store/RequestStore.h"

namespace mygpt {

Recorder::Recorder(ProxyServer *server, TextLog *log, RequestStore *store,
                   const ContentPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_store(store)
    , m_policy(policy)
{
    connect(server, &ProxyServer::exchangeStarted, this, &Recorder::started);
    connect(server, &ProxyServer::exchangeUpdated, this, &Recorder::updated);
    connect(server, &ProxyServer::exchangeFinished, this, &Recorder::finished);
}

void Recorder::started(const ExchangeRecord &record)
{
    if (m_log)
        m_log->requestReceived(record);
    if (m_store) {
        ExchangeRecord running = redacted(record, m_policy);
        running.inFlight = true;
        m_store->put(running);
    }
}

void Recorder::updated(const ExchangeRecord &record)
{
    if (m_store)
        m_store->put(redacted(record, m_policy));
}

void Recorder::finished(const ExchangeRecord &record)
{
    if (m_log)
        m_log->exchangeFinished(record);
    if (m_store)
        m_store->put(redacted(record, m_policy));
}

} // namespace mygpt
