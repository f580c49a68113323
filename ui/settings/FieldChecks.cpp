#include "settings/FieldChecks.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include "config/ConfigValues.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

constexpr qsizetype minAccessKeyLength = 16; // as the loader warns below this

} // namespace

QString FieldChecks::baseUrl(const QString &text)
{
    QString why;
    if (text.trimmed().isEmpty())
        return tr("Enter the upstream's base URL, e.g. https://api.openai.com/v1.");
    if (!config::parseBaseUrl(text.trimmed(), &why))
        return tr("Enter an http:// or https:// URL without query or fragment, e.g. "
                  "https://api.openai.com/v1.");
    return {};
}

QString FieldChecks::apiKey(const QString &text)
{
    QString why;
    if (!text.trimmed().isEmpty() && !config::parseKey(text.trimmed(), &why))
        return tr("A key is one line of printable characters without spaces.");
    return {};
}

QString FieldChecks::host(const QString &text)
{
    QString why;
    if (!text.trimmed().isEmpty() && !config::parseHost(text.trimmed(), &why))
        return tr("Enter an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.");
    return {};
}

QString FieldChecks::accessKey(const QString &key, const QString &host)
{
    if (const QString problem = apiKey(key); !problem.isEmpty())
        return problem;
    const QString trimmedHost = host.trimmed();
    if (key.trimmed().isEmpty() && !trimmedHost.isEmpty()
        && !config::isLoopbackHost(trimmedHost))
        return tr("Required: %1 accepts connections from the network, so clients must send "
                  "this key. Press Generate.")
            .arg(trimmedHost);
    if (!key.trimmed().isEmpty() && key.trimmed().size() < minAccessKeyLength)
        return tr("Use at least %1 characters, or press Generate.").arg(minAccessKeyLength);
    return {};
}

QString FieldChecks::allowedOrigins(const QString &text)
{
    QString why;
    if (!text.trimmed().isEmpty() && !config::parseAllowedOrigins(text.trimmed(), &why))
        return tr("Enter * or origins such as http://localhost:3000, separated by commas "
                  "(a port may be *).");
    return {};
}

QString FieldChecks::proxyUrl(const QString &text)
{
    QString why;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == "system"_L1 || trimmed == "none"_L1
        || !config::parseOutboundProxy(trimmed, &why))
        return tr("Enter a proxy URL such as http://proxy:8080 or socks5://127.0.0.1:1080.");
    return {};
}

QString FieldChecks::caFile(const QString &path)
{
    QString why;
    const QString trimmed = path.trimmed();
    if (!trimmed.isEmpty()
        && !config::checkCaFile(QFileInfo(QDir::current(), trimmed).absoluteFilePath(), &why))
        return tr("Choose a readable file with PEM certificates (-----BEGIN CERTIFICATE-----).");
    return {};
}

QString FieldChecks::folder(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QFileInfo info(trimmed);
    if (!info.isAbsolute())
        return tr("Enter a full path.");
    if (info.exists() && !info.isDir())
        return tr("This is a file, not a folder.");
    return {};
}

QString FieldChecks::generateAccessKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
        bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace mygpt::ui
