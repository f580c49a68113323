#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mygpt::ui {

// The upstreams offered in the base URL list.
struct UpstreamPreset final
{
    QString name; // in the current language
    QString url;
    bool needsKey = true;
};

QList<UpstreamPreset> upstreamPresets();
// The preset with this URL (ignoring a trailing slash and case).
std::optional<UpstreamPreset> findPreset(const QString &url);

} // namespace mygpt::ui
