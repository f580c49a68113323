#include "config/ConfigLayers.h"

#include "config/ConfigLog.h"
#include "config/ConfigValues.h"
#include "config/DotEnv.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

constexpr ConfigLayer valueLayers[] = { ConfigLayer::CommandLine, ConfigLayer::Environment,
    ConfigLayer::DotEnv, ConfigLayer::Settings };

// The settings UI may store a list for the origins, a number for the port, bytes for a key.
QString savedText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QStringList>())
        return value.toStringList().join(u',');
    return value.toString();
}

void warnAboutUnknownKeys(const DotEnvFile &file)
{
    for (const DotEnvEntry &entry : file.result.entries) {
        if (entry.key.startsWith(u"MYGPT_"_s) && !findSetting(entry.key))
            qCWarning(lcConfig).noquote()
                << QCoreApplication::translate(
                       "mygpt::Config", "%1 line %2 sets unknown setting %3")
                       .arg(file.path, QString::number(entry.line), entry.key);
    }
}

} // namespace

ConfigLayers::ConfigLayers(const CommandLine &cli, const ConfigSources &sources)
    : m_cli(cli)
    , m_sources(sources)
{ }

QString ConfigLayers::readEnvFile()
{
    const bool given = !m_cli.envFile.isEmpty();
    QStringList candidates;
    if (given)
        candidates.append(absolutePath(m_cli.envFile));
    for (const QString &dir : { m_sources.workingDir, m_sources.configDir }) {
        if (!given && !dir.isEmpty())
            candidates.append(QDir(dir).filePath(u".env"_s));
    }
    for (const QString &path : std::as_const(candidates)) {
        const DotEnvFile file = loadDotEnvFile(path);
        // Kept even when malformed: secretValues() must know keys set before the bad line.
        for (const DotEnvEntry &entry : file.result.entries)
            m_dotEnv.insert(entry.key, entry.value);
        const QString shownPath = given ? u"--env-file "_s + m_cli.envFile : file.path;
        switch (file.status) {
        case DotEnvFile::Status::NotFound:
            if (!given)
                continue;
            [[fallthrough]];
        case DotEnvFile::Status::Unreadable:
            return QCoreApplication::translate("mygpt::Config", "cannot read %1: %2")
                .arg(shownPath, file.errorString);
        case DotEnvFile::Status::Malformed: {
            const DotEnvError &error = file.result.errors.constFirst();
            //: A .env file, the line number and what is wrong there.
            return QCoreApplication::translate("mygpt::Config", "%1 line %2: %3")
                .arg(file.path, QString::number(error.line), error.message);
        }
        case DotEnvFile::Status::Loaded:
            m_envFile = file.path;
            warnAboutUnknownKeys(file);
            return {};
        }
    }
    return {};
}

QString ConfigLayers::layerValue(ConfigLayer layer, const QString &name) const
{
    switch (layer) {
    case ConfigLayer::CommandLine:
        return m_cli.values.value(name);
    case ConfigLayer::Environment:
        return m_sources.environment.value(name);
    case ConfigLayer::DotEnv:
        return m_dotEnv.value(name);
    case ConfigLayer::Settings:
        return savedText(m_sources.saved.value(name));
    case ConfigLayer::Default:
        break;
    }
    return {};
}

LayeredValue ConfigLayers::lookup(const SettingSpec &spec) const
{
    const QString name = spec.name.toString();
    for (const ConfigLayer layer : valueLayers) {
        if (const QString text = layerValue(layer, name).trimmed(); !text.isEmpty())
            return { text, layer };
    }
    return {};
}

QString ConfigLayers::describe(const SettingSpec &spec, const LayeredValue &value) const
{
    const bool fromCli = value.layer == ConfigLayer::CommandLine;
    const QString label = fromCli ? u"--"_s + spec.option : spec.name.toString();
    QString where;
    switch (value.layer) {
    case ConfigLayer::CommandLine:
        where = QCoreApplication::translate("mygpt::Config", "the command line");
        break;
    case ConfigLayer::Environment:
        where = QCoreApplication::translate("mygpt::Config", "the environment");
        break;
    case ConfigLayer::DotEnv:
        where = QCoreApplication::translate("mygpt::Config", ".env %1").arg(m_envFile);
        break;
    case ConfigLayer::Settings:
    case ConfigLayer::Default:
        where = QCoreApplication::translate("mygpt::Config", "saved settings");
        break;
    }
    //: The setting, e.g. PORT, and where its value came from; an error text follows.
    if (spec.secret)
        return QCoreApplication::translate("mygpt::Config", "%1 (from %2)").arg(label, where);
    //: The setting, e.g. PORT, its value in quotes and where it came from; an error text follows.
    return QCoreApplication::translate("mygpt::Config", "%1 %2 (from %3)")
        .arg(label, config::quoted(config::redactPassword(value.text)), where);
}

QStringList ConfigLayers::secretValues() const
{
    QStringList values;
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.secret)
            continue;
        for (const ConfigLayer layer : valueLayers) {
            const QString value = layerValue(layer, spec.name.toString());
            values << value << value.trimmed();
        }
    }
    values.removeAll(QString());
    return values;
}

QString ConfigLayers::absolutePath(const QString &path) const
{
    return QDir::cleanPath(QDir(m_sources.workingDir).absoluteFilePath(path));
}

QString ConfigLayers::sourceName(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::CommandLine:
        return u"command line"_s;
    case ConfigLayer::Environment:
        return u"environment"_s;
    case ConfigLayer::DotEnv:
        return u".env"_s;
    case ConfigLayer::Settings:
        return u"settings"_s;
    case ConfigLayer::Default:
        break;
    }
    return u"default"_s;
}

} // namespace mygpt
