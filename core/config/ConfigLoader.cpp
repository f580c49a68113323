#include "config/ConfigLoader.h"

#include "config/CommandLine.h"
#include "config/ConfigLayers.h"
#include "config/ConfigLog.h"
#include "config/ConfigSchema.h"
#include "config/ConfigValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcConfig, "mygpt.config")

namespace {

constexpr int usageErrorExitCode = 2;
constexpr qsizetype minAccessKeyLength = 16;

class Loader final
{
public:
    explicit Loader(const ConfigSources &sources)
        : m_cli(parseCommandLine(sources.arguments))
        , m_layers(m_cli, sources)
        , m_configDir(sources.configDir)
    { }

    ConfigResult run()
    {
        if (!m_cli.error.isEmpty()) {
            fail(m_cli.error);
        } else if (m_cli.help) {
            m_result.showHelp = true;
            m_result.helpText = commandLineHelp(m_configDir);
        } else if (m_cli.version) {
            m_result.showVersion = true;
            m_result.helpText = u"mygpt " MYGPT_VERSION u"\n"_s;
        } else {
            m_result.mode = m_cli.headless ? ConfigResult::Mode::Headless
                : m_cli.windowed           ? ConfigResult::Mode::Windowed
                                           : ConfigResult::Mode::Gui;
            if (const QString error = m_layers.readEnvFile(); !error.isEmpty())
                fail(error);
            else
                applyAll();
            m_result.envFileUsed = m_layers.envFileUsed();
        }
        scrubSecrets();
        return std::move(m_result);
    }

private:
    void fail(const QString &message)
    {
        m_result.error = u"mygpt: "_s + message;
        m_result.exitCode = usageErrorExitCode;
    }

    // Looks the setting up, parses it into target, records its source; false on error.
    template<typename T, typename Parse> bool apply(QStringView name, T &target, Parse parse)
    {
        const SettingSpec &spec = *findSetting(name);
        const LayeredValue value = m_layers.lookup(spec);
        m_result.sourceOf.insert(spec.field.toString(), ConfigLayers::sourceName(value.layer));
        if (value.layer == ConfigLayer::Default)
            return true;
        QString why;
        auto parsed = parse(value.text, &why);
        if (!parsed) {
            //: The setting and its value, then what is wrong with it: PORT "0" (from the
            //: environment) is not a port number (1-65535)
            fail(QCoreApplication::translate("mygpt::Config", "%1 %2")
                     .arg(m_layers.describe(spec, value), why));
            return false;
        }
        target = std::move(*parsed);
        return true;
    }

    bool applyAll();
    void scrubSecrets();

    const CommandLine m_cli;
    ConfigLayers m_layers;
    const QString m_configDir;
    ConfigResult m_result;
};

bool Loader::applyAll()
{
    using namespace config;
    namespace k = settingkeys;
    const auto key = [](QStringView text, QString *why) -> std::optional<Secret> {
        const std::optional<QByteArray> bytes = parseKey(text, why);
        return bytes ? std::optional(Secret(*bytes)) : std::nullopt;
    };
    const auto body = [](QStringView text, QString *why) {
        return parseByteSize(text, maxBodyBytesLimit, why);
    };
    const auto header = [](QStringView text, QString *why) -> std::optional<int> {
        const std::optional<qint64> bytes = parseByteSize(text, maxHeaderBytesLimit, why);
        return bytes ? std::optional(int(*bytes)) : std::nullopt;
    };
    const auto storeSize = [](QStringView text, QString *why) {
        return parseByteSize(text, qint64(1) << 40, why);
    };
    const auto caFile = [this](QStringView text, QString *why) {
        return checkCaFile(m_layers.absolutePath(text.toString()), why);
    };
    const auto directory = [this](QStringView text, QString *) {
        return std::optional(m_layers.absolutePath(text.toString()));
    };

    // In ProxyConfig order; the first bad value is the one reported.
    ProxyConfig &c = m_result.config;
    const bool valid = apply(k::apiKey, c.apiKey, key) && apply(k::baseUrl, c.baseUrl, parseBaseUrl)
        && apply(k::host, c.host, parseHost) && apply(k::port, c.port, parsePort)
        && apply(k::accessKey, c.accessKey, key)
        && apply(k::allowedOrigins, c.allowedOrigins, parseAllowedOrigins)
        && apply(k::firstByteTimeout, c.firstByteTimeoutSec, parseSeconds)
        && apply(k::idleTimeout, c.idleTimeoutSec, parseSeconds)
        && apply(k::maxBody, c.maxBodyBytes, body) && apply(k::maxHeader, c.maxHeaderBytes, header)
        && apply(k::clientIdleTimeout, c.clientIdleTimeoutSec, parseSeconds)
        && apply(k::requestTimeout, c.requestTimeoutSec, parseSeconds)
        && apply(k::caFile, c.caFile, caFile)
        && apply(k::proxy, c.outboundProxy, parseOutboundProxy)
        && apply(k::logDir, c.logDir, directory) && apply(k::logLevel, c.logLevel, parseLogLevel)
        && apply(k::logContent, c.contentPolicy, parseContentPolicy)
        && apply(k::dataDir, c.dataDir, directory) && apply(k::store, c.storeEnabled, parseSwitch)
        && apply(k::retentionDays, c.retentionDays, parseDays)
        && apply(k::storeMaxSize, c.storeMaxBytes, storeSize)
        && apply(k::streamUsage, c.streamUsage, parseSwitch);
    if (!valid)
        return false;
    if (!c.isLoopbackHost() && c.accessKey.isEmpty()) {
        fail(QCoreApplication::translate("mygpt::Config",
            "HOST %1 accepts connections from the network; set MYGPT_ACCESS_KEY so "
            "that only clients that know it can spend your API key")
                 .arg(c.host));
        return false;
    }
    if (!c.accessKey.isEmpty() && c.accessKey.reveal().size() < minAccessKeyLength) {
        const QString warning = QCoreApplication::translate("mygpt::Config",
            "MYGPT_ACCESS_KEY is shorter than %1 characters; it is easy to guess");
        qCWarning(lcConfig).noquote() << warning.arg(minAccessKeyLength);
    }
    return true;
}

// Belt and braces: a key pasted into the wrong setting would be echoed as the bad value.
void Loader::scrubSecrets()
{
    QStringList secrets = m_layers.secretValues();
    // Longest first, so a key that contains another is not left half-replaced.
    std::sort(secrets.begin(), secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(secrets)) {
        m_result.error.replace(secret, u"***"_s);
        m_result.helpText.replace(secret, u"***"_s);
    }
}

} // namespace

ConfigSources ConfigSources::fromProcess(const QVariantMap &saved)
{
    return { QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
        QDir::currentPath(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        saved };
}

ConfigResult loadConfig(const ConfigSources &sources)
{
    return Loader(sources).run();
}

} // namespace mygpt
