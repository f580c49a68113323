#include "config/CommandLine.h"

#include "config/ConfigSchema.h"
#include "config/TerminalWrap.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// "  --port PORT     Overrides PORT.", the text wrapped in its column.
QString row(const QString &left, const QString &text)
{
    constexpr qsizetype column = 28;
    const QString body = wrapForTerminal(text, QString(column, u' '));
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
            : QCoreApplication::translate("mygpt::Config", "unknown option %1 (see mygpt --help)")
                  .arg(dashed(unknown.constFirst()));
        return result;
    }
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        result.error = QCoreApplication::translate(
            "mygpt::Config", "unexpected argument \"%1\" (see mygpt --help)")
                           .arg(extra.constFirst());
        return result;
    }
    result.headless = parser.isSet(headless);
    result.windowed = parser.isSet(windowed);
    result.help = parser.isSet(help);
    result.version = parser.isSet(version);
    if (parser.isSet(envFile)) {
        result.envFile = parser.value(envFile);
        if (result.envFile.isEmpty())
            result.error = QCoreApplication::translate("mygpt::Config", "--env-file needs a path");
    }
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.option.isEmpty() && parser.isSet(spec.option.toString()))
            result.values.insert(spec.name.toString(), parser.value(spec.option.toString()));
    }
    if (result.headless && result.windowed && result.error.isEmpty())
        result.error = QCoreApplication::translate(
            "mygpt::Config", "--headless and --windowed cannot be used together");
    return result;
}

// Option names, setting names and placeholders (PORT, PATH) stay English in every language:
// they are what the user types.
QString commandLineHelp(const QString &configDir)
{
    const QString configEnv = configDir.isEmpty() ? u"<config dir>/.env"_s : configDir + u"/.env";
    QString text = QCoreApplication::translate("mygpt::Config", "Usage: mygpt [options]") + u'\n'
        + QCoreApplication::translate("mygpt::Config", "MyGPT %1, a local OpenAI-compatible proxy.")
              .arg(QStringLiteral(MYGPT_VERSION))
        + u"\n\n"_s + QCoreApplication::translate("mygpt::Config", "Options:") + u'\n';
    text += row(u"--headless"_s,
        QCoreApplication::translate(
            "mygpt::Config", "Run the proxy only: no tray icon, no windows."));
    text += row(u"--windowed"_s,
        QCoreApplication::translate(
            "mygpt::Config", "Use a normal window instead of the tray icon."));
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.option.isEmpty())
            text += row(u"--"_s + spec.option + u' ' + spec.valueName,
                QCoreApplication::translate("mygpt::Config", "Overrides %1.")
                    .arg(spec.name.toString()));
    }
    text += row(u"--env-file PATH"_s,
        QCoreApplication::translate(
            "mygpt::Config", "Read settings from PATH instead of ./.env or %1.")
            .arg(configEnv));
    text += row(
        u"-h, --help"_s, QCoreApplication::translate("mygpt::Config", "Show this help and exit."));
    text += row(u"-v, --version"_s,
        QCoreApplication::translate("mygpt::Config", "Show the version and exit."));
    text += u'\n'
        + QCoreApplication::translate(
            "mygpt::Config", "Settings, from the environment or the .env file:")
        + u'\n';
    for (const SettingSpec &spec : settingSpecs()) {
        text += u"  "_s
            + QCoreApplication::translate("mygpt::Config", "%1 (default: %2)")
                  .arg(spec.name.toString(), spec.shownDefault())
            + u'\n';
        text += wrapForTerminal(spec.shownHelp(), u"      "_s);
    }
    text += u'\n'
        + QCoreApplication::translate("mygpt::Config",
            "Precedence: command line > environment > .env > saved settings > defaults.")
        + u'\n'
        + QCoreApplication::translate("mygpt::Config",
            "Sizes take a K, M or G suffix (1K = 1024 bytes); times are in seconds.")
        + u'\n';
    return text;
}

} // namespace mygpt
