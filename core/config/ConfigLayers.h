#pragma once

#include "config/CommandLine.h"
#include "config/ConfigLoader.h"
#include "config/ConfigSchema.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mygpt {

// Where a setting's value came from, highest precedence first.
enum class ConfigLayer { CommandLine, Environment, DotEnv, Settings, Default };

struct LayeredValue final
{
    QString text; // trimmed; empty only for Default
    ConfigLayer layer = ConfigLayer::Default;
};

// The command line, environment, .env file and saved settings, stacked by precedence.
class ConfigLayers final
{
public:
    ConfigLayers(const CommandLine &cli, const ConfigSources &sources);

    // Reads --env-file, or else the first .env that exists in the working directory, then the
    // config directory. Returns an error line without the "mygpt: " prefix; empty if fine.
    QString readEnvFile();
    const QString &envFileUsed() const { return m_envFile; }

    // The highest layer with a non-blank value: a blank one falls through to the next layer.
    LayeredValue lookup(const SettingSpec &spec) const;
    // `PORT "99999" (from the environment)`; a secret is named, never shown.
    QString describe(const SettingSpec &spec, const LayeredValue &value) const;
    // Every value a layer holds for a secret setting, to scrub them from messages.
    QStringList secretValues() const;
    // Relative paths are relative to the working directory, as they are on the command line.
    QString absolutePath(const QString &path) const;

    static QString sourceName(ConfigLayer layer);

private:
    QString layerValue(ConfigLayer layer, const QString &name) const;

    const CommandLine &m_cli;
    const ConfigSources &m_sources;
    QHash<QString, QString> m_dotEnv; // last entry wins, as in python-dotenv
    QString m_envFile;
};

} // namespace mygpt
