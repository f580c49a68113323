#include "upstream/HeaderPolicy.h"

namespace mygpt {

namespace {

// Runs for every header of every request and reply: sizes first, then the letters.
bool equalsAny(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    for (const QByteArrayView candidate : names) {
        if (candidate.size() == name.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool startsWithCaseInsensitive(QByteArrayView name, QByteArrayView prefix)
{
    return name.size() >= prefix.size()
            && name.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

bool isHopByHop(QByteArrayView name)
{
    return equalsAny(name, { "connection", "keep-alive", "proxy-connection", "te", "trailer",
                             "transfer-encoding", "upgrade", "proxy-authorization",
                             "proxy-authenticate" });
}

namespace {

// Tokens listed in `Connection: a, b` are hop-by-hop too (RFC 9110 section 7.6.1).
QList<QByteArray> connectionTokens(const HeaderList &headers)
{
    QList<QByteArray> tokens;
    for (const auto &[name, value] : headers) {
        if (QByteArrayView(name).compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : value.split(',')) {
            const QByteArray name = token.trimmed();
            // keep-alive/close are hop-by-hop anyway; only extra names matter.
            if (!name.isEmpty() && !isHopByHop(name) && name.compare("close", Qt::CaseInsensitive) != 0)
                tokens.append(name);
        }
    }
    return tokens;
}

bool namedIn(const QList<QByteArray> &tokens, QByteArrayView name)
{
    for (const QByteArray &token : tokens) {
        if (name.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HeaderList upstreamRequestHeaders(const HeaderList &clientHeaders,
                                  const RequestHeaderOptions &options)
{
    const QList<QByteArray> named = connectionTokens(clientHeaders);
    const bool injectKey = !options.apiKey.isEmpty();
    HeaderList out;
    out.reserve(clientHeaders.size() + 2);
    for (const auto &header : clientHeaders) {
        const QByteArrayView name = header.first;
        if (isHopByHop(name) || namedIn(named, name))
            continue;
        if (equalsAny(name, { "host", "content-length", "expect", "accept-encoding", "origin",
                              "referer", "cookie" }))
            continue;
        if (equalsAny(name, { "authorization" }) && (injectKey || options.clientAuthIsAccessKey))
            continue;
        if (equalsAny(name, { "x-api-key" }) && injectKey)
            continue;
        out.append(header);
    }
    if (injectKey)
        out.append({ QByteArray("Authorization"), "Bearer " + options.apiKey });
    out.append({ QByteArray("Accept-Encoding"), QByteArray("identity") });
    return out;
}

HeaderList clientResponseHeaders(const HeaderList &upstreamHeaders)
{
    const QList<QByteArray> named = connectionTokens(upstreamHeaders);
    HeaderList out;
    out.reserve(upstreamHeaders.size());
    for (const auto &header : upstreamHeaders) {
        const QByteArrayView name = header.first;
        if (isHopByHop(name) || namedIn(named, name))
            continue;
        if (equalsAny(name, { "content-length", "set-cookie", "alt-svc",
                              "strict-transport-security" }))
            continue;
        if (startsWithCaseInsensitive(name, "access-control-"))
            continue;
        out.append(header);
    }
    return out;
}

} // namespace mygpt
