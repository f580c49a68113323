#pragma once

#include <QObject>

namespace mygpt {

// Quits the application cleanly on SIGINT/SIGTERM (Ctrl+C / console close on Windows), so
// `mygpt --headless` under systemd, Docker or a terminal shuts down without losing log lines.
void quitOnTerminationSignals();

} // namespace mygpt
