#include "tst_fakeupstream.h"

#include "raw_http_client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace mygpt::test;

namespace tst {

QByteArray chatBody(const QByteArray &model, bool stream, const QByteArray &extraFields)
{
    return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"hi"}],"stream":)"
        + (stream ? "true" : "false") + (extraFields.isEmpty() ? "" : ",") + extraFields + '}';
}

QByteArray postJson(QByteArrayView target, const QByteArray &body, const HeaderList &headers)
{
    HeaderList all { { "Content-Type", "application/json" } };
    all += headers;
    return RawHttpClient::buildRequest("POST", target, all, body);
}

HttpResponse roundTrip(quint16 port, const QByteArray &request, int timeoutMs)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return {};
    client.send(request);
    client.waitForResponse(timeoutMs);
    return client.response();
}

QJsonObject jsonObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QList<QJsonObject> sseObjects(const HttpResponse &response)
{
    QList<QJsonObject> objects;
    for (const QByteArray &payload : sseDataPayloads(response.body)) {
        if (payload != "[DONE]")
            objects.append(jsonObject(payload));
    }
    return objects;
}

bool hasCommonHeaders(const HttpResponse &response)
{
    return response.header("x-request-id").startsWith("req_")
        && response.header("openai-processing-ms") == "1"
        && response.header("x-ratelimit-limit-requests") == "10000";
}

Fetched fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body)
{
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
    Fetched f;
    f.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.body = reply->readAll();
    f.contentType = reply->rawHeader("content-type");
    reply->abort();
    reply->deleteLater();
    return f;
}

qint64 peakResidentBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    return -1; // ASan's quarantine keeps freed memory resident: the number means nothing
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return -1;
#endif
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace tst

QTEST_GUILESS_MAIN(TestFakeUpstream)
