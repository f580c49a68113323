#include "desktop/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

// Windows: a value named MyGPT under HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
// Written and reviewed, not run here (the tests run on Linux).

namespace mygpt {

namespace {

constexpr auto runKey = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_L1;
constexpr auto valueName = "MyGPT"_L1;

} // namespace

Autostart::Autostart(QString program)
    : m_program(std::move(program))
{ }

QString Autostart::location() const
{
    return runKey + u'\\' + valueName;
}

bool Autostart::isEnabled() const
{
    const QSettings run(runKey, QSettings::NativeFormat);
    return run.contains(valueName);
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    QSettings run(runKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(valueName, windowsRunCommand(QDir::toNativeSeparators(m_program)));
    else
        run.remove(valueName);
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("Autostart", "cannot write %1").arg(location());
    return false;
}

} // namespace mygpt
