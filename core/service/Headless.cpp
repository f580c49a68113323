#include "service/Headless.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

#include "config/ConfigLoader.h"
#include "log/TextLog.h"
#include "proxy/ProxyServer.h"
#include "service/QuitOnSignal.h"
#include "service/Recorder.h"
#include "store/RequestStore.h"

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcService, "mygpt.service", QtInfoMsg)

void installConsoleFormat()
{
    qSetMessagePattern(u"%{time yyyy-MM-dd HH:mm:ss.zzz} "
                       "%{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}%{if-warning}WARNING%{endif}"
                       "%{if-critical}ERROR%{endif}%{if-fatal}FATAL%{endif} - %{message}"_s);
}

QString dataDirectory(const ProxyConfig &config)
{
    return config.dataDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            : config.dataDir;
}

std::unique_ptr<RequestStore> openRequestStore(const ProxyConfig &config)
{
    if (!config.storeEnabled)
        return nullptr;
    StoreOptions options;
    options.path = QDir(dataDirectory(config)).filePath(u"requests.sqlite"_s);
    auto store = std::make_unique<RequestStore>(options);
    store->setMaxAgeDays(config.retentionDays);
    store->setMaxSizeBytes(config.storeMaxBytes);
    return store;
}

int runHeadless(const ConfigResult &configuration)
{
    installConsoleFormat();
    quitOnTerminationSignals();
    const ProxyConfig &config = configuration.config;
    TextLog log(TextLogOptions::fromConfig(config));
    log.installMessageHandler();

    ProxyServer server(config);
    if (config.storeEnabled)
        server.setRequestIdStateFile(QDir(dataDirectory(config)).filePath(u"request-ids"_s));
    QString error;
    if (!server.start(&error)) {
        log.shutdown();
        std::fprintf(stderr, "mygpt: %s\n", qPrintable(error));
        return 1;
    }
    const std::unique_ptr<RequestStore> store = openRequestStore(config);
    Recorder recorder(&server, &log, store.get(), config.contentPolicy);

    // The start-up lines, in the user's language (the Headless context of translations/).
    qCInfo(lcService).noquote()
            << QCoreApplication::translate("Headless", "MyGPT %1 listening on %2")
                       .arg(QStringLiteral(MYGPT_VERSION), server.endpoint().toString());
    const QString keyState = config.apiKey.isEmpty()
            ? QCoreApplication::translate(
                    "Headless",
                    "no API key configured: each client's own Authorization is forwarded")
            : QCoreApplication::translate("Headless", "API key configured");
    qCInfo(lcService).noquote() << QCoreApplication::translate("Headless", "Upstream %1, %2")
                                           .arg(config.baseUrl.toString(), keyState);
    if (!configuration.envFileUsed.isEmpty()) {
        qCInfo(lcService).noquote()
                << QCoreApplication::translate("Headless", "Settings read from %1")
                           .arg(configuration.envFileUsed);
    }
    if (!config.accessKey.isEmpty()) {
        qCInfo(lcService).noquote() << QCoreApplication::translate(
                "Headless", "Clients must send the access key (MYGPT_ACCESS_KEY)");
    }
    if (!log.directory().isEmpty()) {
        qCInfo(lcService).noquote()
                << QCoreApplication::translate("Headless", "Log files in %1").arg(log.directory());
    }
    if (store && store->isOpen()) {
        qCInfo(lcService).noquote()
                << QCoreApplication::translate("Headless", "Request store %1").arg(store->path());
    } else if (store) {
        qCWarning(lcService).noquote()
                << QCoreApplication::translate("Headless", "Request store unavailable: %1")
                           .arg(store->errorString());
    }

    const int code = QCoreApplication::exec();
    qCInfo(lcService).noquote() << QCoreApplication::translate("Headless", "MyGPT stopped");
    if (store)
        store->flush();
    log.shutdown();
    return code;
}

} // namespace mygpt
