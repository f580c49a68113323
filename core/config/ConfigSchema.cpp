#include "config/ConfigSchema.h"

#include <algorithm>
#include <array>

namespace mygpt {

namespace {

namespace k = settingkeys;

constexpr std::array specs {
    SettingSpec { k::apiKey, u"apiKey", {}, {}, u"unset",
        u"Upstream API key. Unset: forward the client's own Authorization header.", true },
    SettingSpec { k::baseUrl, u"baseUrl", u"base-url", u"URL", u"https://www.dmxapi.com/v1",
        u"Upstream API base URL (http:// or https://)." },
    SettingSpec { k::host, u"host", u"host", u"HOST", u"127.0.0.1",
        u"Address to listen on: an IP address or localhost." },
    SettingSpec { k::port, u"port", u"port", u"PORT", u"8000", u"Port to listen on (1-65535)." },
    SettingSpec { k::accessKey, u"accessKey", {}, {}, u"unset",
        u"Key clients must send; required when HOST is not a loopback address.", true },
    SettingSpec { k::allowedOrigins, u"allowedOrigins", {}, {}, u"loopback origins only",
        u"Comma-separated browser origins allowed to call the proxy: * or "
        u"scheme://host[:port], port may be *." },
    SettingSpec { k::firstByteTimeout, u"firstByteTimeoutSec", {}, {}, u"300",
        u"Seconds to wait for the upstream's first byte." },
    SettingSpec { k::idleTimeout, u"idleTimeoutSec", {}, {}, u"300",
        u"Seconds an upstream stream may stall." },
    SettingSpec { k::maxBody, u"maxBodyBytes", {}, {}, u"32M",
        u"Largest request body, in bytes or with a K, M or G suffix." },
    SettingSpec { k::maxHeader, u"maxHeaderBytes", {}, {}, u"64K",
        u"Largest request head, in bytes or with a K, M or G suffix." },
    SettingSpec { k::clientIdleTimeout, u"clientIdleTimeoutSec", {}, {}, u"120",
        u"Seconds an idle keep-alive client connection stays open." },
    SettingSpec { k::requestTimeout, u"requestTimeoutSec", {}, {}, u"30",
        u"Seconds a client has to send a whole request head." },
    SettingSpec { k::caFile, u"caFile", {}, {}, u"unset",
        u"Extra PEM CA certificate file to trust for the upstream." },
    SettingSpec { k::proxy, u"outboundProxy", {}, {}, u"system",
        u"Outbound proxy: system (honours HTTPS_PROXY/NO_PROXY), none, "
        u"http://host:port or socks5://host:port." },
    SettingSpec { k::logDir, u"logDir", u"log-dir", u"DIR", u"the platform's log directory",
        u"Directory for log files." },
    SettingSpec {
        k::logLevel, u"logLevel", {}, {}, u"info", u"Log level: debug, info, warning or error." },
    SettingSpec { k::logContent, u"contentPolicy", {}, {}, u"full",
        u"How much of prompts and answers the log files and the request store keep: full, "
        u"metadata (none), or a number of characters." },
    SettingSpec { k::dataDir, u"dataDir", u"data-dir", u"DIR", u"the platform's data directory",
        u"Directory of the request store (requests.sqlite)." },
    SettingSpec { k::store, u"storeEnabled", {}, {}, u"on",
        u"Keep every exchange in the request store: on or off." },
    SettingSpec { k::retentionDays, u"retentionDays", {}, {}, u"30",
        u"Days the request store keeps an exchange." },
    SettingSpec { k::storeMaxSize, u"storeMaxBytes", {}, {}, u"1G",
        u"Largest size of the request store; the oldest exchanges go first." },
    SettingSpec { k::streamUsage, u"streamUsage", {}, {}, u"on",
        u"Ask upstreams for token usage in streams (hidden from clients that did not ask): "
        u"on or off." },
};

} // namespace

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
