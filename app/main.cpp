#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

#include "app/DesktopMain.h"
#include "config/CommandLine.h"
#include "config/ConfigLoader.h"
#include "log/Translations.h"
#include "service/Headless.h"
#include "settings/SettingsStore.h"
#include "upstream/OutboundProxy.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_WIN
// The GUI-subsystem executable has no console of its own. Output that is redirected (a pipe,
// a file) already has its handles; otherwise use the console of the shell that started us.
void attachParentConsole()
{
    if (GetStdHandle(STD_ERROR_HANDLE) == nullptr && AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
}
#endif

constexpr int keychainTimeoutMs = 10'000;

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("MyGPT"));
    // No organization: settings and .env live in ~/.config/MyGPT, not ~/.config/MyGPT/MyGPT.
    QCoreApplication::setOrganizationDomain(QStringLiteral("mygpt.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYGPT_VERSION));
}

// --headless, --help, --version and usage errors: the console, no display needed.
int runConsole(int argc, char *argv[], bool headless)
{
    // Headless, nothing needs the GLib event loop; the plain Unix one makes 40% fewer system
    // calls per request (it wakes a thread once, not once per posted event).
    if (headless && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    setApplicationNames();
    mygpt::OutboundProxyFactory::disableApplicationProxy();
    // Log lines, --help and the configuration errors below in the system's language (English
    // unless a translation exists): installed before loadConfig() composes any of them.
    mygpt::installTranslations(QStringLiteral("system"));

    // The settings window's saved settings: the lowest layer below .env and the environment.
    QVariantMap saved;
    if (headless) {
        QString warning;
        saved = mygpt::SettingsStore::savedValues(keychainTimeoutMs, &warning);
        if (!warning.isEmpty())
            std::fprintf(stderr, "mygpt: %s\n", qPrintable(warning));
    }
    const mygpt::ConfigResult configuration
        = loadConfig(mygpt::ConfigSources::fromProcess(saved));
    if (!configuration.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(configuration.error));
        return configuration.exitCode;
    }
    if (configuration.showHelp || configuration.showVersion) {
        std::fprintf(stdout, "%s\n", qPrintable(configuration.helpText));
        return 0;
    }
    return mygpt::runHeadless(configuration);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Only picks the path: no translator exists yet, so runConsole() parses again for the
    // error text the user sees.
    const mygpt::CommandLine cli = mygpt::parseCommandLine(arguments);
    if (cli.headless || cli.help || cli.version || !cli.error.isEmpty()) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        return runConsole(argc, argv, cli.headless);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    mygpt::OutboundProxyFactory::disableApplicationProxy();
    mygpt::installTranslations(QStringLiteral("system"));
    return mygpt::ui::runDesktop(cli.windowed);
}
