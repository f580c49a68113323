#pragma once

namespace mygpt::ui {

// `mygpt` without --headless: one instance per user (a second launch brings the first one
// forward and exits 0), then the tray app until Quit. Needs a QApplication.
int runDesktop(bool windowed);

} // namespace mygpt::ui
