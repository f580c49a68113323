#pragma once

#include "http/HttpCompat.h"

namespace mygpt {

// Which headers cross the proxy, in each direction.
struct RequestHeaderOptions
{
    QByteArray apiKey;         // empty: the client's own Authorization goes upstream
    bool clientAuthIsAccessKey = false; // the client's Authorization is MyGPT's access key
};

// Client -> upstream: drops hop-by-hop headers (and those Connection names), Host,
// Content-Length, Expect, browser-context headers (Origin, Referer, Cookie) and, when MyGPT
// holds the key, the client's credentials; adds `Authorization: Bearer <key>` and asks for an
// uncompressed body so the client gets the upstream's bytes unchanged.
HeaderList upstreamRequestHeaders(const HeaderList &clientHeaders,
                                  const RequestHeaderOptions &options);

// Upstream -> client: everything useful (content-type, x-request-id, openai-*,
// x-ratelimit-*, retry-after, …) but not hop-by-hop/framing headers, cookies for the
// upstream's domain, HSTS/Alt-Svc, or the upstream's CORS headers (MyGPT sets its own).
HeaderList clientResponseHeaders(const HeaderList &upstreamHeaders);

bool isHopByHop(QByteArrayView name);

} // namespace mygpt
