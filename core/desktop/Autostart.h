#pragma once

#include <QString>
#include <QStringList>

namespace mygpt {

// "Start at login" for the current user: an XDG autostart entry on Linux
// ($XDG_CONFIG_HOME/autostart/<id>.desktop), the per-user Run key on Windows, a LaunchAgent
// on macOS (~/Library/LaunchAgents/<id>.plist). The OS's own record is the setting: nothing
// about it is kept in MyGPT's settings file, so removing the entry by hand is respected.
class Autostart final
{
public:
    // Reverse-DNS application id, shared with the desktop file and the icons.
    static constexpr QStringView appId = u"app.mygpt.MyGPT";

    // `program` is what the login session runs; default: this executable (the AppImage when
    // running from one).
    explicit Autostart(QString program = currentProgram());

    static QString currentProgram();

    bool isEnabled() const;
    // Writes or removes the entry; false with *error set when that failed.
    bool setEnabled(bool enabled, QString *error = nullptr);
    // The file or registry value that holds the entry, for messages and tests.
    QString location() const;

    // The entry's text, one function per platform, so every platform's format is tested here.
    static QString desktopEntry(const QString &program);
    static QString launchAgentPlist(const QString &program);
    static QString windowsRunCommand(const QString &nativeProgram);
    // Exec= quoting of the desktop entry specification.
    static QString desktopExecQuoted(const QString &program);

private:
    // Where the entry is a file: writes it atomically (creating its folder) or removes it;
    // false with *error set when that failed.
    static bool writeEntryFile(const QString &path, const QString &text, QString *error);
    static bool removeEntryFile(const QString &path, QString *error);

    QString m_program;
};

} // namespace mygpt
