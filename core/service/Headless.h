#pragma once

namespace mygpt {

struct ConfigResult;

// `mygpt --headless`: serve until SIGINT/SIGTERM, logging to the console. Returns the exit
// code (1 when the port cannot be used).
int runHeadless(const ConfigResult &configuration);

// The console line format shared by every mode: "2026-11-27 17:00:00.123 INFO - message".
void installConsoleFormat();

} // namespace mygpt
