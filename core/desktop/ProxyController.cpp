#include "desktop/ProxyController.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpServer>

#include "config/ConfigValues.h"
#include "desktop/ProxyRun.h"
#include "log/TextLog.h"
#include "proxy/ProxyServer.h"
#include "store/RequestStore.h"

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcController, "mygpt.service", QtInfoMsg)

namespace {

constexpr int drainCheckIntervalMs = 250;

QString dataFolder(const ProxyConfig &config)
{
    return config.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : config.dataDir;
}

QHostAddress listenAddress(const QString &host)
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(host);
}

// Whether someone else holds the address: the server's own error is a sentence, not a code.
bool addressInUse(const ProxyConfig &config)
{
    QTcpServer probe;
    return !probe.listen(listenAddress(config.host), config.port)
        && probe.serverError() == QAbstractSocket::AddressInUseError;
}

} // namespace

ProxyController::ProxyController(ControllerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_drainTimer.setInterval(drainCheckIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &ProxyController::reviewDraining);
}

ProxyController::~ProxyController()
{
    m_live.reset();
    m_draining.clear();
    if (m_store)
        m_store->flush();
}

void ProxyController::setConfiguration(const ConfigResult &configuration)
{
    if (!configuration.error.isEmpty()) {
        // The environment, .env or command line holds a bad value: keep what runs, say so.
        m_configError = configuration.error;
        setProblem(Problem::InvalidSettings,
            tr("The settings cannot be used: %1").arg(configuration.error));
        Q_EMIT stateChanged();
        return;
    }
    const bool first = !m_log;
    const ProxyConfig old = m_config;
    m_config = configuration.config;
    m_configError.clear();
    clearProblem(Problem::InvalidSettings);

    const bool newLog = first || needsNewLog(old, m_config);
    const bool newStore = first || needsNewStore(old, m_config);
    if (newLog)
        openLog();
    if (newStore) {
        openStore();
    } else if (m_store) {
        m_store->setMaxAgeDays(m_config.retentionDays);
        m_store->setMaxSizeBytes(m_config.storeMaxBytes);
    }
    if (m_live && needsNewServer(old, m_config)) {
        qCInfo(lcController) << "Settings changed: restarting the listener";
        retireLive();
    } else if (m_live && (newLog || newStore || old.contentPolicy.level != m_config.contentPolicy.level
                             || old.contentPolicy.maxChars != m_config.contentPolicy.maxChars)) {
        m_live->record(m_log, m_store, m_config.contentPolicy);
    }
    Q_EMIT stateChanged();
}

bool ProxyController::start()
{
    if (m_live)
        return true;
    if (!m_configError.isEmpty())
        return false;
    return startLive();
}

void ProxyController::stop()
{
    m_pendingStart = false;
    if (m_live) {
        std::unique_ptr<ProxyRun> run = std::move(m_live);
        // Without stopListening() the port would stay taken: then the streams are cut.
        if (run->stopListening() && run->inFlight() > 0) {
            m_draining.push_back(std::move(run));
            m_drainTimer.start();
        }
        qCInfo(lcController) << "Server stopped";
    }
    for (const Problem problem : { Problem::PortInUse, Problem::StartFailed,
             Problem::MissingApiKey, Problem::UpstreamUnauthorized })
        clearProblem(problem);
    Q_EMIT stateChanged();
}

bool ProxyController::isRunning() const
{
    return m_live != nullptr;
}

ProxyController::State ProxyController::state() const
{
    if (m_problem != Problem::None)
        return State::Error;
    return m_live || m_pendingStart ? State::Running : State::Stopped;
}

QUrl ProxyController::endpoint() const
{
    if (m_live)
        return m_live->server->endpoint();
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress address(m_config.host);
    const bool anyV4 = address == QHostAddress::AnyIPv4 || address == QHostAddress::Any;
    url.setHost(anyV4 ? u"127.0.0.1"_s
            : address == QHostAddress::AnyIPv6 ? u"::1"_s
                                               : m_config.host);
    url.setPort(m_config.port);
    url.setPath(u"/v1"_s);
    return url;
}

bool ProxyController::startLive()
{
    m_pendingStart = false;
    auto run = std::make_unique<ProxyRun>(m_config, m_log, m_store);
    if (m_config.storeEnabled)
        run->server->setRequestIdStateFile(QDir(dataFolder(m_config)).filePath(u"request-ids"_s));
    QString error;
    if (!run->server->start(&error)) {
        run.reset();
        if (addressInUse(m_config)) {
            setProblem(Problem::PortInUse,
                tr("Port %1 is already in use by another program. Choose another port in "
                   "Settings, or close that program and start the server again.")
                    .arg(m_config.port));
        } else {
            setProblem(Problem::StartFailed,
                tr("The server could not start: %1. Check the settings.").arg(error));
        }
        qCWarning(lcController).noquote() << u"Cannot start: %1"_s.arg(error);
        Q_EMIT stateChanged();
        return false;
    }
    for (const Problem problem :
        { Problem::PortInUse, Problem::StartFailed, Problem::UpstreamUnauthorized })
        clearProblem(problem);
    connectRun(run.get());
    m_live = std::move(run);
    qCInfo(lcController).noquote() << u"MyGPT %1 listening on %2, upstream %3"_s.arg(
        QStringLiteral(MYGPT_VERSION), endpoint().toString(), m_config.baseUrl.toString());
    if (m_config.apiKey.isEmpty() && !config::isLoopbackHost(m_config.baseUrl.host()))
        setProblem(Problem::MissingApiKey, missingKeyText());
    else
        clearProblem(Problem::MissingApiKey);
    Q_EMIT stateChanged();
    return true;
}

QString ProxyController::missingKeyText() const
{
    return tr("No API key is set for %1. Until you enter yours in Settings, each client's own "
              "key is forwarded.")
        .arg(m_config.baseUrl.host());
}

} // namespace mygpt
