#pragma once

#include <QString>
#include <QStringList>

namespace mygpt {

// Installs MyGPT's translation (embedded as :/i18n/mygpt_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm from Qt's translations folder) for `language`: "system" (the system's
// UI languages, in order), "en", or a locale name such as "zh_CN". Replaces whatever an
// earlier call installed, so a GUI can switch languages. Returns false, leaving English,
// when MyGPT has no translation for that language. Main thread; needs a QCoreApplication.
bool installTranslations(const QString &language);

// The languages with a translation, English included: {"en", "zh_CN"}.
QStringList availableTranslations();

} // namespace mygpt
