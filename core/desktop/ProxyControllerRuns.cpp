#include "desktop/ProxyController.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <vector>

#include "desktop/ProxyRun.h"
#include "log/TextLog.h"
#include "proxy/ProxyServer.h"
#include "store/RequestStore.h"

using namespace Qt::StringLiterals;

// The runs' lives (restart, drain) and what they report (problems, today's count).

namespace mygpt {

Q_DECLARE_LOGGING_CATEGORY(lcController)

namespace {

constexpr qint64 closeGraceMs = 1000;

} // namespace

void ProxyController::retireLive()
{
    std::unique_ptr<ProxyRun> run = std::move(m_live);
    const bool closed = run->stopListening();
    const bool addressFree = closed || !sameAddress(run->server->config(), m_config);
    if (run->inFlight() == 0) {
        run.reset();
        startLive();
        return;
    }
    qCInfo(lcController) << run->inFlight() << "exchanges in flight finish on the old listener";
    m_draining.push_back(std::move(run));
    m_drainTimer.start();
    if (addressFree)
        startLive();
    else
        m_pendingStart = true; // the old listener still holds the port: start once it is gone
}

void ProxyController::reviewDraining()
{
    std::erase_if(m_draining, [this](const std::unique_ptr<ProxyRun> &run) {
        // "Finished" means the last bytes were handed to the socket, not sent: a run is
        // deleted (closing its connections) only after it has been idle for a moment.
        if (run->inFlight() > 0)
            run->idle.invalidate();
        else if (!run->idle.isValid())
            run->idle.start();
        else if (run->idle.elapsed() >= closeGraceMs)
            return true;
        if (run->retired.elapsed() < m_options.drainTimeoutMs)
            return false;
        qCWarning(lcController) << run->inFlight() << "exchanges cut: the old listener ran out "
                                                      "of time after a settings change";
        return true;
    });
    if (m_draining.empty())
        m_drainTimer.stop();
    const bool addressHeld = std::any_of(m_draining.cbegin(), m_draining.cend(),
        [this](const auto &run) { return sameAddress(run->server->config(), m_config); });
    if (m_pendingStart && !addressHeld)
        startLive();
}

void ProxyController::connectRun(ProxyRun *run)
{
    ProxyServer *server = run->server.get();
    connect(server, &ProxyServer::exchangeStarted, this,
        [this, run](const ExchangeRecord &record) { exchangeStarted(run, record); });
    connect(server, &ProxyServer::exchangeFinished, this,
        [this, run](const ExchangeRecord &record) { exchangeFinished(run, record); });
}

void ProxyController::exchangeStarted(ProxyRun *run, const ExchangeRecord &record)
{
    run->upstreamIds.insert(record.id);
}

void ProxyController::exchangeFinished(ProxyRun *run, const ExchangeRecord &record)
{
    const QDate today = QDate::currentDate();
    if (today != m_todayDate) {
        m_todayDate = today;
        m_today = 0;
    }
    ++m_today;
    Q_EMIT requestsTodayChanged(m_today);

    // Only what the upstream answered says anything about the key; MyGPT's own 401 (a
    // wrong access key) does not.
    if (run->upstreamIds.remove(record.id) && run == m_live.get()) {
        if (record.status == 401) {
            const QString host = run->server->config().baseUrl.host();
            setProblem(Problem::UpstreamUnauthorized,
                run->server->config().apiKey.isEmpty()
                    ? tr("%1 asked for an API key (401 Unauthorized). Enter your key in "
                         "Settings.")
                          .arg(host)
                    : tr("%1 refused the API key (401 Unauthorized). Check the key in "
                         "Settings.")
                          .arg(host));
            Q_EMIT stateChanged();
        } else if (record.status >= 200 && record.status < 300) {
            // The upstream took the request, so whatever key it came with was good.
            const Problem before = m_problem;
            clearProblem(Problem::UpstreamUnauthorized);
            clearProblem(Problem::MissingApiKey);
            if (before != m_problem)
                Q_EMIT stateChanged();
        }
    }
}

void ProxyController::setProblem(Problem problem, const QString &text)
{
    if (m_problem == problem && m_problemText == text)
        return;
    m_problem = problem;
    m_problemText = text;
    Q_EMIT problemOccurred(problem, text);
}

void ProxyController::clearProblem(Problem problem)
{
    if (m_problem != problem)
        return;
    m_problem = Problem::None;
    m_problemText.clear();
}

void ProxyController::openLog()
{
    TextLogOptions options = TextLogOptions::fromConfig(m_config);
    options.files = m_options.logFiles;
    options.console = m_options.console;
    auto log = std::make_shared<TextLog>(options);
    if (m_options.takeOverMessages)
        log->installMessageHandler();
    m_log = std::move(log); // a run still draining keeps the old one until it ends
    if (!m_log->errorString().isEmpty())
        qCWarning(lcController).noquote() << u"Log files unavailable: %1"_s.arg(m_log->errorString());
}

void ProxyController::openStore()
{
    m_store.reset();
    if (m_config.storeEnabled) {
        StoreOptions options;
        const QString folder = m_config.dataDir.isEmpty()
            ? QFileInfo(RequestStore::defaultPath()).absolutePath()
            : m_config.dataDir;
        options.path = QDir(folder).filePath(u"requests.sqlite"_s);
        m_store = std::make_shared<RequestStore>(options);
        m_store->setMaxAgeDays(m_config.retentionDays);
        m_store->setMaxSizeBytes(m_config.storeMaxBytes);
        if (!m_store->isOpen())
            qCWarning(lcController).noquote()
                << u"Request store unavailable: %1"_s.arg(m_store->errorString());
    }
    countToday();
    Q_EMIT storeChanged(m_store.get());
}

void ProxyController::countToday()
{
    m_todayDate = QDate::currentDate();
    m_today = m_store && m_store->isOpen()
        ? m_store->count(RequestFilter { .from = m_todayDate.startOfDay() })
        : 0;
    Q_EMIT requestsTodayChanged(m_today);
}

} // namespace mygpt
