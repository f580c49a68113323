#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

#include "desktop/Autostart.h"
#include "desktop/ProxyController.h"
#include "settings/SettingsStore.h"
#include "viewer/RequestLogWindow.h" // complete: logWindow() converts to QWidget *

namespace mygpt::ui {

class AppActions;
class MainWindow;
class SettingsDialog;
class TrayIcon;
struct SettingsValues;

struct DesktopOptions final
{
    bool windowed = false; // --windowed: the main window even when there is a tray
    // Default: QSystemTrayIcon::isSystemTrayAvailable().
    std::function<bool()> trayAvailable;
    // Saved settings -> configuration. Default: loadConfig(ConfigSources::fromProcess(saved)),
    // so the command line, the environment and .env still override what is saved.
    std::function<ConfigResult(const QVariantMap &saved)> configure;
    ControllerOptions controller;
    QString autostartProgram; // empty: Autostart::currentProgram()
    bool openSettingsOnFirstRun = true;
};

// The tray application: loads the saved settings, runs the proxy through ProxyController,
// and shows it in the tray (or in the main window when there is none), with the request log,
// the settings dialog and the notifications.
class DesktopApp final : public QObject
{
    Q_OBJECT

public:
    DesktopApp(std::unique_ptr<SettingsStore> settings, DesktopOptions options = {},
        QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the tray icon or the window at once, then loads the saved settings (the keychain
    // answers asynchronously) and starts the server when it should; ready() follows.
    void start();
    bool isReady() const { return m_ready; }
    // A second launch asked for us: bring the window (or the request log) forward.
    void activate();

    void openLog();
    void openSettings();
    void showAbout();
    void copyEndpoint();
    void toggleServer();
    void setStartAtLogin(bool enabled);

    AppActions *actions() const { return m_actions; }
    ProxyController *controller() const { return m_controller; }
    SettingsStore *settings() const { return m_settings.get(); }
    const SavedSettings &saved() const { return m_saved; }
    TrayIcon *tray() const;
    MainWindow *mainWindow() const;
    SettingsDialog *settingsDialog() const; // null while closed
    RequestLogWindow *logWindow() const; // null while closed
    QWidget *aboutBox() const; // null while closed

Q_SIGNALS:
    void ready();
    // Every notification, whether a tray balloon or a line in the main window.
    void notified(const QString &title, const QString &message);

private:
    void loaded(const SavedSettings &saved, const QString &warning);
    void applySettings(const SettingsValues &values, const QString &warning);
    void applyLanguage(const QString &language);
    void retranslate();
    void refresh();
    void problemOccurred(ProxyController::Problem problem, const QString &text);
    void notify(const QString &message, bool warning);
    ConfigResult configure(const QVariantMap &saved) const;
    bool isFirstRun() const;
    QWidget *dialogParent() const;

    std::unique_ptr<SettingsStore> m_settings;
    DesktopOptions m_options;
    Autostart m_autostart;
    ProxyController *m_controller;
    AppActions *m_actions;
    std::unique_ptr<TrayIcon> m_tray;
    QPointer<MainWindow> m_window;
    QPointer<RequestLogWindow> m_log;
    QPointer<SettingsDialog> m_dialog;
    QPointer<QWidget> m_about;
    SavedSettings m_saved;
    QString m_language;
    QString m_keyWarning; // why the keys are not in a keychain, if they are not
    bool m_ready = false;
};

} // namespace mygpt::ui
