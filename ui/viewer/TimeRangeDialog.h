#pragma once

#include "viewer/TimeRange.h"

class QWidget;

namespace mygpt::ui {

// Asks for a custom time span (from, to); false if cancelled.
bool askTimeSpan(QWidget *parent, viewer::TimeSpan *span);

} // namespace mygpt::ui
