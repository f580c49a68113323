#pragma once

#include <QAction>
#include <QObject>

#include "desktop/ProxyController.h"

namespace mygpt::ui {

// The commands of the tray menu, also used by the no-tray window: one QAction each, so the
// two stay the same and tests can trigger them.
class AppActions final : public QObject
{
    Q_OBJECT

public:
    explicit AppActions(QObject *parent = nullptr);

    QAction *const status; // a disabled line: "Running on http://127.0.0.1:8000/v1"
    QAction *const startStop;
    QAction *const copyEndpoint;
    QAction *const openLog;
    QAction *const settings;
    QAction *const startAtLogin; // checkable
    QAction *const about;
    QAction *const quit;

    // Texts in the current language; call after installTranslations().
    void retranslate();
    // The status line, the Start/Stop text and what is enabled, from the controller.
    void showState(const ProxyController &controller);

    // "Running on URL", "Stopped: port 8000 is in use"...
    static QString statusLine(const ProxyController &controller);

private:
    bool m_running = false;
};

} // namespace mygpt::ui
