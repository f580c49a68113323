#include "tray/TrayIcon.h"

#include "app/AppActions.h"
#include "app/Icons.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

TrayIcon::TrayIcon(AppActions *actions, QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->addAction(actions->status);
    m_menu->addSeparator();
    m_menu->addAction(actions->startStop);
    m_menu->addAction(actions->copyEndpoint);
    m_menu->addSeparator();
    m_menu->addAction(actions->openLog);
    m_menu->addAction(actions->settings);
    m_menu->addAction(actions->startAtLogin);
    m_menu->addSeparator();
    m_menu->addAction(actions->about);
    m_menu->addAction(actions->quit);

    m_icon.setObjectName(u"trayIcon"_s);
    m_icon.setContextMenu(m_menu.get());
    m_icon.setIcon(stateIcon(ProxyController::State::Stopped));
    connect(&m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            // Trigger is a left click; the context menu opens by itself on the right one.
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT clicked();
        });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
}

TrayIcon::~TrayIcon()
{
    m_icon.hide();
}

void TrayIcon::showState(const ProxyController &controller)
{
    m_icon.setIcon(stateIcon(controller.state()));
    QString tip = u"MyGPT\n"_s + controller.endpoint().toString() + u'\n'
        + tr("%n request(s) today", nullptr, int(controller.requestsToday()));
    if (controller.problem() != ProxyController::Problem::None)
        tip += u'\n' + controller.problemText();
    m_icon.setToolTip(tip);
}

void TrayIcon::notify(const QString &title, const QString &message, bool warning)
{
    m_icon.showMessage(title, message,
        warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10'000);
}

} // namespace mygpt::ui
