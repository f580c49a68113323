#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>
#include <memory>

#include "desktop/ProxyController.h"

namespace mygpt::ui {

class AppActions;

// The system tray icon: its look says the state, its tooltip the endpoint and today's
// requests, its menu holds the app's actions; a click opens the request log.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    TrayIcon(AppActions *actions, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show() { m_icon.show(); }
    void showState(const ProxyController &controller);
    // A balloon or desktop notification; clicking it emits messageClicked().
    void notify(const QString &title, const QString &message, bool warning);

    QMenu *menu() { return m_menu.get(); }
    QSystemTrayIcon *icon() { return &m_icon; }
    QString toolTip() const { return m_icon.toolTip(); }

Q_SIGNALS:
    void clicked();
    void messageClicked();

private:
    std::unique_ptr<QMenu> m_menu; // QSystemTrayIcon does not own its menu
    QSystemTrayIcon m_icon;
};

} // namespace mygpt::ui
