#pragma once

#include <QPalette>

namespace mygpt::ui {

// A dark palette for the Fusion style, close to what dark desktop themes use.
QPalette darkPalette();

// MYGPT_THEME=dark (or light) overrides the desktop's colours with Fusion in that palette:
// Qt 6.4 follows no dark preference on some desktops, and screenshots and tests need both.
// Anything else (unset) keeps the platform's own style and palette.
void applyThemeFromEnvironment();

} // namespace mygpt::ui
