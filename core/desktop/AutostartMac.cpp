#include "desktop/Autostart.h"

#include <QDir>
#include <QFileInfo>

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
    return enabled ? writeEntryFile(location(), launchAgentPlist(m_program), error)
                   : removeEntryFile(location(), error);
}

} // namespace mygpt
