#include "app/DesktopApp.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

#include "app/AppActions.h"
#include "app/Icons.h"
#include "config/ConfigSchema.h"
#include "config/ConfigValues.h"
#include "viewer/RequestLogWindow.h"
#include "log/Translations.h"
#include "settings/SettingsDialog.h"
#include "tray/TrayIcon.h"
#include "window/MainWindow.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

Q_LOGGING_CATEGORY(lcApp, "mygpt.ui", QtInfoMsg)

DesktopApp::DesktopApp(
    std::unique_ptr<SettingsStore> settings, DesktopOptions options, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_autostart(m_options.autostartProgram.isEmpty() ? Autostart::currentProgram()
                                                       : m_options.autostartProgram)
    , m_controller(new ProxyController(m_options.controller, this))
    , m_actions(new AppActions(this))
{
    if (!m_options.trayAvailable)
        m_options.trayAvailable = [] { return QSystemTrayIcon::isSystemTrayAvailable(); };
    connect(m_actions->startStop, &QAction::triggered, this, &DesktopApp::toggleServer);
    connect(m_actions->copyEndpoint, &QAction::triggered, this, &DesktopApp::copyEndpoint);
    connect(m_actions->openLog, &QAction::triggered, this, &DesktopApp::openLog);
    connect(m_actions->settings, &QAction::triggered, this, &DesktopApp::openSettings);
    connect(m_actions->startAtLogin, &QAction::triggered, this, &DesktopApp::setStartAtLogin);
    connect(m_actions->about, &QAction::triggered, this, &DesktopApp::showAbout);
    connect(m_actions->quit, &QAction::triggered, qApp, &QCoreApplication::quit);

    connect(m_controller, &ProxyController::stateChanged, this, &DesktopApp::refresh);
    connect(m_controller, &ProxyController::requestsTodayChanged, this, &DesktopApp::refresh);
    connect(m_controller, &ProxyController::problemOccurred, this, &DesktopApp::problemOccurred);
}

DesktopApp::~DesktopApp()
{
    delete m_dialog;
    delete m_log;
    delete m_about;
    delete m_window;
    m_tray.reset();
}

void DesktopApp::start()
{
    // The language is a plain setting: known before the first widget, without the keychain.
    applyLanguage(m_settings->settings()->language());
    m_actions->startAtLogin->setChecked(m_autostart.isEnabled());

    const bool tray = !m_options.windowed && m_options.trayAvailable();
    if (tray) {
        m_tray = std::make_unique<TrayIcon>(m_actions);
        connect(m_tray.get(), &TrayIcon::clicked, this, &DesktopApp::openLog);
        connect(m_tray.get(), &TrayIcon::messageClicked, this, &DesktopApp::openSettings);
        m_tray->show();
        QApplication::setQuitOnLastWindowClosed(false); // windows come and go, the tray stays
    } else {
        m_window = new MainWindow(m_actions,
            m_options.windowed ? MainWindow::Reason::Windowed : MainWindow::Reason::NoTray);
        m_window->attach(m_controller); // follows the store when settings replace it
        m_window->show();
        qCInfo(lcApp) << (m_options.windowed ? "Windowed mode" : "No system tray: windowed mode");
    }
    refresh();
    m_settings->load([self = QPointer(this)](const SavedSettings &saved, const QString &warning) {
        if (self)
            self->loaded(saved, warning);
    });
}

void DesktopApp::loaded(const SavedSettings &saved, const QString &warning)
{
    m_saved = saved;
    m_keyWarning = warning;
    if (m_settings->secrets()->usesFileFallback(SettingsStore::secretNames()))
        m_keyWarning = m_settings->secrets()->fileWarning();
    m_controller->setConfiguration(configure(saved.values));
    if (saved.startServerAtLaunch)
        m_controller->start();
    m_ready = true;
    refresh();
    Q_EMIT ready();
    if (m_options.openSettingsOnFirstRun && isFirstRun())
        openSettings();
}

bool DesktopApp::isFirstRun() const
{
    // Nothing saved yet and no key from anywhere for an upstream that needs one.
    const ProxyConfig &config = m_controller->config();
    return m_saved.values.isEmpty() && config.apiKey.isEmpty()
        && !config::isLoopbackHost(config.baseUrl.host());
}

ConfigResult DesktopApp::configure(const QVariantMap &saved) const
{
    if (m_options.configure)
        return m_options.configure(saved);
    return loadConfig(ConfigSources::fromProcess(saved));
}

void DesktopApp::applySettings(const SettingsValues &values, const QString &warning)
{
    m_saved = values.saved;
    if (!warning.isEmpty() && warning != m_keyWarning)
        notify(warning, true);
    m_keyWarning = m_settings->secrets()->usesFileFallback(SettingsStore::secretNames())
        ? m_settings->secrets()->fileWarning()
        : QString();
    if (values.startAtLogin != m_autostart.isEnabled())
        setStartAtLogin(values.startAtLogin);
    if (values.saved.language != m_language)
        applyLanguage(values.saved.language);
    // Restarts the listener if the new settings need one; streams in flight finish.
    m_controller->setConfiguration(configure(values.saved.values));
    if (!m_controller->isRunning() && !m_controller->restartPending()
        && m_controller->problem() != ProxyController::Problem::None)
        m_controller->start(); // e.g. a new port after "port in use"
    refresh();
}

void DesktopApp::applyLanguage(const QString &language)
{
    m_language = language;
    installTranslations(language);
    retranslate();
}

void DesktopApp::refresh()
{
    m_actions->showState(*m_controller);
    if (m_tray)
        m_tray->showState(*m_controller);
    if (m_window)
        m_window->showState(*m_controller);
}

void DesktopApp::problemOccurred(ProxyController::Problem, const QString &text)
{
    notify(text, true);
}

void DesktopApp::notify(const QString &message, bool warning)
{
    const QString title = u"MyGPT"_s;
    if (m_tray)
        m_tray->notify(title, message, warning);
    if (m_window)
        m_window->notify(message);
    Q_EMIT notified(title, message);
}

void DesktopApp::toggleServer()
{
    if (m_controller->isRunning() || m_controller->restartPending())
        m_controller->stop();
    else
        m_controller->start();
}

void DesktopApp::setStartAtLogin(bool enabled)
{
    QString error;
    if (!m_autostart.setEnabled(enabled, &error)) {
        notify(tr("Start at login could not be changed: %1").arg(error), true);
        enabled = m_autostart.isEnabled();
    }
    m_actions->startAtLogin->setChecked(enabled);
}

} // namespace mygpt::ui
