#pragma once

#include <QWidget>

namespace mygpt {
class ProxyController;
}

class QCheckBox;
class QLabel;
class QPushButton;

namespace mygpt::ui {

class AppActions;
class RequestLogWindow;

// The window MyGPT opens when there is no system tray (or with --windowed): it says why,
// shows the state, offers the tray menu's commands, and holds the request log viewer (the
// window the tray opens, here embedded). Closing it quits MyGPT.
class MainWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Reason { NoTray, Windowed };

    MainWindow(AppActions *actions, Reason reason, QWidget *parent = nullptr);

    void showState(const ProxyController &controller);
    // The viewer follows the controller's store, state and endpoint.
    void attach(ProxyController *controller);
    // A notification's place when there is no tray: a line at the top of the window.
    void notify(const QString &message);
    void retranslate();

    RequestLogWindow *log() const { return m_log; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QPushButton *button(const QString &name, QAction *action);

    AppActions *m_actions;
    Reason m_reason;
    QLabel *m_why;
    QLabel *m_stateIcon;
    QLabel *m_status;
    QLabel *m_problem;
    QLabel *m_notice;
    RequestLogWindow *m_log;
    QCheckBox *m_startAtLogin;
    QList<QPair<QPushButton *, QAction *>> m_buttons;
};

} // namespace mygpt::ui
