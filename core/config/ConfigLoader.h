#pragma once

#include "config/ProxyConfig.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mygpt {

// Everything loadConfig() reads, injected so tests need no real environment.
struct ConfigSources final
{
    QStringList arguments; // argv, program name first
    QProcessEnvironment environment; // default-constructed: empty
    QString workingDir; // where ./.env is looked for; relative paths resolve here
    QString configDir; // where <config dir>/.env is looked for
    QVariantMap saved; // setting name (e.g. "PORT") -> value, from the settings UI

    // The running process: QCoreApplication::arguments(), the system environment, the
    // current directory and QStandardPaths::AppConfigLocation. Needs a QCoreApplication.
    static ConfigSources fromProcess(const QVariantMap &saved = {});
};

struct ConfigResult final
{
    enum class Mode { Gui, Headless, Windowed };

    ProxyConfig config;
    Mode mode = Mode::Gui;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText; // for stdout when showHelp or showVersion
    QString error; // one line for stderr, "mygpt: ..."; never holds a key
    int exitCode = 0; // 2 for a usage or configuration error
    QString envFileUsed; // absolute path of the .env read, empty if none
    QHash<QString, QString> sourceOf; // ProxyConfig field -> "command line", "environment",
                                      // ".env", "settings" or "default"

    bool shouldExit() const { return showHelp || showVersion || !error.isEmpty(); }
};

// Precedence per setting: command line > environment > .env > saved > default.
// An empty (or all-blank) value counts as not set, so it falls through to the next layer.
ConfigResult loadConfig(const ConfigSources &sources);

} // namespace mygpt
