#include "upstream/UpstreamUrl.h"

namespace mygpt {

QByteArray upstreamPrefix(const QUrl &base)
{
    QByteArray basePath = base.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    if (basePath.isEmpty())
        basePath = "/v1";
    return base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath)
                   .toEncoded()
            + basePath;
}

QUrl upstreamUrl(const QByteArray &prefix, QByteArrayView encodedPathAndQuery)
{
    // The client speaks to MyGPT's /v1; strip it and let the base decide the prefix.
    QByteArrayView rest = encodedPathAndQuery;
    if (rest == "/v1" || rest.startsWith("/v1?"))
        rest = rest.sliced(3);
    else if (rest.startsWith("/v1/"))
        rest = rest.sliced(3);
    return QUrl::fromEncoded(prefix + rest);
}

QUrl upstreamUrl(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    return upstreamUrl(upstreamPrefix(base), encodedPathAndQuery);
}

} // namespace mygpt
