// The HTTP front end seen from a client's socket: pipelining order, size limits, timeouts,
// Expect: 100-continue, garbage, Connection: close / HTTP/1.0, keep-alive reuse and request
// bodies arriving in pieces -- asserted on the exact bytes the client received and on what the
// upstream saw.
#include "ProxyHarness.h"
#include "openai_script.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelinedRequestsAnswerInOrder();
    void badRequestAfterPipelinedRequestWaitsItsTurn_data();
    void badRequestAfterPipelinedRequestWaitsItsTurn();
    void bodyOverLimitIsRefusedEarly_data();
    void bodyOverLimitIsRefusedEarly();
    void bodyAtLimitIsServed_data();
    void bodyAtLimitIsServed();
    void headOverLimitIsRefused_data();
    void headOverLimitIsRefused();
    void headUnderLimitIsServed();
    void expectContinue();
    void expectContinueOverLimitGetsNoContinue();
    void malformedRequestsAreRejected_data();
    void malformedRequestsAreRejected();
    void idleConnectionsAreClosed();
    void slowRequestsTimeOut_data();
    void slowRequestsTimeOut();
    void connectionCloseIsHonoured();
    void nothingAfterConnectionCloseIsProcessed_data();
    void nothingAfterConnectionCloseIsProcessed();
    void http10GetsHttp10Answer();
    void http10StreamIsCloseDelimited();
    void keepAliveConnectionIsReused();
    void firstEventOnReusedConnectionIsNotDelayed();
    void chunkedRequestBodyIsForwardedDechunked();
    void clientLeavingMidRequestIsHarmless_data();
    void clientLeavingMidRequestIsHarmless();
};

namespace {

constexpr QByteArrayView ContinueLine = "HTTP/1.1 100 Continue\r\n\r\n";

QByteArray head(QByteArrayView method, QByteArrayView target, const HeaderList &headers)
{
    return RawHttpClient::buildRequest(method, target, headers);
}

QByteArray chunked(const QList<QByteArray> &pieces)
{
    QByteArray out;
    for (const QByteArray &piece : pieces)
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    return out + "0\r\n\r\n";
}

// The content deltas of an OpenAI chat stream, concatenated.
QByteArray streamedContent(const QByteArray &sseBody)
{
    QByteArray content;
    for (const QByteArray &payload : sseDataPayloads(sseBody)) {
        if (payload == "[DONE]")
            continue;
        const QJsonObject chunk = QJsonDocument::fromJson(payload).object();
        const QJsonArray choices = chunk.value(u"choices"_s).toArray();
        if (!choices.isEmpty())
            content += choices.first()
                           .toObject()
                           .value(u"delta"_s)
                           .toObject()
                           .value(u"content"_s)
                           .toString()
                           .toUtf8();
    }
    return content;
}

// The proxy is still fine: a fresh connection gets a normal answer.
bool proxyStillServes(ProxyHarness &h)
{
    const qint64 before = h.upstream().totalRequestCount();
    const HttpResponse r = h.roundTrip("GET", "/v1/models");
    return r.complete && r.status == 200 && h.upstream().totalRequestCount() == before + 1;
}

} // namespace

// Three requests in one write: each answer complete, in request order, the first (a slow
// stream) fully on the wire before a byte of the second.
void TestHttp::pipelinedRequestsAnswerInOrder()
{
    ProxyHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", json(),
                     ProxyHarness::chatBody("fake-slow", true))
        + RawHttpClient::buildRequest("GET", "/v1/models")
        + RawHttpClient::buildRequest("GET", "/health"));
    const auto third = [&] {
        const HttpResponse first = client->response(0);
        if (!first.complete)
            return HttpResponse();
        const HttpResponse second = client->response(first.end);
        if (!second.complete)
            return HttpResponse();
        return client->response(second.end);
    };
    QVERIFY2(client->waitUntil([&] { return third().complete || client->isClosed(); }, 10000),
        client->received().constData());

    const HttpResponse r1 = client->response(0);
    const HttpResponse r2 = client->response(r1.end);
    const HttpResponse r3 = client->response(r2.end);
    QVERIFY(!r1.malformed && !r2.malformed && !r3.malformed);
    QVERIFY(r3.complete);
    QCOMPARE(r3.end, client->received().size()); // nothing else, nothing interleaved

    QCOMPARE(r1.status, 200);
    QVERIFY(r1.chunked);
    QVERIFY(r1.header("content-type").startsWith("text/event-stream"));
    QCOMPARE(sseDataPayloads(r1.body).last(), QByteArray("[DONE]"));
    QCOMPARE(streamedContent(r1.body), fakeStreamedContent(5));

    QCOMPARE(r2.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r2.body).object().value(u"object"_s).toString(), u"list"_s);

    QCOMPARE(r3.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r3.body).object().value(u"status"_s).toString(), u"ok"_s);

    // The stream really streamed (its pieces came over ~1.4 s) while the quick answers behind
    // it waited: their bytes follow its last chunk on the wire.
    const qint64 firstChunkAt = client->arrivalTimeOf(r1.chunkEnds.first());
    const qint64 streamEndAt = client->arrivalTimeOf(r1.end);
    QVERIFY2(streamEndAt - firstChunkAt >= 600,
        qPrintable(u"stream took %1 ms"_s.arg(streamEndAt - firstChunkAt)));

    QVERIFY(!client->isClosed());
    // /health is the proxy's own; the other two may reach the upstream in either order.
    QCOMPARE(h.upstream().totalRequestCount(), 2);
    QList<QByteArray> targets;
    for (const ReceivedRequest &seen : h.upstream().requests())
        targets.append(seen.target);
    std::sort(targets.begin(), targets.end());
    QCOMPARE(targets, QList<QByteArray>({ "/v1/chat/completions", "/v1/models" }));
}

void TestHttp::badRequestAfterPipelinedRequestWaitsItsTurn_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameWrite"); // in the same TCP write as the good request
    const QByteArray tooLarge = "POST /v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Length: 99999999999\r\n\r\n";
    const QByteArray brew = "BREW /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::newRow("garbage, later write") << QByteArray("HELLO\r\n\r\n") << 400 << false;
    QTest::newRow("garbage, same write") << QByteArray("HELLO\r\n\r\n") << 400 << true;
    QTest::newRow("413, same write") << tooLarge << 413 << true;
    QTest::newRow("405, same write") << brew << 405 << true;
}

// A good request followed by a bad one on the same connection: the good one is answered in full,
// then the error, then the close. Answers are matched to requests by order, so an error sent in
// place of the first answer would be taken as the answer to the good request.
void TestHttp::badRequestAfterPipelinedRequestWaitsItsTurn()
{
    QFETCH(QByteArray, bad);
    QFETCH(int, status);
    QFETCH(bool, sameWrite);
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    // The upstream waits 300 ms: the bad request is seen long before the first answer exists.
    const QByteArray good = RawHttpClient::buildRequest(
        "GET", "/v1/models", { { "x-fake-first-byte-delay-ms", "300" } });
    if (sameWrite) {
        client->send(good + bad);
    } else {
        client->send(good);
        QVERIFY(client->waitUntil([&] { return h.upstream().totalRequestCount() == 1; }, 5000));
        client->send(bad);
    }
    QVERIFY2(client->waitForClosed(5000), client->received().constData());
    const HttpResponse first = client->response(0);
    QVERIFY(first.complete);
    QCOMPARE(first.status, 200);
    QCOMPARE(QJsonDocument::fromJson(first.body).object().value(u"object"_s).toString(), u"list"_s);
    const HttpResponse second = client->response(first.end);
    QVERIFY(second.complete);
    QCOMPARE(second.status, status);
    QVERIFY2(hasErrorShape(second), second.body.constData());
    QCOMPARE(second.header("connection").toLower(), QByteArray("close"));
    QCOMPARE(client->received().size(), second.end);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
}

void TestHttp::bodyOverLimitIsRefusedEarly_data()
{
    QTest::addColumn<QByteArray>("sent");
    const HeaderList type { { "Content-Type", "application/json" } };
    const auto withLength = [&](QByteArray length) {
        return head(
            "POST", "/v1/chat/completions", type + HeaderList { { "Content-Length", length } });
    };
    const QByteArray chunkedHead = head(
        "POST", "/v1/chat/completions", type + HeaderList { { "Transfer-Encoding", "chunked" } });
    QTest::newRow("content-length 5000") << withLength("5000");
    QTest::newRow("content-length 1001") << withLength("1001");
    QTest::newRow("content-length overflowing int64") << withLength("99999999999999999999999");
    QTest::newRow("one chunk of 2000") << chunkedHead + "7d0\r\n" + QByteArray(100, 'x');
    QTest::newRow("chunks adding up to 1200")
        << chunkedHead + "258\r\n" + QByteArray(600, 'x') + "\r\n258\r\n";
}

// maxBodyBytes = 1000: a larger body is refused with 413 before the client sends it.
void TestHttp::bodyOverLimitIsRefusedEarly()
{
    QFETCH(QByteArray, sent);
    ProxyHarness h([](ProxyConfig &c) { c.maxBodyBytes = 1000; });
    QVERIFY2(h.ok(), qPrintable(h.error()));
    auto client = h.connect();
    QVERIFY(client);
    client->send(sent);
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 413);
    QVERIFY(client->received().startsWith("HTTP/1.1 413 "));
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"request_too_large"_s);
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(h.upstream().connections().isEmpty());
    QVERIFY(proxyStillServes(h));
}

void TestHttp::bodyAtLimitIsServed_data()
{
    QTest::addColumn<bool>("useChunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

// The limit is inclusive: exactly maxBodyBytes is forwarded intact.
void TestHttp::bodyAtLimitIsServed()
{
    QFETCH(bool, useChunked);
    ProxyHarness h([](ProxyConfig &c) { c.maxBodyBytes = 1000; });
    QVERIFY(h.ok());
    QByteArray body(1000, '\0');
    for (int i = 0; i < body.size(); ++i)
        body[i] = char('a' + i % 26);
    auto client = h.connect();
    QVERIFY(client);
    if (useChunked) {
        client->send(head("POST", "/v1/files",
                         { { "Content-Type", "application/octet-stream" },
                             { "Transfer-Encoding", "chunked" } })
            + chunked({ body.first(400), body.sliced(400) }));
    } else {
        client->send(RawHttpClient::buildRequest(
            "POST", "/v1/files", { { "Content-Type", "application/octet-stream" } }, body));
    }
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    QCOMPARE(client->response().status, 200);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
    QCOMPARE(h.upstream().lastRequest().body, body);
}

void TestHttp::headOverLimitIsRefused_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("one 20 KB header")
        << head("GET", "/v1/models", { { "X-Big", QByteArray(20 * 1024, 'a') } });
    HeaderList many;
    for (int i = 0; i < 400; ++i)
        many.append({ "X-Header-" + QByteArray::number(i), QByteArray(40, 'b') });
    QTest::newRow("400 small headers") << head("GET", "/v1/models", many);
    QTest::newRow("20 KB request line")
        << head("GET", QByteArray("/v1/models?q=" + QByteArray(20 * 1024, 'c')), {});
    QTest::newRow("unterminated head, more than the limit")
        << QByteArray("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
            + QByteArray(9000, 'd');
}

// maxHeaderBytes = 8192: a larger head is refused with 431 and the connection closed.
void TestHttp::headOverLimitIsRefused()
{
    QFETCH(QByteArray, sent);
    ProxyHarness h([](ProxyConfig &c) { c.maxHeaderBytes = 8192; });
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(sent);
    QVERIFY2(client->waitForResponse(5000), client->received().left(300).constData());
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 431);
    QVERIFY(client->received().startsWith("HTTP/1.1 431 "));
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"request_header_too_large"_s);
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(proxyStillServes(h));
}

// The counterpart: a 6 KB header under the 8 KB limit goes through unchanged.
void TestHttp::headUnderLimitIsServed()
{
    ProxyHarness h([](ProxyConfig &c) { c.maxHeaderBytes = 8192; });
    QVERIFY(h.ok());
    const QByteArray big(6 * 1024, 'e');
    const HttpResponse r = h.roundTrip("GET", "/v1/models", { { "X-Big", big } });
    QCOMPARE(r.status, 200);
    QCOMPARE(h.upstream().lastRequest().header("x-big"), big);
}

// The proxy says exactly "HTTP/1.1 100 Continue" after the head, waits for the body, answers.
void TestHttp::expectContinue()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    const QByteArray body = ProxyHarness::chatBody("gpt-4o-mini", false);
    client->send(head("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Expect", "100-continue" },
            { "Content-Length", QByteArray::number(body.size()) } }));
    QVERIFY2(
        client->waitUntil(
            [&] { return client->received().size() >= ContinueLine.size() || client->isClosed(); },
            5000),
        client->received().constData());
    client->waitUntil([] { return false; }, 150); // anything more would show up now
    QCOMPARE(client->received(), ContinueLine.toByteArray());
    QCOMPARE(h.upstream().totalRequestCount(), 0);

    client->send(body);
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    const HttpResponse r = client->response(); // skips the interim 100
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"object"_s).toString(),
        u"chat.completion"_s);
    QCOMPARE(client->received().count("100 Continue"), 1);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
    const ReceivedRequest seen = h.upstream().lastRequest();
    QCOMPARE(seen.body, body);
    QVERIFY(!seen.hasHeader("expect"));
    QVERIFY(!client->isClosed()); // keep-alive: the connection serves on
}

void TestHttp::expectContinueOverLimitGetsNoContinue()
{
    ProxyHarness h([](ProxyConfig &c) { c.maxBodyBytes = 1000; });
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(head("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Expect", "100-continue" },
            { "Content-Length", "5000" } }));
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    QCOMPARE(client->response().status, 413);
    QVERIFY2(client->received().startsWith("HTTP/1.1 413 "), client->received().constData());
    QVERIFY(!client->received().contains("100 Continue"));
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestHttp::malformedRequestsAreRejected_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray host = "Host: 127.0.0.1\r\n";
    QByteArray binary;
    QRandomGenerator random(0x5eed);
    for (int i = 0; i < 512; ++i)
        binary += char(random.bounded(256));

    QTest::newRow("HELLO") << QByteArray("HELLO\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("random binary") << binary + "\r\n\r\n" << 400 << u"bad_request"_s;
    QTest::newRow("request line without version") << "GET /v1/models\r\n" + host + "\r\n"
                                                  << 400 << u"bad_request"_s;
    QTest::newRow("header without colon") << "GET /v1/models HTTP/1.1\r\n" + host
            + "NoColonHere\r\n\r\n" << 400 << u"bad_request"_s;
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://evil.example/v1/models HTTP/1.1\r\nHost: evil.example\r\n\r\n")
        << 400 << u"bad_request"_s;
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /v1/models HTTP/1.1\r\nAccept: */*\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("two Host headers")
        << "GET /v1/models HTTP/1.1\r\n" + host + "Host: evil.example\r\n\r\n"
        << 400 << u"bad_request"_s;
    QTest::newRow("Content-Length and chunked (smuggling)") << "POST /v1/files HTTP/1.1\r\n" + host
            + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                                                            << 400 << u"bad_request"_s;
    QTest::newRow("conflicting Content-Length") << "POST /v1/files HTTP/1.1\r\n" + host
            + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nabc"
                                                << 400 << u"bad_request"_s;
    QTest::newRow("non-numeric Content-Length")
        << "POST /v1/files HTTP/1.1\r\n" + host + "Content-Length: 1e3\r\n\r\n"
        << 400 << u"bad_request"_s;
    QTest::newRow("obsolete line folding")
        << "GET /v1/models HTTP/1.1\r\n" + host + "X-A: b\r\n  c\r\n\r\n"
        << 400 << u"bad_request"_s;
    QTest::newRow("gzip transfer-encoding")
        << "POST /v1/files HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n"
        << 400 << u"bad_request"_s;
    QTest::newRow("malformed chunk size")
        << "POST /v1/files HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
        << 400 << u"bad_request"_s;
    QTest::newRow("unknown method BREW") << "BREW /v1/models HTTP/1.1\r\n" + host + "\r\n"
                                         << 405 << u"method_not_allowed"_s;
    QTest::newRow("HTTP/2.0") << "GET /v1/models HTTP/2.0\r\n" + host + "\r\n"
                              << 505 << u"http_version_not_supported"_s;
    QTest::newRow("HTTP/0.9") << "GET /v1/models HTTP/0.9\r\n" + host + "\r\n"
                              << 505 << u"http_version_not_supported"_s;
}

// Garbage, unknown methods and versions: an error in the OpenAI shape, then the proxy closes;
// the upstream never hears of it and the next connection is served.
void TestHttp::malformedRequestsAreRejected()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(QString, code);
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(sent);
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    const HttpResponse r = client->response();
    QCOMPARE(r.status, status);
    QVERIFY2(
        client->received().startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
        client->received().constData());
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), code);
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(proxyStillServes(h));
}

// clientIdleTimeoutSec = 1: a silent connection and one whose exchange is over are closed after
// ~1 s; a stream that lasts longer than that is not cut.
void TestHttp::idleConnectionsAreClosed()
{
    ProxyHarness h([](ProxyConfig &c) { c.clientIdleTimeoutSec = 1; });
    QVERIFY(h.ok());
    auto silent = h.connect();
    auto used = h.connect();
    auto streaming = h.connect();
    QVERIFY(silent && used && streaming);
    used->send(RawHttpClient::buildRequest("GET", "/v1/models"));
    streaming->send(RawHttpClient::buildRequest(
        "POST", "/v1/chat/completions", json(), ProxyHarness::chatBody("fake-slow", true)));
    qint64 silentClosedAt = -1;
    qint64 usedClosedAt = -1;
    qint64 streamingClosedAt = -1;
    silent->waitUntil(
        [&] {
            if (silentClosedAt < 0 && silent->isClosed())
                silentClosedAt = silent->elapsedMs();
            if (usedClosedAt < 0 && used->isClosed())
                usedClosedAt = used->elapsedMs();
            if (streamingClosedAt < 0 && streaming->isClosed())
                streamingClosedAt = streaming->elapsedMs();
            return silentClosedAt >= 0 && usedClosedAt >= 0 && streamingClosedAt >= 0;
        },
        8000);
    QVERIFY2(silentClosedAt >= 800 && silentClosedAt <= 3000,
        qPrintable(u"silent connection closed after %1 ms"_s.arg(silentClosedAt)));
    QVERIFY(silent->received().isEmpty());

    const HttpResponse r = used->response();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 200);
    QCOMPARE(used->received().size(), r.end);
    const qint64 usedIdleFor = usedClosedAt - used->arrivalTimeOf(r.end);
    QVERIFY2(usedClosedAt >= 0 && usedIdleFor >= 800 && usedIdleFor <= 3000,
        qPrintable(u"used connection closed %1 ms after its answer"_s.arg(usedIdleFor)));

    // fake-slow takes ~1.4 s: longer than the idle timeout, yet complete.
    const HttpResponse s = streaming->response();
    QVERIFY(s.complete);
    QCOMPARE(s.status, 200);
    QCOMPARE(streamedContent(s.body), fakeStreamedContent(5));
    const qint64 streamEnd = streaming->arrivalTimeOf(s.end);
    QVERIFY2(streamEnd >= 1000, qPrintable(u"stream ended after %1 ms"_s.arg(streamEnd)));
    const qint64 streamIdleFor = streamingClosedAt - streamEnd;
    QVERIFY2(streamingClosedAt >= 0 && streamIdleFor >= 800 && streamIdleFor <= 3000,
        qPrintable(u"streaming connection closed %1 ms after the stream"_s.arg(streamIdleFor)));
}

void TestHttp::slowRequestsTimeOut_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("drip"); // sent a few bytes at a time every 300 ms
    QTest::newRow("head dripping in")
        << QByteArray("GE")
        << QByteArray("T /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            + QByteArray(200, 's');
    QTest::newRow("body never sent")
        << head("POST", "/v1/chat/completions",
               { { "Content-Type", "application/json" }, { "Content-Length", "100" } })
            + "{\"model\""
        << QByteArray();
}

// requestTimeoutSec = 1: a head must be complete within 1 s however it trickles in, and a body
// may not stall that long: 408, closed, upstream untouched.
void TestHttp::slowRequestsTimeOut()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, drip);
    ProxyHarness h([](ProxyConfig &c) { c.requestTimeoutSec = 1; });
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(first);
    const qint64 sentAt = client->elapsedMs();
    client->drip(drip, 4, 300);
    QVERIFY2(client->waitForResponse(6000), client->received().constData());
    client->stopDrip();
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 408);
    QVERIFY(client->received().startsWith("HTTP/1.1 408 "));
    QVERIFY2(hasErrorShape(r), r.body.constData());
    QCOMPARE(errorOf(r).value(u"code"_s).toString(), u"request_timeout"_s);
    const qint64 answeredAfter = client->arrivalTimeOf(1) - sentAt;
    QVERIFY2(answeredAfter >= 800 && answeredAfter <= 3000,
        qPrintable(u"408 after %1 ms"_s.arg(answeredAfter)));
    if (!drip.isEmpty())
        QVERIFY(client->dripped() >= 8); // it really was dripping when the timeout hit
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(proxyStillServes(h));
}

void TestHttp::connectionCloseIsHonoured()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("GET", "/v1/models", { { "Connection", "close" } }));
    QVERIFY(client->waitForResponse(5000));
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(client->waitForClosed(2000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
    // Connection is hop-by-hop: the upstream connection is the proxy's business.
    QVERIFY(!h.upstream().lastRequest().header("connection").toLower().contains("close"));
}

void TestHttp::nothingAfterConnectionCloseIsProcessed_data()
{
    QTest::addColumn<QByteArray>("last"); // the request that ends the connection
    QTest::addColumn<QByteArray>("statusLine");
    // The upstream takes 300 ms to answer it: plenty of time to see what else gets forwarded.
    QTest::newRow("Connection: close") << RawHttpClient::buildRequest(
        "GET", "/v1/models", { { "Connection", "close" }, { "x-fake-first-byte-delay-ms", "300" } })
                                       << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /v1/models HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                                            "x-fake-first-byte-delay-ms: 300\r\n\r\n")
                              << QByteArray("HTTP/1.0 200 OK\r\n");
}

// RFC 9112 section 9.6: after a request with "Connection: close" (or an HTTP/1.0 request without
// keep-alive) the server "MUST NOT process any further requests received on that connection".
// Pipelined requests behind it must never reach the upstream -- a chat completion costs money.
void TestHttp::nothingAfterConnectionCloseIsProcessed()
{
    QFETCH(QByteArray, last);
    QFETCH(QByteArray, statusLine);
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(last
        + RawHttpClient::buildRequest(
            "POST", "/v1/chat/completions", json(), ProxyHarness::chatBody("gpt-4o-mini", false))
        + RawHttpClient::buildRequest("DELETE", "/v1/files/file-abc123"));
    QVERIFY(client->waitForResponse(5000));
    const HttpResponse r = client->response();
    QVERIFY2(client->received().startsWith(statusLine), client->received().constData());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end); // one answer only
    QList<QByteArray> forwarded;
    for (const ReceivedRequest &seen : h.upstream().requests())
        forwarded.append(seen.method + ' ' + seen.target);
    QCOMPARE(forwarded, QList<QByteArray>({ "GET /v1/models" }));
}

void TestHttp::http10GetsHttp10Answer()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send("GET /v1/models HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(client->waitForResponse(5000));
    const HttpResponse r = client->response();
    QVERIFY2(client->received().startsWith("HTTP/1.0 200 OK\r\n"), client->received().constData());
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(!r.chunked);
    QCOMPARE(r.contentLength, r.body.size());
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"object"_s).toString(), u"list"_s);
    QVERIFY(client->waitForClosed(2000));
    QCOMPARE(client->received().size(), r.end);
}

// HTTP/1.0 knows no chunked encoding: the SSE bytes come raw and the close ends the body.
void TestHttp::http10StreamIsCloseDelimited()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    const QByteArray body = ProxyHarness::chatBody("fake-slow", true);
    client->send("POST /v1/chat/completions HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(client->waitForClosed(10000), client->received().constData());
    const HttpResponse r = client->response();
    QVERIFY(r.complete);
    QVERIFY2(client->received().startsWith("HTTP/1.0 200 OK\r\n"), client->received().constData());
    QVERIFY(!r.chunked);
    QVERIFY(r.header("transfer-encoding").isEmpty());
    QVERIFY(r.header("content-length").isEmpty());
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    // Raw SSE: no chunk-size lines anywhere.
    QVERIFY2(r.body.startsWith("data: "), r.body.left(100).constData());
    QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    static const QRegularExpression chunkLine(u"(^|\n)[0-9a-fA-F]+\r\n"_s);
    QVERIFY(!chunkLine.match(QString::fromUtf8(r.body)).hasMatch());
    QCOMPARE(streamedContent(r.body), fakeStreamedContent(5));
    // ...and it streamed: the first event came well before the close.
    const qint64 headEnd = client->received().indexOf("\r\n\r\n") + 4;
    const qint64 firstEventAt = client->arrivalTimeOf(headEnd + r.body.indexOf("\n\n") + 2);
    const qint64 lastAt = client->arrivalTimeOf(client->received().size());
    QVERIFY2(lastAt - firstEventAt >= 600,
        qPrintable(u"first event %1 ms, last %2 ms"_s.arg(firstEventAt).arg(lastAt)));
}

// One connection, twenty exchanges of different kinds, all answered, none closing it.
void TestHttp::keepAliveConnectionIsReused()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    qsizetype offset = 0;
    int forwarded = 0;
    for (int i = 0; i < 20; ++i) {
        QByteArray request;
        switch (i % 4) {
        case 0:
            request = RawHttpClient::buildRequest("GET", "/v1/models");
            ++forwarded;
            break;
        case 1:
            request = RawHttpClient::buildRequest("POST", "/v1/chat/completions", json(),
                ProxyHarness::chatBody("gpt-4o-mini", false));
            ++forwarded;
            break;
        case 2:
            request = RawHttpClient::buildRequest("GET", "/health");
            break;
        case 3:
            request = RawHttpClient::buildRequest("POST", "/v1/chat/completions", json(),
                ProxyHarness::chatBody("gpt-4o-mini", true));
            ++forwarded;
            break;
        }
        client->send(request);
        QVERIFY2(client->waitForResponse(5000, offset),
            qPrintable(u"request %1, closed %2: %3"_s.arg(i)
                           .arg(client->isClosed())
                           .arg(QString::fromLatin1(client->received().sliced(offset)))));
        const HttpResponse r = client->response(offset);
        QVERIFY2(r.status == 200, qPrintable(u"request %1: %2"_s.arg(i).arg(r.status)));
        QVERIFY(r.header("connection").toLower() != "close");
        offset = r.end;
        QCOMPARE(client->received().size(), offset);
    }
    QVERIFY(!client->isClosed());
    QCOMPARE(h.upstream().totalRequestCount(), forwarded);
    QCOMPARE(h.records().size(), 20);
}

// Nagle is off. On a reused connection the client's TCP acknowledges lazily (delayed ACK, ~40 ms
// on Linux); with Nagle on, an event written while the head is still unacknowledged would wait
// for that ACK. The fake writes the head with the first (role) event, then a content event 2 ms
// later: each must reach the client within 30 ms of the upstream writing it.
void TestHttp::firstEventOnReusedConnectionIsNotDelayed()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    qsizetype offset = 0;
    for (int i = 0; i < 3; ++i) { // warm up: the connection leaves TCP quick-ACK mode
        client->send(RawHttpClient::buildRequest("GET", "/v1/models"));
        QVERIFY(client->waitForResponse(5000, offset));
        offset = client->response(offset).end;
    }
    // Both clocks are monotonic milliseconds: relate them once.
    const qint64 clockOffset = client->elapsedMs() - h.upstream().elapsedMs();
    constexpr int IntervalMs = 2;
    // When the bytes completing the n-th SSE event (0-based) arrived.
    const auto eventArrival = [&](const HttpResponse &r, int n) -> qint64 {
        int events = 0;
        for (qsizetype i = 0; i < r.chunks.size(); ++i) {
            events += int(r.chunks.at(i).count("\n\n"));
            if (events > n)
                return client->arrivalTimeOf(r.chunkEnds.at(i));
        }
        return -1;
    };
    QList<qint64> roleLatencies;
    QList<qint64> contentLatencies;
    for (int i = 0; i < 5; ++i) {
        client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions",
            json()
                + HeaderList { { "x-fake-chunks", "2" },
                    { "x-fake-interval-ms", QByteArray::number(IntervalMs) } },
            ProxyHarness::chatBody("gpt-4o-mini", true)));
        QVERIFY(client->waitForResponse(5000, offset));
        const HttpResponse r = client->response(offset);
        QCOMPARE(r.status, 200);
        QVERIFY(r.chunked);
        QCOMPARE(sseDataPayloads(r.body).last(), QByteArray("[DONE]"));
        // The fake writes its head and role event as soon as the request is in.
        const qint64 sentAt = h.upstream().lastRequest().receivedAtMs + clockOffset;
        roleLatencies.append(eventArrival(r, 0) - sentAt);
        contentLatencies.append(eventArrival(r, 1) - (sentAt + IntervalMs));
        offset = r.end;
    }
    const auto check = [](const char *what, const QList<qint64> &latencies) {
        QStringList shown;
        for (qint64 latency : latencies)
            shown.append(QString::number(latency));
        const QString message
            = u"%1 latencies: %2 ms"_s.arg(QLatin1StringView(what), shown.join(u", "_s));
        // The best of five: a loaded machine may delay some, Nagle delays them all.
        const qint64 best = *std::min_element(latencies.cbegin(), latencies.cend());
        const qint64 worst = *std::max_element(latencies.cbegin(), latencies.cend());
        return best >= -3 && best <= 30 && worst <= 1000 ? QString() : message;
    };
    const QString role = check("role event", roleLatencies);
    QVERIFY2(role.isEmpty(), qPrintable(role));
    const QString content = check("first content event", contentLatencies);
    QVERIFY2(content.isEmpty(), qPrintable(content));
}

// A chunked request body reaches the upstream de-chunked and complete, with a Content-Length.
void TestHttp::chunkedRequestBodyIsForwardedDechunked()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    const QByteArray body
        = ProxyHarness::chatBody("gpt-4o-mini", false, R"("user":")" + QByteArray(300, 'u') + '"');
    client->send(head("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Transfer-Encoding", "chunked" } }));
    // Pieces of awkward sizes, one with a chunk extension, split across writes mid-chunk.
    const QByteArray wire = "1\r\n" + body.first(1) + "\r\n" + "7;note=x\r\n" + body.sliced(1, 7)
        + "\r\n" + QByteArray::number(body.size() - 8, 16) + "\r\n" + body.sliced(8)
        + "\r\n0\r\n\r\n";
    for (qsizetype at = 0; at < wire.size(); at += 50) {
        client->send(wire.mid(at, 50));
        client->waitUntil([] { return false; }, 5);
    }
    QVERIFY2(client->waitForResponse(5000), client->received().constData());
    QCOMPARE(client->response().status, 200);
    QCOMPARE(h.upstream().totalRequestCount(), 1);
    const ReceivedRequest seen = h.upstream().lastRequest();
    QCOMPARE(seen.body, body);
    QCOMPARE(seen.header("content-length"), QByteArray::number(body.size()));
    QVERIFY(!seen.hasHeader("transfer-encoding"));
}

void TestHttp::clientLeavingMidRequestIsHarmless_data()
{
    QTest::addColumn<QByteArray>("sent");
    const QByteArray body = ProxyHarness::chatBody("gpt-4o-mini", false);
    QTest::newRow("mid content-length body")
        << head("POST", "/v1/chat/completions",
               { { "Content-Type", "application/json" }, { "Content-Length", "2000" } })
            + body;
    QTest::newRow("mid chunked body")
        << head("POST", "/v1/chat/completions",
               { { "Content-Type", "application/json" }, { "Transfer-Encoding", "chunked" } })
            + "400\r\n" + body;
    QTest::newRow("mid head") << QByteArray(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");
}

// A client that goes away while sending: nothing reaches the upstream, nothing breaks.
void TestHttp::clientLeavingMidRequestIsHarmless()
{
    QFETCH(QByteArray, sent);
    ProxyHarness h;
    QVERIFY(h.ok());
    for (int round = 0; round < 2; ++round) {
        auto client = h.connect();
        QVERIFY(client);
        client->send(sent);
        client->waitUntil([] { return false; }, 100);
        QVERIFY(client->received().isEmpty());
        client->abort();
    }
    QTest::qWait(200);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
    QVERIFY(h.proxy().isListening());
    QVERIFY(proxyStillServes(h));
    QVERIFY(proxyStillServes(h));
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
