#include "upstream/UpstreamUrl.h"

namespace mygpt {

QUrl upstreamUrl(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    QByteArray rest = encodedPathAndQuery;
    QByteArray query;
    if (const qsizetype q = rest.indexOf('?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    // The client speaks to MyGPT's /v1; strip it and let the base decide the prefix.
    if (rest == "/v1")
        rest.clear();
    else if (rest.startsWith("/v1/"))
        rest = rest.mid(3);

    QByteArray basePath = base.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    if (basePath.isEmpty())
        basePath = "/v1";

    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath);
    url.setPath(QString::fromUtf8(basePath + rest), QUrl::TolerantMode);
    if (!query.isEmpty() || encodedPathAndQuery.endsWith('?'))
        url.setQuery(QString::fromUtf8(query), QUrl::TolerantMode);
    return url;
}

} // namespace mygpt
