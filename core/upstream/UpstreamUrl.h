#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

namespace mygpt {

// Where a client's `/v1/...` request goes upstream. Like the OpenAI SDKs, a base URL with a
// path takes the rest of the client's path after `/v1` (`https://api.openai.com/v1`,
// `https://open.bigmodel.cn/api/paas/v4`, `.../v1beta/openai`); a bare host
// (`https://api.deepseek.com`, `http://localhost:11434`) gets `/v1` back. So `/v1` is never
// doubled or lost. Path and query keep their exact bytes.
QUrl upstreamUrl(const QUrl &base, const QByteArray &encodedPathAndQuery);

// The same in two steps, so the base is worked out once and not per request.
QByteArray upstreamPrefix(const QUrl &base);
QUrl upstreamUrl(const QByteArray &prefix, QByteArrayView encodedPathAndQuery);

} // namespace mygpt
