#pragma once

#include <QLoggingCategory>

namespace mygpt {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace mygpt
