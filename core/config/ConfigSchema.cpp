#include "config/ConfigSchema.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace mygpt {

namespace {

namespace k = settingkeys;

// QT_TRANSLATE_NOOP only marks the texts for lupdate (which knows the macro by name, so no
// shorter alias); shownHelp() and shownDefault() translate them when --help is printed.
constexpr std::array specs {
    SettingSpec { k::apiKey, u"apiKey", {}, {}, QT_TRANSLATE_NOOP("mygpt::SettingSpec", "unset"),
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Upstream API key. Unset: forward the client's own Authorization header."),
        true },
    SettingSpec { k::baseUrl, u"baseUrl", u"base-url", u"URL", "https://www.dmxapi.com/v1",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Upstream API base URL (http:// or https://).") },
    SettingSpec { k::host, u"host", u"host", u"HOST", "127.0.0.1",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Address to listen on: an IP address or localhost.") },
    SettingSpec { k::port, u"port", u"port", u"PORT", "8000",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Port to listen on (1-65535).") },
    SettingSpec { k::accessKey, u"accessKey", {}, {},
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "unset"),
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Key clients must send; required when HOST is not a loopback address."),
        true },
    SettingSpec { k::allowedOrigins, u"allowedOrigins", {}, {},
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "loopback origins only"),
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Comma-separated browser origins allowed to call the proxy: * or "
            "scheme://host[:port], port may be *.") },
    SettingSpec { k::firstByteTimeout, u"firstByteTimeoutSec", {}, {}, "300",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Seconds to wait for the upstream's first byte.") },
    SettingSpec { k::idleTimeout, u"idleTimeoutSec", {}, {}, "300",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Seconds an upstream stream may stall.") },
    SettingSpec { k::maxBody, u"maxBodyBytes", {}, {}, "32M",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Largest request body, in bytes or with a K, M or G suffix.") },
    SettingSpec { k::maxHeader, u"maxHeaderBytes", {}, {}, "64K",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Largest request head, in bytes or with a K, M or G suffix.") },
    SettingSpec { k::clientIdleTimeout, u"clientIdleTimeoutSec", {}, {}, "120",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Seconds an idle keep-alive client connection stays open.") },
    SettingSpec { k::requestTimeout, u"requestTimeoutSec", {}, {}, "30",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Seconds a client has to send a whole request head.") },
    SettingSpec { k::caFile, u"caFile", {}, {}, QT_TRANSLATE_NOOP("mygpt::SettingSpec", "unset"),
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Extra PEM CA certificate file to trust for the upstream.") },
    SettingSpec { k::proxy, u"outboundProxy", {}, {}, "system",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Outbound proxy: system (honours HTTPS_PROXY/NO_PROXY), none, "
            "http://host:port or socks5://host:port.") },
    SettingSpec { k::logDir, u"logDir", u"log-dir", u"DIR",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "the platform's log directory"),
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Directory for log files.") },
    SettingSpec { k::logLevel, u"logLevel", {}, {}, "info",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Log level: debug, info, warning or error.") },
    SettingSpec { k::logContent, u"contentPolicy", {}, {}, "full",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "How much of prompts and answers the log files and the request store keep: full, "
            "metadata (none), or a number of characters.") },
    SettingSpec { k::dataDir, u"dataDir", u"data-dir", u"DIR",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "the platform's data directory"),
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Directory of the request store (requests.sqlite).") },
    SettingSpec { k::store, u"storeEnabled", {}, {}, "on",
        QT_TRANSLATE_NOOP(
            "mygpt::SettingSpec", "Keep every exchange in the request store: on or off.") },
    SettingSpec { k::retentionDays, u"retentionDays", {}, {}, "30",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec", "Days the request store keeps an exchange.") },
    SettingSpec { k::storeMaxSize, u"storeMaxBytes", {}, {}, "1G",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Largest size of the request store; the oldest exchanges go first.") },
    SettingSpec { k::streamUsage, u"streamUsage", {}, {}, "on",
        QT_TRANSLATE_NOOP("mygpt::SettingSpec",
            "Ask upstreams for token usage in streams (hidden from clients that did not ask): "
            "on or off.") },
};

} // namespace

QString SettingSpec::shownDefault() const
{
    return QCoreApplication::translate("mygpt::SettingSpec", defaultText);
}

QString SettingSpec::shownHelp() const
{
    return QCoreApplication::translate("mygpt::SettingSpec", help);
}

std::span<const SettingSpec> settingSpecs()
{
    return specs;
}

const SettingSpec *findSetting(QStringView name)
{
    const auto it = std::find_if(
        specs.begin(), specs.end(), [name](const SettingSpec &spec) { return spec.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

} // namespace mygpt
