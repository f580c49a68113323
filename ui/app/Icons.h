#pragma once

#include <QIcon>

#include "desktop/ProxyController.h"

namespace mygpt::ui {

// The SVG icons, rendered at every size a tray or window may ask for, so they stay crisp
// on HiDPI screens without relying on the SVG icon-engine plugin being deployed.
QIcon appIcon();
QIcon stateIcon(ProxyController::State state);
// The same, also for the disabled mode (the tray menu's status line).
QIcon statusIcon(ProxyController::State state);
QIcon showKeyIcon(bool shown);

} // namespace mygpt::ui
