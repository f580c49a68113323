#include "desktop/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

// The text of each platform's entry: compiled and tested everywhere.

namespace mygpt {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool Autostart::removeEntryFile(const QString &path, QString *error)
{
    if (!QFile::exists(path) || QFile::remove(path))
        return true;
    if (error)
        *error = QFile(path).errorString();
    return false;
}

bool Autostart::writeEntryFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? path : file.errorString();
        return false;
    }
    return true;
}

QString Autostart::currentProgram()
{
    // An AppImage runs from a temporary mount; the login session must start the image.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isFile())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QString Autostart::desktopExecQuoted(const QString &program)
{
    // Reserved characters need the argument in double quotes, inside which the quote, the
    // backtick, the dollar and the backslash take a backslash; then the whole value is a
    // desktop-entry string, where every backslash doubles.
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    bool needsQuotes = false;
    for (const QChar c : program)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString arg = program;
    if (needsQuotes) {
        QString quoted;
        for (const QChar c : program) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        arg = u'"' + quoted + u'"';
    }
    arg.replace(u"\\"_s, u"\\\\"_s);
    // A literal % must be doubled: it starts a field code.
    arg.replace(u"%"_s, u"%%"_s);
    return arg;
}

QString Autostart::desktopEntry(const QString &program)
{
    return u"[Desktop Entry]\n"
           u"Type=Application\n"
           u"Name=MyGPT\n"
           u"Comment=Local OpenAI-compatible proxy\n"
           u"Exec=%1\n"
           u"Icon=%2\n"
           u"Terminal=false\n"
           u"Categories=Network;Development;\n"
           u"X-GNOME-Autostart-enabled=true\n"_s.arg(desktopExecQuoted(program), appId);
}

QString Autostart::launchAgentPlist(const QString &program)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           u"\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           u"<plist version=\"1.0\">\n"
           u"<dict>\n"
           u"    <key>Label</key>\n"
           u"    <string>%1</string>\n"
           u"    <key>ProgramArguments</key>\n"
           u"    <array>\n"
           u"        <string>%2</string>\n"
           u"    </array>\n"
           u"    <key>RunAtLoad</key>\n"
           u"    <true/>\n"
           u"    <key>ProcessType</key>\n"
           u"    <string>Interactive</string>\n"
           u"</dict>\n"
           u"</plist>\n"_s.arg(appId, xmlEscaped(program));
}

QString Autostart::windowsRunCommand(const QString &nativeProgram)
{
    return u'"' + nativeProgram + u'"';
}

} // namespace mygpt
