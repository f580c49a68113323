#include "desktop/Autostart.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// Linux and the other XDG desktops: $XDG_CONFIG_HOME/autostart/<id>.desktop.

namespace mygpt {

Autostart::Autostart(QString program)
    : m_program(std::move(program))
{ }

QString Autostart::location() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/"_s + appId + u".desktop"_s;
}

bool Autostart::isEnabled() const
{
    if (!QFileInfo::exists(location()))
        return false;
    // Desktops switch an entry off with Hidden=true or X-GNOME-Autostart-enabled=false.
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("X-GNOME-Autostart-enabled=false");
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    return enabled ? writeEntryFile(location(), desktopEntry(m_program), error)
                   : removeEntryFile(location(), error);
}

} // namespace mygpt
