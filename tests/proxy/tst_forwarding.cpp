// What crosses the proxy in each direction: method, path, query, body, headers, status,
// the key injected and the client's credentials never forwarded.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "ProxyHarness.h"
#include "openai_script.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestForwarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsIsForwardedWithKeyInjected();
    void clientCredentialsNeverReachUpstream();
    void noKeyForwardsClientAuthorization();
    void methodsPathsAndBodiesPassThrough_data();
    void methodsPathsAndBodiesPassThrough();
    void responseBytesAndUsefulHeadersComeBack();
    void upstreamStatusesPassThrough_data();
    void upstreamStatusesPassThrough();
    void hopByHopAndBrowserHeadersAreDropped();
    void baseUrlWithoutVersionGetsV1();
    void chatValidation_data();
    void chatValidation();
    void unknownRouteIs404InErrorShape();
    void healthReportsStateButNeverTheKey();
    void everyAnswerCarriesARequestId();
};

void TestForwarding::modelsIsForwardedWithKeyInjected()
{
    ProxyHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const HttpResponse r = h.roundTrip("GET", "/v1/models");
    QCOMPARE(r.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(u"object"_s).toString(), u"list"_s);
    QVERIFY(!body.value(u"data"_s).toArray().isEmpty());
    QCOMPARE(h.upstream().requests().size(), 1);
    const ReceivedRequest seen = h.upstream().lastRequest();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/v1/models"));
    QCOMPARE(seen.header("authorization"), "Bearer " + ProxyHarness::apiKey);
    QCOMPARE(seen.header("host"), "127.0.0.1:" + QByteArray::number(h.upstream().port()));
}

void TestForwarding::clientCredentialsNeverReachUpstream()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HeaderList headers { { "Authorization", "Bearer client-junk-key" },
                               { "x-api-key", "client-junk-key" },
                               { "Cookie", "session=client-junk-key" },
                               { "Content-Type", "application/json" } };
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", headers,
                                       ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(r.status, 200);
    const ReceivedRequest seen = h.upstream().lastRequest();
    QCOMPARE(seen.header("authorization"), "Bearer " + ProxyHarness::apiKey);
    int authorizationHeaders = 0;
    for (const auto &[name, value] : seen.headers) {
        QVERIFY2(!value.contains("client-junk-key"), name.constData());
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            ++authorizationHeaders;
    }
    QCOMPARE(authorizationHeaders, 1);
}

void TestForwarding::noKeyForwardsClientAuthorization()
{
    ProxyHarness h([](ProxyConfig &c) { c.apiKey = Secret(); });
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("GET", "/v1/models",
                                       { { "Authorization", "Bearer ollama-or-own-key" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(h.upstream().lastRequest().header("authorization"), QByteArray("Bearer ollama-or-own-key"));
}

void TestForwarding::methodsPathsAndBodiesPassThrough_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("embeddings") << QByteArray("POST") << QByteArray("/v1/embeddings")
                                << QByteArray("application/json")
                                << QByteArray(R"({"model":"text-embedding-3-small","input":"hi"})");
    QTest::newRow("responses") << QByteArray("POST") << QByteArray("/v1/responses")
                               << QByteArray("application/json")
                               << QByteArray(R"({"model":"gpt-4o","input":"hi"})");
    QTest::newRow("get with query") << QByteArray("GET")
                                    << QByteArray("/v1/files?purpose=batch&after=a%2Fb&limit=2")
                                    << QByteArray() << QByteArray();
    QTest::newRow("delete") << QByteArray("DELETE") << QByteArray("/v1/files/file-abc123")
                            << QByteArray() << QByteArray();
    QTest::newRow("put") << QByteArray("PUT") << QByteArray("/v1/fine_tuning/x")
                         << QByteArray("application/json") << QByteArray(R"({"a":1})");
    QTest::newRow("patch") << QByteArray("PATCH") << QByteArray("/v1/assistants/asst_1")
                           << QByteArray("application/json") << QByteArray(R"({"name":"n"})");
    QTest::newRow("multipart audio") << QByteArray("POST") << QByteArray("/v1/audio/transcriptions")
                                     << QByteArray("multipart/form-data; boundary=XyZ")
                                     << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFF\x00\x01\x02\xff\r\n--XyZ--\r\n", 170);
    QTest::newRow("encoded path") << QByteArray("GET") << QByteArray("/v1/models/ft%3Agpt-4o%3Aorg%3A1")
                                  << QByteArray() << QByteArray();
}

void TestForwarding::methodsPathsAndBodiesPassThrough()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    ProxyHarness h;
    QVERIFY(h.ok());
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.append({ "Content-Type", contentType });
    const HttpResponse r = h.roundTrip(method, target, headers, body);
    QCOMPARE(r.status, 200);
    const ReceivedRequest seen = h.upstream().lastRequest();
    QCOMPARE(seen.method, method);
    QCOMPARE(seen.target, target);
    QCOMPARE(seen.body, body);
    if (!contentType.isEmpty())
        QCOMPARE(seen.header("content-type"), contentType);
}

void TestForwarding::responseBytesAndUsefulHeadersComeBack()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const QByteArray exact = "{\n  \"id\": \"x\",  \"note\": \"sp\\u00e4ces kept \xe4\xbd\xa0\xe5\xa5\xbd\"\n}\n";
    h.upstream().setHandler([&](const ReceivedRequest &) {
        Reply reply = jsonReply(200, exact);
        reply.header("x-request-id", "req_abc")
                .header("openai-processing-ms", "42")
                .header("openai-version", "2020-10-01")
                .header("x-ratelimit-remaining-tokens", "999")
                .header("retry-after", "3")
                .header("set-cookie", "__cf_bm=upstream; Domain=api.example")
                .header("access-control-allow-origin", "https://evil.example")
                .header("strict-transport-security", "max-age=1");
        return reply;
    });
    const HttpResponse r = h.roundTrip("GET", "/v1/models");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, exact);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("x-request-id"), QByteArray("req_abc"));
    QCOMPARE(r.header("openai-processing-ms"), QByteArray("42"));
    QCOMPARE(r.header("openai-version"), QByteArray("2020-10-01"));
    QCOMPARE(r.header("x-ratelimit-remaining-tokens"), QByteArray("999"));
    QCOMPARE(r.header("retry-after"), QByteArray("3"));
    QCOMPARE(r.header("content-length"), QByteArray::number(exact.size()));
    QVERIFY(r.header("set-cookie").isEmpty());
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
    QVERIFY(r.header("strict-transport-security").isEmpty());
    QCOMPARE(h.records().last().upstreamRequestId, QByteArray("req_abc"));
}

void TestForwarding::upstreamStatusesPassThrough_data()
{
    QTest::addColumn<int>("status");
    for (int status : { 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 529 })
        QTest::addRow("%d", status) << status;
}

void TestForwarding::upstreamStatusesPassThrough()
{
    QFETCH(int, status);
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", json(),
                                       ProxyHarness::chatBody("fake-error-" + QByteArray::number(status), false));
    QCOMPARE(r.status, status);
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
    QVERIFY2(!error.value(u"message"_s).toString().isEmpty(), r.body.constData());
    if (status == 429)
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
    QCOMPARE(h.records().last().status, status);
}

void TestForwarding::hopByHopAndBrowserHeadersAreDropped()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HeaderList headers { { "Connection", "keep-alive, X-Private-Hop" },
                               { "X-Private-Hop", "secret" },
                               { "Keep-Alive", "timeout=5" },
                               { "TE", "trailers" },
                               { "Proxy-Authorization", "Basic abc" },
                               { "Referer", "http://localhost:3000/page" },
                               { "Accept-Encoding", "gzip, br" },
                               { "OpenAI-Organization", "org-1" },
                               { "X-Stainless-Lang", "js" },
                               { "User-Agent", "OpenAI/JS 4.0" } };
    const HttpResponse r = h.roundTrip("GET", "/v1/models", headers);
    QCOMPARE(r.status, 200);
    const ReceivedRequest seen = h.upstream().lastRequest();
    for (const char *dropped : { "x-private-hop", "keep-alive", "te", "proxy-authorization", "referer" })
        QVERIFY2(!seen.hasHeader(dropped), dropped);
    QCOMPARE(seen.header("accept-encoding"), QByteArray("identity"));
    QCOMPARE(seen.header("openai-organization"), QByteArray("org-1"));
    QCOMPARE(seen.header("x-stainless-lang"), QByteArray("js"));
    QCOMPARE(seen.header("user-agent"), QByteArray("OpenAI/JS 4.0"));
}

void TestForwarding::baseUrlWithoutVersionGetsV1()
{
    ProxyHarness h([](ProxyConfig &c) {
        c.baseUrl = QUrl(c.baseUrl.toString().chopped(3)); // http://127.0.0.1:N
    });
    QVERIFY(h.ok());
    QCOMPARE(h.roundTrip("GET", "/v1/models").status, 200);
    QCOMPARE(h.upstream().lastRequest().target, QByteArray("/v1/models"));
}

void TestForwarding::chatValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("not json") << QByteArray("model=gpt&messages=hi") << QString();
    QTest::newRow("truncated json") << QByteArray(R"({"model":"gpt-4o","messages":[)") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << QString();
    QTest::newRow("no model") << QByteArray(R"({"messages":[]})") << u"model"_s;
    QTest::newRow("model not string") << QByteArray(R"({"model":4,"messages":[]})") << u"model"_s;
    QTest::newRow("no messages") << QByteArray(R"({"model":"gpt-4o"})") << u"messages"_s;
    QTest::newRow("messages not array") << QByteArray(R"({"model":"gpt-4o","messages":"hi"})") << u"messages"_s;
    QTest::newRow("stream not bool") << QByteArray(R"({"model":"gpt-4o","messages":[],"stream":"yes"})") << u"stream"_s;
}

void TestForwarding::chatValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", json(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
    QCOMPARE(error.keys(), QStringList({ u"code"_s, u"message"_s, u"param"_s, u"type"_s }));
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (param.isEmpty())
        QVERIFY(error.value(u"param"_s).isNull());
    else
        QCOMPARE(error.value(u"param"_s).toString(), param);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestForwarding::unknownRouteIs404InErrorShape()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    for (const char *target : { "/nope", "/v2/models", "/api/chat", "/favicon.ico" }) {
        const HttpResponse r = h.roundTrip("GET", target);
        QCOMPARE(r.status, 404);
        const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
        QVERIFY2(error.value(u"message"_s).toString().contains(QString::fromLatin1(target)), target);
    }
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestForwarding::healthReportsStateButNeverTheKey()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    QCOMPARE(h.roundTrip("GET", "/v1/models").status, 200);
    for (const char *path : { "/", "/health" }) {
        const HttpResponse r = h.roundTrip("GET", path);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(ProxyHarness::apiKey));
        const QJsonObject health = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(health.value(u"version"_s).toString(), QStringLiteral(MYGPT_VERSION));
        QCOMPARE(health.value(u"upstream"_s).toString(), h.upstream().baseUrl().toString());
        QVERIFY(health.value(u"uptime_seconds"_s).isDouble());
        QVERIFY(health.value(u"requests_served"_s).toInt() >= 2);
    }
    const HttpResponse head = h.roundTrip("HEAD", "/health");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
}

void TestForwarding::everyAnswerCarriesARequestId()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    QSet<QByteArray> ids;
    const QRegularExpression hex8(u"^[0-9a-f]{8}$"_s);
    for (const char *target : { "/v1/models", "/health", "/nope" }) {
        const HttpResponse r = h.roundTrip("GET", target);
        const QByteArray id = r.header("x-mygpt-request-id");
        QVERIFY2(hex8.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 3);
}

QTEST_GUILESS_MAIN(TestForwarding)
#include "tst_forwarding.moc"
