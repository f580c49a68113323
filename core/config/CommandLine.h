#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mygpt {

struct CommandLine final
{
    bool headless = false;
    bool windowed = false;
    bool help = false;
    bool version = false;
    QString envFile; // --env-file as given; empty if absent
    QHash<QString, QString> values; // setting name (e.g. "PORT") -> value of its option
    QString error; // one line without the "mygpt: " prefix; empty if fine
};

// arguments[0] is the program name, as in QCoreApplication::arguments().
CommandLine parseCommandLine(const QStringList &arguments);

// The --help text: every option and every setting with its default.
QString commandLineHelp(const QString &configDir);

} // namespace mygpt
