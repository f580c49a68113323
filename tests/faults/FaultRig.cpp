#include "FaultRig.h"

#include "log/TextLog.h"
#include "service/Recorder.h"
#include "store/RequestStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mygpt::test {

FaultRig::FaultRig(const std::function<void(ProxyConfig &)> &tune, Tls tls)
    : m_harness(tune, tls)
{
    TextLogOptions logOptions;
    logOptions.directory = m_dir.filePath(u"logs"_s);
    logOptions.console = false;
    logOptions.level = LogLevel::Debug;
    m_log = std::make_unique<TextLog>(logOptions);
    StoreOptions storeOptions;
    storeOptions.path = m_dir.filePath(u"data/requests.sqlite"_s);
    storeOptions.batchIntervalMs = 10;
    m_store = std::make_unique<RequestStore>(storeOptions);
    m_storeOpen = m_store->isOpen();
    if (m_harness.ok())
        m_recorder = std::make_unique<Recorder>(&m_harness.proxy(), m_log.get(), m_store.get(),
                                                ContentPolicy {});
}

FaultRig::~FaultRig()
{
    m_recorder.reset();
    m_store.reset();
    m_log.reset();
}

QString FaultRig::error() const
{
    if (!m_harness.ok())
        return m_harness.error();
    return m_storeOpen ? QString() : u"store: "_s + m_store->errorString();
}

bool FaultRig::waitForRecords(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_harness.records().size() >= count; }, timeoutMs);
}

std::optional<ExchangeRecord> FaultRig::stored(const QByteArray &id)
{
    m_store->flush();
    return m_store->load(id);
}

qint64 FaultRig::storedCount()
{
    m_store->flush();
    return m_store->count({});
}

QByteArray FaultRig::logText()
{
    m_log->flush(5000);
    QByteArray all;
    QDirIterator files(m_dir.filePath(u"logs"_s), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

bool FaultRig::stillServes()
{
    const HttpResponse r = m_harness.roundTrip(
        "POST", "/v1/chat/completions", { { "Content-Type", "application/json" } },
        ProxyHarness::chatBody("gpt-4o-mini", true));
    return r.status == 200 && r.complete && r.body.contains("data: [DONE]");
}

QJsonObject errorObjectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"error"_s).toObject();
}

} // namespace mygpt::test
