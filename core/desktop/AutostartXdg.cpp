#include "desktop/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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
    const QString path = location();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QFile(path).errorString();
        return false;
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(desktopEntry(m_program).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? path : file.errorString();
        return false;
    }
    return true;
}

} // namespace mygpt
