#include "desktop/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

// macOS: ~/Library/LaunchAgents/<id>.plist, loaded by launchd at the next login. Written and
// reviewed, not run here (the tests run on Linux).

namespace mygpt {

Autostart::Autostart(QString program)
    : m_program(std::move(program))
{ }

QString Autostart::location() const
{
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + appId + u".plist"_s;
}

bool Autostart::isEnabled() const
{
    return QFileInfo::exists(location());
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
        || file.write(launchAgentPlist(m_program).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? path : file.errorString();
        return false;
    }
    return true;
}

} // namespace mygpt
