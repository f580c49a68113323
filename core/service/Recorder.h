#pragma once

#include <QObject>
#include <QPointer>

#include "record/ExchangeRecord.h"

namespace mygpt {

class ProxyServer;
class RequestStore;
class TextLog;

// Hands every exchange of a proxy to the text log and the request store: started (the text
// log's "received" lines, the store's in-flight row), updated (live stream progress) and
// finished. The store gets the record as the content policy allows; the text log applies
// the same policy itself.
class Recorder final : public QObject
{
    Q_OBJECT

public:
    Recorder(ProxyServer *server, TextLog *log, RequestStore *store, const ContentPolicy &policy,
             QObject *parent = nullptr);

private:
    void started(const ExchangeRecord &record);
    void updated(const ExchangeRecord &record);
    void finished(const ExchangeRecord &record);

    TextLog *m_log;
    QPointer<RequestStore> m_store;
    ContentPolicy m_policy;
};

} // namespace mygpt
