#pragma once

#include <QString>
#include <QStringView>
#include <span>

namespace mygpt {

// Names shared by the environment, the .env file and the saved-settings map.
namespace settingkeys {
inline constexpr QStringView apiKey = u"OPENAI_API_KEY";
inline constexpr QStringView baseUrl = u"OPENAI_BASE_URL";
inline constexpr QStringView host = u"HOST";
inline constexpr QStringView port = u"PORT";
inline constexpr QStringView accessKey = u"MYGPT_ACCESS_KEY";
inline constexpr QStringView allowedOrigins = u"MYGPT_ALLOWED_ORIGINS";
inline constexpr QStringView firstByteTimeout = u"MYGPT_FIRST_BYTE_TIMEOUT";
inline constexpr QStringView idleTimeout = u"MYGPT_IDLE_TIMEOUT";
inline constexpr QStringView maxBody = u"MYGPT_MAX_BODY";
inline constexpr QStringView maxHeader = u"MYGPT_MAX_HEADER";
inline constexpr QStringView clientIdleTimeout = u"MYGPT_CLIENT_IDLE_TIMEOUT";
inline constexpr QStringView requestTimeout = u"MYGPT_REQUEST_TIMEOUT";
inline constexpr QStringView caFile = u"MYGPT_CA_FILE";
inline constexpr QStringView proxy = u"MYGPT_PROXY";
inline constexpr QStringView logDir = u"MYGPT_LOG_DIR";
inline constexpr QStringView logLevel = u"MYGPT_LOG_LEVEL";
inline constexpr QStringView logContent = u"MYGPT_LOG_CONTENT";
inline constexpr QStringView dataDir = u"MYGPT_DATA_DIR";
inline constexpr QStringView store = u"MYGPT_STORE";
inline constexpr QStringView retentionDays = u"MYGPT_RETENTION_DAYS";
inline constexpr QStringView storeMaxSize = u"MYGPT_STORE_MAX_SIZE";
inline constexpr QStringView streamUsage = u"MYGPT_STREAM_USAGE";
} // namespace settingkeys

struct SettingSpec final
{
    QStringView name; // environment / .env / saved-settings key
    QStringView field; // ProxyConfig member; the key of ConfigResult::sourceOf
    QStringView option; // long command-line option, empty if there is none
    QStringView valueName; // placeholder in --help
    // English source texts of the "mygpt::SettingSpec" translation context; a default that
    // is a value to type (8000, system) is not marked for translation and shows as is.
    const char *defaultText = nullptr; // as shown in --help
    const char *help = nullptr;
    bool secret = false; // never echo the value

    // In the installed language, for --help and the settings UI.
    QString shownDefault() const;
    QString shownHelp() const;
};

// Every setting, in ProxyConfig order; drives the loader, --help and later the settings UI.
std::span<const SettingSpec> settingSpecs();
const SettingSpec *findSetting(QStringView name);

} // namespace mygpt
