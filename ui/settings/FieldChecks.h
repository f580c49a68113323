#pragma once

#include <QCoreApplication>
#include <QString>

namespace mygpt::ui {

// The settings dialog's checks: the core's parsers (ConfigValues) decide, these say why in
// the user's language. Each returns an empty string when the text can be saved.
class FieldChecks final
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)

public:
    static QString baseUrl(const QString &text);
    static QString apiKey(const QString &text);
    static QString host(const QString &text);
    static QString accessKey(const QString &key, const QString &host);
    static QString allowedOrigins(const QString &text);
    static QString proxyUrl(const QString &text);
    static QString caFile(const QString &path);
    static QString folder(const QString &path);

    // 32 random bytes, base64url: an access key nobody guesses.
    static QString generateAccessKey();
};

} // namespace mygpt::ui
