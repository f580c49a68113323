#include "settings/Presets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

QList<UpstreamPreset> upstreamPresets()
{
    // Bare hosts get /v1 appended by the proxy (see UpstreamUrl.h); the rest are used as is.
    return {
        { u"OpenAI"_s, u"https://api.openai.com/v1"_s },
        { u"DMXAPI"_s, u"https://www.dmxapi.com/v1"_s },
        { u"DeepSeek"_s, u"https://api.deepseek.com"_s },
        { u"OpenRouter"_s, u"https://openrouter.ai/api/v1"_s },
        { u"SiliconFlow"_s, u"https://api.siliconflow.cn/v1"_s },
        { QCoreApplication::translate("mygpt::ui::Presets", "Ollama on this computer"),
            u"http://localhost:11434"_s, false },
    };
}

std::optional<UpstreamPreset> findPreset(const QString &url)
{
    QString wanted = url.trimmed();
    while (wanted.endsWith(u'/'))
        wanted.chop(1);
    for (const UpstreamPreset &preset : upstreamPresets()) {
        if (preset.url.compare(wanted, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

} // namespace mygpt::ui
