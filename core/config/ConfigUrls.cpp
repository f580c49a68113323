#include "config/ConfigValues.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

// The URL-shaped settings: OPENAI_BASE_URL, MYGPT_ALLOWED_ORIGINS and MYGPT_PROXY.
namespace mygpt::config {

namespace {

bool isSchemeName(QStringView scheme)
{
    if (scheme.isEmpty() || !scheme.front().isLetter())
        return false;
    return std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-'
            || c == u'.';
    });
}

bool isHostName(QStringView host)
{
    return !host.isEmpty() && std::all_of(host.begin(), host.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
            || c == u'_';
    });
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isDefaultPort(QStringView scheme, quint16 port)
{
    return (scheme == u"http" && port == 80) || (scheme == u"https" && port == 443);
}

} // namespace

std::optional<QUrl> parseBaseUrl(QStringView text, QString *why)
{
    if (!text.startsWith(u"http://", Qt::CaseInsensitive)
        && !text.startsWith(u"https://", Qt::CaseInsensitive)) {
        *why = QCoreApplication::translate("mygpt::Config", "must start with http:// or https://");
        return std::nullopt;
    }
    QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        *why = QCoreApplication::translate("mygpt::Config", "is not a valid URL");
    else if (!url.userInfo().isEmpty())
        *why = QCoreApplication::translate("mygpt::Config",
            "must not contain a user name or password (the key goes in OPENAI_API_KEY)");
    else if (url.hasQuery() || url.hasFragment())
        *why = QCoreApplication::translate(
            "mygpt::Config", "must not contain a query (?) or fragment (#)");
    else {
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path, QUrl::TolerantMode);
        return url;
    }
    return std::nullopt;
}

std::optional<QString> parseOrigin(QStringView text, QString *why)
{
    *why = QCoreApplication::translate("mygpt::Config", "is not * or scheme://host[:port]");
    if (text == u"*")
        return u"*"_s;
    const qsizetype separator = text.indexOf(u"://");
    const QString scheme = text.first(std::max<qsizetype>(separator, 0)).toString().toLower();
    if (!isSchemeName(scheme))
        return std::nullopt;
    QStringView rest = text.sliced(separator + 3);
    if (rest.endsWith(u'/')) // browsers never send it, but people paste it
        rest.chop(1);
    qsizetype colon = rest.lastIndexOf(u':');
    if (rest.startsWith(u'[') && colon < rest.indexOf(u']'))
        colon = -1;
    QString host = (colon < 0 ? rest : rest.first(colon)).toString().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        if (!QHostAddress().setAddress(host.sliced(1, host.size() - 2)))
            return std::nullopt;
    } else if (!isHostName(host)) {
        return std::nullopt;
    }
    if (colon < 0)
        return scheme + u"://"_s + host;
    const QStringView portText = rest.sliced(colon + 1);
    if (portText == u"*")
        return scheme + u"://"_s + host + u":*"_s;
    QString ignored;
    const std::optional<quint16> port = parsePort(portText, &ignored);
    if (!port || !isDigits(portText))
        return std::nullopt;
    if (isDefaultPort(scheme, *port)) // the Origin header leaves a default port out
        return scheme + u"://"_s + host;
    return scheme + u"://"_s + host + u':' + QString::number(*port);
}

std::optional<QStringList> parseAllowedOrigins(QStringView text, QString *why)
{
    QStringList origins;
    for (const QStringView part : text.split(u',')) {
        const QStringView entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        QString ignored;
        const std::optional<QString> origin = parseOrigin(entry, &ignored);
        if (!origin) {
            *why = QCoreApplication::translate("mygpt::Config",
                "contains %1, which is not * or an origin such as http://localhost:3000")
                       .arg(quoted(entry));
            return std::nullopt;
        }
        if (!origins.contains(*origin))
            origins.append(*origin);
    }
    return origins;
}

std::optional<QString> parseOutboundProxy(QStringView text, QString *why)
{
    const QString lower = text.toString().toLower();
    if (lower == u"system" || lower == u"none")
        return lower;
    const QUrl url(text.toString(), QUrl::StrictMode);
    const bool supported = url.scheme() == u"http" || url.scheme() == u"socks5";
    if (url.isValid() && supported && !url.host().isEmpty() && url.port() > 0
        && (url.path().isEmpty() || url.path() == u"/") && !url.hasQuery() && !url.hasFragment())
        return url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
    *why = QCoreApplication::translate("mygpt::Config",
        "is not system, none, or a proxy URL such as http://host:port or "
        "socks5://host:port");
    return std::nullopt;
}

QString redactPassword(const QString &text)
{
    static const QRegularExpression userInfo(u"(://[^/@:\\s]*):[^/@\\s]*@"_s);
    QString out = text;
    return out.replace(userInfo, u"\\1:***@"_s);
}

} // namespace mygpt::config
