#pragma once

namespace mygpt {

// The nice value of the log and store writer threads on Linux.
inline constexpr int BackgroundNice = 5;

// Names the calling thread (shown by top -H and in /proc) and, on Linux, lowers its
// scheduling priority: when the log or store writer shares a busy core with request
// handling, the scheduler favours the requests. Elsewhere it does nothing.
void makeCurrentThreadBackground(const char *name);

} // namespace mygpt
