// Upstream failures and clients that leave: every case ends with a documented answer (or a
// clean abort upstream), never a hung client and never a crash.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include "ProxyHarness.h"
#include "openai_script.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreachableUpstreamIs502_data();
    void unreachableUpstreamIs502();
    void tlsFailureIs502AndTrustedCaWorks();
    void noFirstByteIs504AndUpstreamIsClosed();
    void htmlErrorPageIsWrappedWithStatusKept();
    void brokenStreamEndsWithErrorEvent_data();
    void brokenStreamEndsWithErrorEvent();
    void truncatedPlainBodyClosesTheConnection_data();
    void truncatedPlainBodyClosesTheConnection();
    void clientLeavingAbortsUpstream_data();
    void clientLeavingAbortsUpstream();
    void proxyKeepsServingAfterFailures();
};

static const HeaderList jsonHeaders { { "Content-Type", "application/json" } };

static QJsonObject errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

static quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

void TestFailures::unreachableUpstreamIs502_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("refused") << u"http://127.0.0.1:%1/v1"_s.arg(closedPort())
                             << u"upstream_unreachable"_s << u"refused"_s;
    QTest::newRow("dns") << u"http://mygpt-upstream.invalid/v1"_s << u"upstream_dns_failure"_s
                         << u"not found"_s;
}

void TestFailures::unreachableUpstreamIs502()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, code);
    QFETCH(QString, words);
    ProxyHarness h([&](ProxyConfig &c) { c.baseUrl = QUrl(baseUrl); });
    QVERIFY(h.ok());
    for (bool stream : { false, true }) {
        const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                           ProxyHarness::chatBody("gpt-4o-mini", stream));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        const QJsonObject error = errorOf(r.body);
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY2(error.value(u"message"_s).toString().contains(words, Qt::CaseInsensitive),
                 r.body.constData());
        QVERIFY(!r.body.contains(ProxyHarness::apiKey));
    }
}

void TestFailures::tlsFailureIs502AndTrustedCaWorks()
{
    {
        ProxyHarness h([](ProxyConfig &c) { c.caFile.clear(); }, Tls::On);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const HttpResponse r = h.roundTrip("GET", "/v1/models");
        QCOMPARE(r.status, 502);
        QCOMPARE(errorOf(r.body).value(u"code"_s).toString(), u"upstream_tls_error"_s);
    }
    {
        ProxyHarness h({}, Tls::On); // the harness trusts the fake's CA file
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const HttpResponse r = h.roundTrip("GET", "/v1/models");
        QCOMPARE(r.status, 200);
        QCOMPARE(h.upstream().lastRequest().header("authorization"), "Bearer " + ProxyHarness::apiKey);
    }
}

void TestFailures::noFirstByteIs504AndUpstreamIsClosed()
{
    ProxyHarness h([](ProxyConfig &c) { c.firstByteTimeoutSec = 1; });
    QVERIFY(h.ok());
    QElapsedTimer clock;
    clock.start();
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody("fake-hang", true));
    const qint64 took = clock.elapsed();
    QCOMPARE(r.status, 504);
    QCOMPARE(errorOf(r.body).value(u"code"_s).toString(), u"upstream_timeout"_s);
    QVERIFY2(took >= 900 && took < 3000, qPrintable(QString::number(took)));
    QTRY_VERIFY(h.upstream().openConnectionCount() == 0);
    QVERIFY(h.upstream().connections().first().closedByPeer);
}

void TestFailures::htmlErrorPageIsWrappedWithStatusKept()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    h.upstream().setHandler([](const ReceivedRequest &) {
        return textReply(502, "text/html",
                         "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                         "Gateway</h1><hr>cloudflare</body></html>");
    });
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(r.status, 502);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject error = errorOf(r.body);
    QCOMPARE(error.value(u"code"_s).toString(), u"upstream_http_502"_s);
    QCOMPARE(error.value(u"type"_s).toString(), u"upstream_error"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"502 Bad Gateway"_s), r.body.constData());
    QVERIFY(error.value(u"message"_s).toString().contains(u"text/html"_s));
}

void TestFailures::brokenStreamEndsWithErrorEvent_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("code");
    QTest::newRow("reset") << QByteArray("fake-reset") << u"upstream_interrupted"_s;
    QTest::newRow("truncated") << QByteArray("fake-truncate") << u"upstream_interrupted"_s;
    QTest::newRow("stalled") << QByteArray("fake-stall") << u"upstream_timeout"_s;
}

void TestFailures::brokenStreamEndsWithErrorEvent()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, code);
    ProxyHarness h([](ProxyConfig &c) { c.idleTimeoutSec = 1; });
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody(model, true));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.complete, "the body must be properly terminated");
    const QList<QByteArray> events = sseDataPayloads(r.body);
    QVERIFY(events.size() >= 2);
    QVERIFY(!events.contains("[DONE]"));
    const QJsonObject error = errorOf(events.last());
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(!h.records().last().error.isEmpty());
    QTRY_COMPARE(h.upstream().openConnectionCount(), 0);
}

void TestFailures::truncatedPlainBodyClosesTheConnection_data()
{
    QTest::addColumn<Reply::Fault>("fault");
    QTest::newRow("closed") << Reply::Fault::CloseAfterChunks;
    QTest::newRow("reset") << Reply::Fault::ResetAfterChunks;
}

void TestFailures::truncatedPlainBodyClosesTheConnection()
{
    QFETCH(Reply::Fault, fault);
    ProxyHarness h;
    QVERIFY(h.ok());
    h.upstream().setHandler([fault](const ReceivedRequest &) {
        Reply reply = jsonReply(200, QByteArray(1000, 'x'));
        reply.chunks = { QByteArray(400, 'x'), QByteArray(600, 'x') };
        reply.body.clear();
        reply.header("Content-Length", "1000");
        reply.fault = fault;
        reply.faultAfterChunks = 1;
        reply.chunkIntervalMs = 50;
        return reply;
    });
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("GET", "/v1/files/f/content"));
    // The client must learn the body is short: the proxy closes instead of leaving it waiting.
    QVERIFY(client->waitForClosed(5000));
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 200);
    QVERIFY(!r.complete);
    QCOMPARE(r.body.size(), 400);
}

void TestFailures::clientLeavingAbortsUpstream_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("leaveAfterMs");
    QTest::newRow("waiting for first byte") << ProxyHarness::chatBody("fake-hang", true) << 200;
    QTest::newRow("mid-stream") << ProxyHarness::chatBody("fake-slow", true) << 500;
    QTest::newRow("non-streaming") << ProxyHarness::chatBody("fake-hang", false) << 200;
}

void TestFailures::clientLeavingAbortsUpstream()
{
    QFETCH(QByteArray, body);
    QFETCH(int, leaveAfterMs);
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders, body));
    QTRY_COMPARE(h.upstream().openConnectionCount(), 1);
    QTest::qWait(leaveAfterMs);
    const qint64 leftAt = h.upstream().elapsedMs();
    client->abort();
    QTRY_COMPARE_WITH_TIMEOUT(h.upstream().openConnectionCount(), 0, 2000);
    const ConnectionInfo upstreamSide = h.upstream().connections().first();
    QVERIFY(upstreamSide.closedByPeer);
    QVERIFY2(upstreamSide.closedAtMs - leftAt < 100,
             qPrintable(u"upstream closed %1 ms after the client left"_s.arg(upstreamSide.closedAtMs - leftAt)));
    QTRY_VERIFY(!h.records().isEmpty());
    QVERIFY(h.records().last().cancelled);
    QCOMPARE(h.proxy().exchangesInFlight(), 0);
}

void TestFailures::proxyKeepsServingAfterFailures()
{
    ProxyHarness h([](ProxyConfig &c) {
        c.idleTimeoutSec = 1;
        c.firstByteTimeoutSec = 1;
    });
    QVERIFY(h.ok());
    for (const char *model : { "fake-reset", "fake-truncate", "fake-hang", "fake-html-500", "fake-stall" }) {
        auto client = h.connect();
        client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders,
                                                 ProxyHarness::chatBody(model, true)));
        QTest::qWait(50);
        client->abort();
    }
    for (int i = 0; i < 5; ++i) {
        const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                           ProxyHarness::chatBody("gpt-4o-mini", i % 2));
        QCOMPARE(r.status, 200);
    }
    QTRY_COMPARE(h.proxy().exchangesInFlight(), 0);
}

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
