#include "app/AppActions.h"

#include "app/Icons.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QAction *named(QObject *parent, const QString &name)
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    return action;
}

} // namespace

AppActions::AppActions(QObject *parent)
    : QObject(parent)
    , status(named(this, u"statusAction"_s))
    , startStop(named(this, u"startStopAction"_s))
    , copyEndpoint(named(this, u"copyEndpointAction"_s))
    , openLog(named(this, u"openLogAction"_s))
    , settings(named(this, u"settingsAction"_s))
    , startAtLogin(named(this, u"startAtLoginAction"_s))
    , about(named(this, u"aboutAction"_s))
    , quit(named(this, u"quitAction"_s))
{
    status->setEnabled(false);
    startAtLogin->setCheckable(true);
    settings->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    quit->setMenuRole(QAction::QuitRole);
    retranslate();
}

void AppActions::retranslate()
{
    startStop->setText(m_running ? tr("&Stop Server") : tr("&Start Server"));
    copyEndpoint->setText(tr("&Copy Endpoint URL"));
    openLog->setText(tr("Open Request &Log"));
    settings->setText(tr("S&ettings…"));
    startAtLogin->setText(tr("Start at &Login"));
    about->setText(tr("&About MyGPT"));
    quit->setText(tr("&Quit"));
}

void AppActions::showState(const ProxyController &controller)
{
    m_running = controller.isRunning() || controller.restartPending();
    status->setText(statusLine(controller));
    status->setIcon(statusIcon(controller.state()));
    retranslate();
}

QString AppActions::statusLine(const ProxyController &controller)
{
    using Problem = ProxyController::Problem;
    const QString endpoint = controller.endpoint().toString();
    if (controller.restartPending())
        return tr("Restarting on %1…").arg(endpoint);
    if (controller.isRunning()) {
        switch (controller.problem()) {
        case Problem::MissingApiKey:
            return tr("Running on %1 — no API key").arg(endpoint);
        case Problem::UpstreamUnauthorized:
            return tr("Running on %1 — API key refused").arg(endpoint);
        case Problem::InvalidSettings:
            return tr("Running on %1 — settings invalid").arg(endpoint);
        default:
            return tr("Running on %1").arg(endpoint);
        }
    }
    switch (controller.problem()) {
    case Problem::PortInUse:
        return tr("Stopped: port %1 is in use").arg(controller.endpoint().port());
    case Problem::StartFailed:
        return tr("Stopped: the server could not start");
    case Problem::InvalidSettings:
        return tr("Stopped: the settings are invalid");
    default:
        return tr("Stopped");
    }
}

} // namespace mygpt::ui
