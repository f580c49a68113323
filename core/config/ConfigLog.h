#pragma once

#include <QLoggingCategory>

namespace mygpt {

// "mygpt.config"; never given a key's value, only its name.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)

} // namespace mygpt
