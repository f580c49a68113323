#include "service/Headless.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

#include "config/ConfigLoader.h"
#include "proxy/ProxyServer.h"
#include "service/QuitOnSignal.h"

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcService, "mygpt.service", QtInfoMsg)

void installConsoleFormat()
{
    qSetMessagePattern(u"%{time yyyy-MM-dd HH:mm:ss.zzz} "
                       "%{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}%{if-warning}WARNING%{endif}"
                       "%{if-critical}ERROR%{endif}%{if-fatal}FATAL%{endif} - %{message}"_s);
}

int runHeadless(const ConfigResult &configuration)
{
    installConsoleFormat();
    quitOnTerminationSignals();
    const ProxyConfig &config = configuration.config;
    ProxyServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "mygpt: %s\n", qPrintable(error));
        return 1;
    }
    qCInfo(lcService).noquote() << u"MyGPT %1 listening on %2"_s.arg(
            QStringLiteral(MYGPT_VERSION), server.endpoint().toString());
    qCInfo(lcService).noquote() << u"Upstream %1, %2"_s.arg(
            config.baseUrl.toString(),
            config.apiKey.isEmpty()
                    ? u"no API key configured: each client's own Authorization is forwarded"_s
                    : u"API key configured"_s);
    if (!configuration.envFileUsed.isEmpty())
        qCInfo(lcService).noquote() << u"Settings read from %1"_s.arg(configuration.envFileUsed);
    if (!config.accessKey.isEmpty())
        qCInfo(lcService).noquote() << u"Clients must send the access key (MYGPT_ACCESS_KEY)"_s;
    const int code = QCoreApplication::exec();
    qCInfo(lcService).noquote() << u"MyGPT stopped"_s;
    return code;
}

} // namespace mygpt
