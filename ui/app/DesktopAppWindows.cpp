#include "app/DesktopApp.h"

#include <QApplication>
#include <QClipboard>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>

#include "app/AppActions.h"
#include "app/Icons.h"
#include "log/TextLog.h"
#include "settings/SettingsDialog.h"
#include "tray/TrayIcon.h"
#include "viewer/RequestLogWindow.h"
#include "window/MainWindow.h"

using namespace Qt::StringLiterals;

// The windows the app opens: request log, settings, about.

namespace mygpt::ui {

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {

void bringForward(QWidget *window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

} // namespace

TrayIcon *DesktopApp::tray() const
{
    return m_tray.get();
}

MainWindow *DesktopApp::mainWindow() const
{
    return m_window;
}

SettingsDialog *DesktopApp::settingsDialog() const
{
    return m_dialog;
}

RequestLogWindow *DesktopApp::logWindow() const
{
    return m_log;
}

QWidget *DesktopApp::aboutBox() const
{
    return m_about;
}

QWidget *DesktopApp::dialogParent() const
{
    return m_window; // null in tray mode: the dialogs are windows of their own
}

void DesktopApp::activate()
{
    qCInfo(lcApp) << "Another launch of MyGPT: this one is brought forward";
    if (m_window)
        bringForward(m_window);
    else
        openLog();
}

void DesktopApp::openLog()
{
    if (m_window) { // the main window holds the log
        bringForward(m_window);
        return;
    }
    if (!m_log) {
        m_log = new RequestLogWindow;
        m_log->setAttribute(Qt::WA_DeleteOnClose);
        m_log->attach(m_controller); // its store, state and endpoint, and their changes
    }
    bringForward(m_log);
}

void DesktopApp::openSettings()
{
    if (!m_ready) { // the saved settings are still being read from the keychain
        connect(this, &DesktopApp::ready, this, &DesktopApp::openSettings,
            Qt::SingleShotConnection);
        return;
    }
    if (m_dialog) {
        bringForward(m_dialog);
        return;
    }
    m_dialog = new SettingsDialog(m_settings.get(), dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setValues({ m_saved, m_autostart.isEnabled() }, configure(m_saved.values).sourceOf);
    m_dialog->setKeyStorageWarning(m_keyWarning);
    if (m_keyWarning.isEmpty()) {
        // Say so before the first save when there is no keychain to save to.
        m_settings->secrets()->checkKeychain(
            [dialog = m_dialog, store = m_settings->secrets()](bool available) {
                if (dialog && !available)
                    dialog->setKeyStorageWarning(
                        tr("No keychain is available in this session: the keys you save "
                           "will be kept in %1, readable only by your user account.")
                            .arg(store->fileDisplayPath()));
            });
    }
    connect(m_dialog, &SettingsDialog::saved, this, &DesktopApp::applySettings);
    bringForward(m_dialog);
}

void DesktopApp::showAbout()
{
    if (m_about) {
        bringForward(m_about);
        return;
    }
    auto *box = new QMessageBox(dialogParent());
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About MyGPT"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("MyGPT %1").arg(QStringLiteral(MYGPT_VERSION)));
    const QString logDir = m_controller->config().logDir.isEmpty()
        ? TextLog::defaultDirectory()
        : m_controller->config().logDir;
    box->setInformativeText(tr("A local OpenAI-compatible proxy: your tools call %1, MyGPT "
                               "forwards to %2 with your key.\n\nSettings: %3\nLogs: %4\n"
                               "Qt %5")
            .arg(m_controller->endpoint().toString(), m_controller->config().baseUrl.toString(),
                m_settings->settings()->path(), logDir,
                QLibraryInfo::version().toString()));
    box->setStandardButtons(QMessageBox::Close);
    box->setModal(false);
    m_about = box;
    bringForward(box);
}

void DesktopApp::copyEndpoint()
{
    const QString url = m_controller->endpoint().toString();
    QGuiApplication::clipboard()->setText(url);
    if (m_window)
        m_window->notify(tr("Copied %1").arg(url));
}

void DesktopApp::retranslate()
{
    m_actions->retranslate();
    refresh();
    if (m_window)
        m_window->retranslate();
    if (m_log)
        m_log->retranslate();
    if (m_dialog)
        m_dialog->retranslate();
}

} // namespace mygpt::ui
