#include "fake_types.h"

namespace mygpt::test {

static bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.constData(), a.size(), b.data(), b.size()) == 0;
}

QByteArray findHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

bool containsHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return true;
    }
    return false;
}

QByteArray ReceivedRequest::path() const
{
    const auto q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ReceivedRequest::query() const
{
    const auto q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

Reply &Reply::header(QByteArray name, QByteArray value)
{
    headers.append({ std::move(name), std::move(value) });
    return *this;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

Reply jsonReply(int status, QByteArray json)
{
    Reply r;
    r.status = status;
    r.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json") });
    r.body = std::move(json);
    return r;
}

Reply textReply(int status, QByteArray contentType, QByteArray body)
{
    Reply r;
    r.status = status;
    r.headers.append({ QByteArrayLiteral("content-type"), std::move(contentType) });
    r.body = std::move(body);
    return r;
}

Reply sseReply(const QList<QByteArray> &dataPayloads, int intervalMs)
{
    Reply r;
    r.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream") });
    r.headers.append({ QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache") });
    r.framing = Reply::Framing::Chunked;
    r.chunkIntervalMs = intervalMs;
    r.chunks.reserve(dataPayloads.size());
    for (const auto &p : dataPayloads)
        r.chunks.append("data: " + p + "\n\n");
    return r;
}

} // namespace mygpt::test
