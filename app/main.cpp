#include <QCoreApplication>

#include <cstdio>

#include "config/ConfigLoader.h"
#include "service/Headless.h"

int main(int argc, char *argv[])
{
    // Headless, nothing needs the GLib event loop; the plain Unix one makes fewer system
    // calls per request.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("MyGPT"));
    // No organization: settings and .env live in ~/.config/MyGPT, not ~/.config/MyGPT/MyGPT.
    QCoreApplication::setOrganizationDomain(QStringLiteral("mygpt.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYGPT_VERSION));

    const mygpt::ConfigResult configuration = loadConfig(mygpt::ConfigSources::fromProcess());
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
