// Who may use the proxy: CORS (preflight and real requests), the configured origin list, the
// Host check against DNS rebinding, and the access key -- which must never reach the upstream.
#include "ProxyHarness.h"
#include "openai_script.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preflightFromLoopbackOrigin_data();
    void preflightFromLoopbackOrigin();
    void preflightAnswerHasNoContentLength();
    void preflightRefused_data();
    void preflightRefused();
    void allowedOriginGetsCorsOnEveryAnswer_data();
    void allowedOriginGetsCorsOnEveryAnswer();
    void connectionLevelRejectionsCarryCors_data();
    void connectionLevelRejectionsCarryCors();
    void disallowedOriginIsRefused_data();
    void disallowedOriginIsRefused();
    void configuredOrigins_data();
    void configuredOrigins();
    void hostCheck_data();
    void hostCheck();
    void accessKeyRefused_data();
    void accessKeyRefused();
    void accessKeyAccepted_data();
    void accessKeyAccepted();
    void healthWithAccessKey();
    void preflightNeedsNoAccessKey();
    void accessKeyWithoutApiKeyIsNotForwarded();
};

namespace {

const QByteArray AccessKey = "local-access-key-123";
const QByteArray RequestedHeaders = "authorization, content-type, x-stainless-os, openai-beta";

int headerCount(const HttpResponse &r, QByteArrayView name)
{
    int n = 0;
    for (const auto &[key, value] : r.headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

// Comma-separated header list, trimmed and lower-cased.
QList<QByteArray> tokens(const QByteArray &list)
{
    QList<QByteArray> out;
    for (const QByteArray &item : list.split(',')) {
        const QByteArray t = item.trimmed().toLower();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

bool varyHasOrigin(const HttpResponse &r)
{
    for (const auto &[key, value] : r.headers) {
        if (QByteArrayView(key).compare("vary", Qt::CaseInsensitive) == 0
            && tokens(value).contains("origin"))
            return true;
    }
    return false;
}

HttpResponse preflight(ProxyHarness &h, const QByteArray &origin,
    const QByteArray &requestedHeaders = RequestedHeaders)
{
    return h.roundTrip("OPTIONS", "/v1/chat/completions",
        { { "Origin", origin }, { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", requestedHeaders } });
}

QByteArray withPort(QByteArray text, quint16 port)
{
    return text.replace("{port}", QByteArray::number(port));
}

} // namespace

void TestAccess::preflightFromLoopbackOrigin_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("localhost:3000") << QByteArray("http://localhost:3000");
    QTest::newRow("127.0.0.1:5173") << QByteArray("http://127.0.0.1:5173");
    QTest::newRow("[::1]:8080") << QByteArray("http://[::1]:8080");
    QTest::newRow("localhost, default port") << QByteArray("http://localhost");
    QTest::newRow("https localhost") << QByteArray("https://localhost:8443");
}

// A browser's preflight from a page on this machine: 204 with everything the browser checks.
void TestAccess::preflightFromLoopbackOrigin()
{
    QFETCH(QByteArray, origin);
    ProxyHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const HttpResponse r = preflight(h, origin);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("access-control-allow-origin"), origin);
    QCOMPARE(headerCount(r, "access-control-allow-origin"), 1);
    QVERIFY(tokens(r.header("access-control-allow-methods")).contains("post"));
    const QList<QByteArray> allowed = tokens(r.header("access-control-allow-headers"));
    for (const QByteArray &requested : tokens(RequestedHeaders))
        QVERIFY2(allowed.contains(requested), requested.constData());
    bool ok = false;
    QVERIFY(r.header("access-control-max-age").toInt(&ok) > 0 && ok);
    QVERIFY(varyHasOrigin(r));
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(h.upstream().connections().isEmpty());
}

// RFC 9110 section 8.6: "A server MUST NOT send a Content-Length header field in any response
// with a status code of 1xx (Informational) or 204 (No Content)."
void TestAccess::preflightAnswerHasNoContentLength()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = preflight(h, "http://localhost:3000");
    QCOMPARE(r.status, 204);
    QVERIFY2(!containsHeader(r.headers, "content-length"), r.header("content-length").constData());
    const HttpResponse plain = h.roundTrip("OPTIONS", "/v1/models");
    QCOMPARE(plain.status, 204);
    QVERIFY2(!containsHeader(plain.headers, "content-length"),
        plain.header("content-length").constData());
}

void TestAccess::preflightRefused_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("requestedHeaders");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("corsExpected");
    QTest::newRow("foreign origin") << QByteArray("https://evil.example") << RequestedHeaders
                                    << u"origin_not_allowed"_s << false;
    QTest::newRow("null origin") << QByteArray("null") << RequestedHeaders
                                 << u"origin_not_allowed"_s << false;
    QTest::newRow("look-alike origin") << QByteArray("http://localhost.evil.example:3000")
                                       << RequestedHeaders << u"origin_not_allowed"_s << false;
    QTest::newRow("header outside the allowed set")
        << QByteArray("http://localhost:3000")
        << QByteArray("authorization, x-evil-header, content-type") << u"header_not_allowed"_s
        << true;
    QTest::newRow("cookie header") << QByteArray("http://localhost:3000") << QByteArray("cookie")
                                   << u"header_not_allowed"_s << true;
}

void TestAccess::preflightRefused()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, requestedHeaders);
    QFETCH(QString, code);
    QFETCH(bool, corsExpected);
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = preflight(h, origin, requestedHeaders);
    QCOMPARE(r.status, 403);
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), code);
    // A foreign origin learns nothing; an allowed one may read why its preflight failed.
    QCOMPARE(containsHeader(r.headers, "access-control-allow-origin"), corsExpected);
    QVERIFY(!containsHeader(r.headers, "access-control-allow-headers"));
    QVERIFY(!containsHeader(r.headers, "access-control-allow-methods"));
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestAccess::allowedOriginGetsCorsOnEveryAnswer_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("forwarded");
    QTest::newRow("success") << QByteArray("GET") << QByteArray("/v1/models") << QByteArray() << 200
                             << 1;
    QTest::newRow("stream") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                            << ProxyHarness::chatBody("gpt-4o-mini", true) << 200 << 1;
    QTest::newRow("proxy-made 400") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                                    << QByteArray(R"({"messages":[]})") << 400 << 0;
    QTest::newRow("proxy-made 404")
        << QByteArray("GET") << QByteArray("/nope") << QByteArray() << 404 << 0;
    QTest::newRow("upstream 429") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                                  << ProxyHarness::chatBody("fake-error-429", false) << 429 << 1;
    QTest::newRow("health") << QByteArray("GET") << QByteArray("/health") << QByteArray() << 200
                            << 0;
}

// Whatever the outcome, a page on an allowed origin can read the answer.
void TestAccess::allowedOriginGetsCorsOnEveryAnswer()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, forwarded);
    ProxyHarness h;
    QVERIFY(h.ok());
    const QByteArray origin = "http://localhost:3000";
    HeaderList headers { { "Origin", origin } };
    if (!body.isEmpty())
        headers += json();
    const HttpResponse r = h.roundTrip(method, target, headers, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("access-control-allow-origin"), origin);
    QCOMPARE(headerCount(r, "access-control-allow-origin"), 1);
    QVERIFY(varyHasOrigin(r));
    if (status >= 400)
        QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(h.upstream().totalRequestCount(), forwarded);
    if (forwarded)
        QVERIFY(!h.upstream().lastRequest().hasHeader("origin"));
}

void TestAccess::connectionLevelRejectionsCarryCors_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cors");
    const QByteArray allowed = "http://localhost:3000";
    const QByteArray foreign = "https://evil.example";
    const auto bigBody = [](const QByteArray &origin) {
        return RawHttpClient::buildRequest("POST", "/v1/chat/completions",
            { { "Origin", origin }, { "Content-Type", "application/json" },
                { "Content-Length", "5000" } });
    };
    const auto bigHead = [](const QByteArray &origin) {
        return RawHttpClient::buildRequest("GET", "/v1/models",
            { { "Origin", origin }, { "X-Big", QByteArray(20 * 1024, 'a') } });
    };
    const auto badMethod = [](const QByteArray &origin) {
        return RawHttpClient::buildRequest("BREW", "/v1/models", { { "Origin", origin } });
    };
    const auto slowBody = [](const QByteArray &origin) -> QByteArray { // not a QStringBuilder of a temporary
        return RawHttpClient::buildRequest("POST", "/v1/chat/completions",
                   { { "Origin", origin }, { "Content-Type", "application/json" },
                       { "Content-Length", "100" } })
            + "{\"model\"";
    };
    QTest::newRow("413, allowed origin") << allowed << bigBody(allowed) << 413 << true;
    QTest::newRow("413, foreign origin") << foreign << bigBody(foreign) << 413 << false;
    QTest::newRow("431, allowed origin") << allowed << bigHead(allowed) << 431 << true;
    QTest::newRow("405, allowed origin") << allowed << badMethod(allowed) << 405 << true;
    QTest::newRow("408, allowed origin") << allowed << slowBody(allowed) << 408 << true;
    QTest::newRow("408, foreign origin") << foreign << slowBody(foreign) << 408 << false;
}

// Errors the connection answers itself, before any routing, still let a page on an allowed
// origin read them (a browser reports an answer without CORS headers as a network error);
// a foreign origin gets none.
void TestAccess::connectionLevelRejectionsCarryCors()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(bool, cors);
    ProxyHarness h([](ProxyConfig &c) {
        c.maxBodyBytes = 1000;
        c.maxHeaderBytes = 8192;
        c.requestTimeoutSec = 1;
    });
    QVERIFY2(h.ok(), qPrintable(h.error()));
    auto client = h.connect();
    QVERIFY(client);
    client->send(sent);
    QVERIFY2(client->waitForResponse(5000), client->received().left(300).constData());
    const HttpResponse r = client->response();
    QCOMPARE(r.status, status);
    QVERIFY2(hasErrorShape(r), r.body.constData());
    if (cors) {
        QCOMPARE(r.header("access-control-allow-origin"), origin);
        QCOMPARE(headerCount(r, "access-control-allow-origin"), 1);
        QVERIFY(varyHasOrigin(r));
    } else {
        QVERIFY(!containsHeader(r.headers, "access-control-allow-origin"));
    }
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestAccess::disallowedOriginIsRefused_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("foreign https") << QByteArray("https://evil.example");
    QTest::newRow("null (sandboxed or file page)") << QByteArray("null");
    QTest::newRow("localhost as subdomain") << QByteArray("http://localhost.evil.example");
    QTest::newRow("localhost port look-alike") << QByteArray("http://localhost:3000.evil.example");
    QTest::newRow("rebinding name") << QByteArray("http://127.0.0.1.nip.io:3000");
    QTest::newRow("port zero") << QByteArray("http://127.0.0.1:0");
    QTest::newRow("other scheme") << QByteArray("chrome-extension://abcdef");
}

// A page elsewhere on the web must not spend the user's key: 403 before anything is forwarded.
void TestAccess::disallowedOriginIsRefused()
{
    QFETCH(QByteArray, origin);
    ProxyHarness h;
    QVERIFY(h.ok());
    for (const bool stream : { false, true }) {
        const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions",
            json() + HeaderList { { "Origin", origin } },
            ProxyHarness::chatBody("gpt-4o-mini", stream));
        QCOMPARE(r.status, 403);
        QVERIFY2(hasErrorShape(r), r.body.constData());
        QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"origin_not_allowed"_s);
        QVERIFY(!containsHeader(r.headers, "access-control-allow-origin"));
    }
    const HttpResponse models = h.roundTrip("GET", "/v1/models", { { "Origin", origin } });
    QCOMPARE(models.status, 403);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(h.upstream().connections().isEmpty());
}

void TestAccess::configuredOrigins_data()
{
    QTest::addColumn<QStringList>("allowedOrigins");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("allowed");
    const QStringList app { u"https://app.example"_s };
    QTest::newRow("app: itself") << app << QByteArray("https://app.example") << true;
    QTest::newRow("app: localhost no longer")
        << app << QByteArray("http://localhost:3000") << false;
    QTest::newRow("app: other scheme") << app << QByteArray("http://app.example") << false;
    QTest::newRow("app: other port") << app << QByteArray("https://app.example:8443") << false;
    QTest::newRow("app: subdomain") << app << QByteArray("https://www.app.example") << false;
    QTest::newRow("app: suffix") << app << QByteArray("https://app.example.evil") << false;
    const QStringList any { u"*"_s };
    QTest::newRow("*: foreign") << any << QByteArray("https://evil.example") << true;
    QTest::newRow("*: localhost") << any << QByteArray("http://localhost:3000") << true;
    const QStringList intranet { u"http://intranet.example:*"_s };
    QTest::newRow("port *: 8080") << intranet << QByteArray("http://intranet.example:8080") << true;
    QTest::newRow("port *: default") << intranet << QByteArray("http://intranet.example") << true;
    QTest::newRow("port *: https")
        << intranet << QByteArray("https://intranet.example:8080") << false;
    QTest::newRow("port *: not a port")
        << intranet << QByteArray("http://intranet.example:80.evil.example") << false;
    QTest::newRow("port *: out of range")
        << intranet << QByteArray("http://intranet.example:99999") << false;
    QTest::newRow("port *: longer name")
        << intranet << QByteArray("http://intranet.example.evil:80") << false;
    QTest::newRow("port *: localhost") << intranet << QByteArray("http://localhost:3000") << false;
    const QStringList two { u"https://app.example"_s, u"http://intranet.example:*"_s };
    QTest::newRow("two: first") << two << QByteArray("https://app.example") << true;
    QTest::newRow("two: second") << two << QByteArray("http://intranet.example:81") << true;
}

void TestAccess::configuredOrigins()
{
    QFETCH(QStringList, allowedOrigins);
    QFETCH(QByteArray, origin);
    QFETCH(bool, allowed);
    ProxyHarness h([&](ProxyConfig &c) { c.allowedOrigins = allowedOrigins; });
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("GET", "/v1/models", { { "Origin", origin } });
    if (allowed) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("access-control-allow-origin"), origin);
        QCOMPARE(h.upstream().totalRequestCount(), 1);
        QCOMPARE(preflight(h, origin).status, 204);
    } else {
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"origin_not_allowed"_s);
        QVERIFY(!containsHeader(r.headers, "access-control-allow-origin"));
        QCOMPARE(h.upstream().totalRequestCount(), 0);
        QCOMPARE(preflight(h, origin).status, 403);
    }
    // Without an Origin (a non-browser client) the origin list does not matter.
    QCOMPARE(h.roundTrip("GET", "/v1/models").status, 200);
}

void TestAccess::hostCheck_data()
{
    QTest::addColumn<QByteArray>("host"); // {port} is the proxy's port
    QTest::addColumn<bool>("allowed");
    QTest::newRow("evil.example") << QByteArray("evil.example") << false;
    QTest::newRow("evil.example:port") << QByteArray("evil.example:{port}") << false;
    QTest::newRow("127.0.0.1.nip.io") << QByteArray("127.0.0.1.nip.io") << false;
    QTest::newRow("127.0.0.1.nip.io:port") << QByteArray("127.0.0.1.nip.io:{port}") << false;
    QTest::newRow("localhost.evil.example") << QByteArray("localhost.evil.example:{port}") << false;
    QTest::newRow("localhost-evil") << QByteArray("localhost-evil.example") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("localhost:port") << QByteArray("localhost:{port}") << true;
    QTest::newRow("LOCALHOST:port") << QByteArray("LOCALHOST:{port}") << true;
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:{port}") << true;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << true;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:{port}") << true;
    QTest::newRow("foo.localhost") << QByteArray("foo.localhost") << true;
    QTest::newRow("foo.localhost:port") << QByteArray("foo.localhost:{port}") << true;
}

// DNS rebinding: a page whose name now resolves to 127.0.0.1 still sends its own name as Host.
void TestAccess::hostCheck()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    ProxyHarness h;
    QVERIFY(h.ok());
    const QByteArray value = withPort(host, h.port());
    for (const QByteArray &target : { QByteArray("/v1/models"), QByteArray("/health") }) {
        auto client = h.connect();
        QVERIFY(client);
        // Our own Host header replaces the one buildRequest() would add.
        const QByteArray request
            = RawHttpClient::buildRequest("GET", target, { { "Host", value } });
        QCOMPARE(request.count("Host:"), 1);
        client->send(request);
        QVERIFY2(client->waitForResponse(5000), client->received().constData());
        const HttpResponse r = client->response();
        if (allowed) {
            QCOMPARE(r.status, 200);
        } else {
            QCOMPARE(r.status, 403);
            QVERIFY2(hasErrorShape(r), r.body.constData());
            QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"host_not_allowed"_s);
            QVERIFY(!r.body.contains("\"ok\""));
        }
    }
    QCOMPARE(h.upstream().totalRequestCount(), allowed ? 1 : 0);
    if (allowed) // the upstream gets its own Host, never the client's
        QCOMPARE(h.upstream().lastRequest().header("host"),
            "127.0.0.1:" + QByteArray::number(h.upstream().port()));
}

void TestAccess::accessKeyRefused_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::newRow("no Authorization") << HeaderList {};
    QTest::newRow("wrong key") << HeaderList { { "Authorization", "Bearer wrong-key" } };
    QTest::newRow("prefix of the key")
        << HeaderList { { "Authorization", "Bearer " + AccessKey.chopped(1) } };
    QTest::newRow("key plus a byte")
        << HeaderList { { "Authorization", "Bearer " + AccessKey + '4' } };
    QTest::newRow("empty bearer") << HeaderList { { "Authorization", "Bearer " } };
    QTest::newRow("no scheme") << HeaderList { { "Authorization", AccessKey } };
    QTest::newRow("Basic") << HeaderList { { "Authorization",
        "Basic " + QByteArray("user:" + AccessKey).toBase64() } };
    QTest::newRow("Basic with the raw key")
        << HeaderList { { "Authorization", "Basic " + AccessKey } };
    QTest::newRow("x-api-key instead") << HeaderList { { "x-api-key", AccessKey } };
    QTest::newRow("key in the query") << HeaderList { { "X-Target", "?key=" + AccessKey } };
}

// access key configured: without it (or with anything else) 401, nothing forwarded.
void TestAccess::accessKeyRefused()
{
    QFETCH(HeaderList, headers);
    ProxyHarness h([](ProxyConfig &c) { c.accessKey = Secret(AccessKey); });
    QVERIFY(h.ok());
    QByteArray target = "/v1/chat/completions";
    if (const QByteArray query = findHeader(headers, "x-target"); !query.isEmpty())
        target += query;
    const HttpResponse r = h.roundTrip(
        "POST", target, json() + headers, ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"invalid_api_key"_s);
    QVERIFY(!r.body.contains(AccessKey));
    QCOMPARE(h.roundTrip("GET", "/v1/models", headers).status, 401);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestAccess::accessKeyAccepted_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("Bearer") << "Bearer " + AccessKey;
    QTest::newRow("bearer, lower case scheme") << "bearer " + AccessKey;
}

// The right key is accepted, and replaced by the API key on the way out.
void TestAccess::accessKeyAccepted()
{
    QFETCH(QByteArray, authorization);
    ProxyHarness h([](ProxyConfig &c) { c.accessKey = Secret(AccessKey); });
    QVERIFY(h.ok());
    const HeaderList auth { { "Authorization", authorization } };
    QCOMPARE(h.roundTrip("GET", "/v1/models", auth).status, 200);
    const HttpResponse chat = h.roundTrip(
        "POST", "/v1/chat/completions", json() + auth, ProxyHarness::chatBody("gpt-4o-mini", true));
    QCOMPARE(chat.status, 200);
    QCOMPARE(sseDataPayloads(chat.body).last(), QByteArray("[DONE]"));
    QCOMPARE(h.upstream().totalRequestCount(), 2);
    for (const ReceivedRequest &seen : h.upstream().requests()) {
        QCOMPARE(seen.header("authorization"), "Bearer " + ProxyHarness::apiKey);
        int authorizations = 0;
        for (const auto &[name, value] : seen.headers) {
            QVERIFY2(!value.contains(AccessKey), name.constData());
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                ++authorizations;
        }
        QCOMPARE(authorizations, 1);
        QVERIFY(!seen.body.contains(AccessKey));
        QVERIFY(!seen.target.contains(AccessKey));
    }
}

// /health answers everyone (a liveness probe), but only the key holder learns the details.
void TestAccess::healthWithAccessKey()
{
    ProxyHarness h([](ProxyConfig &c) { c.accessKey = Secret(AccessKey); });
    QVERIFY(h.ok());
    const struct
    {
        HeaderList headers;
        bool detailed;
    } cases[] = {
        { {}, false },
        { { { "Authorization", "Bearer wrong-key" } }, false },
        { { { "Authorization", "Bearer " + AccessKey } }, true },
    };
    for (const auto &c : cases) {
        for (const char *path : { "/health", "/" }) {
            const HttpResponse r = h.roundTrip("GET", path, c.headers);
            QCOMPARE(r.status, 200);
            const QJsonObject health = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
            QCOMPARE(health.contains(u"upstream"_s), c.detailed);
            QCOMPARE(health.contains(u"version"_s), c.detailed);
            QVERIFY(!r.body.contains(ProxyHarness::apiKey));
            QVERIFY(!r.body.contains(AccessKey));
            if (c.detailed)
                QCOMPARE(health.value(u"upstream"_s).toString(), h.upstream().baseUrl().toString());
        }
    }
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

// A browser sends no credentials in a preflight: it must pass without the key; the real request
// then needs it, and its 401 is readable by the page (CORS headers on the error too).
void TestAccess::preflightNeedsNoAccessKey()
{
    ProxyHarness h([](ProxyConfig &c) { c.accessKey = Secret(AccessKey); });
    QVERIFY(h.ok());
    const QByteArray origin = "http://localhost:3000";
    const HttpResponse pre = preflight(h, origin);
    QCOMPARE(pre.status, 204);
    QCOMPARE(pre.header("access-control-allow-origin"), origin);
    QVERIFY(tokens(pre.header("access-control-allow-headers")).contains("authorization"));

    const HttpResponse refused = h.roundTrip("POST", "/v1/chat/completions",
        json() + HeaderList { { "Origin", origin } }, ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("access-control-allow-origin"), origin);

    const HttpResponse served = h.roundTrip("POST", "/v1/chat/completions",
        json() + HeaderList { { "Origin", origin }, { "Authorization", "Bearer " + AccessKey } },
        ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(served.status, 200);
    QCOMPARE(served.header("access-control-allow-origin"), origin);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
}

// No API key configured, so the proxy would normally pass the client's Authorization through;
// but when that Authorization is the access key it is MyGPT's secret, not the upstream's.
void TestAccess::accessKeyWithoutApiKeyIsNotForwarded()
{
    ProxyHarness h([](ProxyConfig &c) {
        c.apiKey = Secret();
        c.accessKey = Secret(AccessKey);
    });
    QVERIFY(h.ok());
    const HeaderList auth { { "Authorization", "Bearer " + AccessKey } };
    QCOMPARE(h.roundTrip("GET", "/v1/models", auth).status, 200);
    QCOMPARE(h.roundTrip("POST", "/v1/chat/completions", json() + auth,
                  ProxyHarness::chatBody("gpt-4o-mini", false))
                 .status,
        200);
    QCOMPARE(h.roundTrip("GET", "/v1/models").status, 401);
    QCOMPARE(h.upstream().totalRequestCount(), 2);
    for (const ReceivedRequest &seen : h.upstream().requests()) {
        QVERIFY2(!seen.hasHeader("authorization"), seen.header("authorization").constData());
        for (const auto &[name, value] : seen.headers)
            QVERIFY2(!value.contains(AccessKey), name.constData());
    }
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
