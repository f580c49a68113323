#include "config/CommandLine.h"

#include "config/ConfigSchema.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// Word-wraps to 80 columns so --help reads well in a default terminal.
QString wrapped(QStringView text, const QString &indent)
{
    constexpr qsizetype width = 80;
    QString out;
    QString line = indent;
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
            out += line + u'\n';
            line = indent;
        }
        if (line.size() > indent.size())
            line += u' ';
        line += word;
    }
    return out + line + u'\n';
}

// "  --port PORT     Overrides PORT.", the text wrapped in its column.
QString row(const QString &left, const QString &text)
{
    constexpr qsizetype column = 28;
    const QString body = wrapped(text, QString(column, u' '));
    return QString(u"  "_s + left).leftJustified(column - 1) + u' ' + body.sliced(column);
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    const QCommandLineOption headless(u"headless"_s);
    const QCommandLineOption windowed(u"windowed"_s);
    const QCommandLineOption help(QStringList { u"h"_s, u"help"_s });
    const QCommandLineOption version(QStringList { u"v"_s, u"version"_s });
    const QCommandLineOption envFile(u"env-file"_s, QString(), u"PATH"_s);
    QCommandLineParser parser;
    parser.addOptions({ headless, windowed, help, version, envFile });
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.option.isEmpty())
            parser.addOption({ spec.option.toString(), QString(), spec.valueName.toString() });
    }

    CommandLine result;
    // QCommandLineParser refuses an empty list; it wants the program name first.
    if (!parser.parse(arguments.isEmpty() ? QStringList { u"mygpt"_s } : arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        result.error = unknown.isEmpty()
            ? parser.errorText()
            : u"unknown option %1 (see mygpt --help)"_s.arg(dashed(unknown.constFirst()));
        return result;
    }
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        result.error = u"unexpected argument \"%1\" (see mygpt --help)"_s.arg(extra.constFirst());
        return result;
    }
    result.headless = parser.isSet(headless);
    result.windowed = parser.isSet(windowed);
    result.help = parser.isSet(help);
    result.version = parser.isSet(version);
    if (parser.isSet(envFile)) {
        result.envFile = parser.value(envFile);
        if (result.envFile.isEmpty())
            result.error = u"--env-file needs a path"_s;
    }
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.option.isEmpty() && parser.isSet(spec.option.toString()))
            result.values.insert(spec.name.toString(), parser.value(spec.option.toString()));
    }
    if (result.headless && result.windowed && result.error.isEmpty())
        result.error = u"--headless and --windowed cannot be used together"_s;
    return result;
}

QString commandLineHelp(const QString &configDir)
{
    const QString configEnv = configDir.isEmpty() ? u"<config dir>/.env"_s : configDir + u"/.env";
    QString text = u"Usage: mygpt [options]\n"
                   u"MyGPT " MYGPT_VERSION u", a local OpenAI-compatible proxy.\n\nOptions:\n"_s;
    text += row(u"--headless"_s, u"Run the proxy only: no tray icon, no windows."_s);
    text += row(u"--windowed"_s, u"Use a normal window instead of the tray icon."_s);
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.option.isEmpty())
            text += row(
                u"--"_s + spec.option + u' ' + spec.valueName, u"Overrides "_s + spec.name + u'.');
    }
    text += row(u"--env-file PATH"_s,
        u"Read settings from PATH instead of ./.env or "_s + configEnv + u'.');
    text += row(u"-h, --help"_s, u"Show this help and exit."_s);
    text += row(u"-v, --version"_s, u"Show the version and exit."_s);
    text += u"\nSettings, from the environment or the .env file:\n"_s;
    for (const SettingSpec &spec : settingSpecs()) {
        text += u"  "_s + spec.name + u" (default: "_s + spec.defaultText + u")\n"_s;
        text += wrapped(spec.help, u"      "_s);
    }
    text += u"\nPrecedence: command line > environment > .env > saved settings > defaults.\n"
            u"Sizes take a K, M or G suffix (1K = 1024 bytes); times are in seconds.\n"_s;
    return text;
}

} // namespace mygpt
