#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <vector>

#include "config/ConfigLoader.h"
#include "record/ExchangeRecord.h"
#include "store/RequestStore.h" // complete for the storeChanged() signal

namespace mygpt {

class TextLog;
struct ProxyRun;

struct ControllerOptions
{
    bool logFiles = true;
    bool console = true; // stderr
    bool takeOverMessages = true; // route every qDebug/qWarning through the text log
    int drainTimeoutMs = 120'000; // then streams still running after a restart are cut
};

// The desktop app's proxy: starts and stops the server, applies new settings (a new listener
// when they need one, while the streams in flight on the old one finish), owns the text log
// and the request store, and says what state it is in and what went wrong, in words for the
// user. No widgets: the tray and the windows only listen.
class ProxyController final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Running, Error };
    enum class Problem {
        None,
        InvalidSettings, // the environment, .env or command line holds a bad value
        PortInUse,
        StartFailed, // another reason the server could not start (address, CA file)
        MissingApiKey, // no key, and the upstream is not on this machine
        UpstreamUnauthorized, // the upstream answered 401
    };
    Q_ENUM(Problem)

    explicit ProxyController(ControllerOptions options = {}, QObject *parent = nullptr);
    ~ProxyController() override;

    // Serves with this configuration from now on; a running server restarts if it must.
    void setConfiguration(const ConfigResult &configuration);
    const ProxyConfig &config() const { return m_config; }

    bool start();
    void stop(); // streams in flight finish when the server can stop listening without them
    bool isRunning() const;
    State state() const;
    Problem problem() const { return m_problem; }
    QString problemText() const { return m_problemText; }
    // The URL clients use: the live one when running, the configured one when not.
    QUrl endpoint() const;
    qint64 requestsToday() const { return m_today; }
    RequestStore *store() const { return m_store.get(); }
    int drainingRuns() const { return int(m_draining.size()); }
    bool restartPending() const { return m_pendingStart; }

Q_SIGNALS:
    void stateChanged();
    // Something the user should be told about, once per occurrence (a tray notification).
    void problemOccurred(mygpt::ProxyController::Problem problem, const QString &text);
    void requestsTodayChanged(qint64 count);
    void storeChanged(mygpt::RequestStore *store);

private:
    bool startLive();
    void retireLive();
    void reviewDraining();
    void connectRun(ProxyRun *run);
    void exchangeStarted(ProxyRun *run, const ExchangeRecord &record);
    void exchangeFinished(ProxyRun *run, const ExchangeRecord &record);
    void openLog();
    void openStore();
    void setProblem(Problem problem, const QString &text);
    void clearProblem(Problem problem);
    void countToday();
    QString missingKeyText() const;

    ControllerOptions m_options;
    ProxyConfig m_config;
    QString m_configError;
    std::shared_ptr<TextLog> m_log;
    std::shared_ptr<RequestStore> m_store;
    std::unique_ptr<ProxyRun> m_live;
    std::vector<std::unique_ptr<ProxyRun>> m_draining;
    QTimer m_drainTimer;
    bool m_pendingStart = false; // waiting for a draining run to free the address
    Problem m_problem = Problem::None;
    QString m_problemText;
    QDate m_todayDate;
    qint64 m_today = 0;
};

} // namespace mygpt
