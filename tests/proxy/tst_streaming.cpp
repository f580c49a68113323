// Streams are relayed chunk by chunk, as they arrive, byte for byte.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include "ProxyHarness.h"
#include "openai_script.h"
#include "proxy/UsageOption.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachUpstreamChunkIsOneClientChunkAtItsTime();
    void streamHeaders();
    void splitInsideUtf8AndSseLineArrivesUnchanged_data();
    void splitInsideUtf8AndSseLineArrivesUnchanged();
    void openAiStreamsPassThrough_data();
    void openAiStreamsPassThrough();
    void connectionIsReusedAfterAStream();
    void largeBodyKeepsItsLengthAndBytes();
    void emptyBodyStatusesHaveNoBody();
    void theAnswerIsSentBeforeItIsRecorded_data();
    void theAnswerIsSentBeforeItIsRecorded();
};

static const HeaderList jsonHeaders { { "Content-Type", "application/json" } };

void TestStreaming::eachUpstreamChunkIsOneClientChunkAtItsTime()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    QList<QByteArray> events;
    for (int i = 0; i < 6; ++i)
        events.append(R"({"choices":[{"delta":{"content":"tok)" + QByteArray::number(i) + R"("}}]})");
    events.append("[DONE]");
    const int interval = 150;
    h.upstream().setHandler([&](const ReceivedRequest &) { return sseReply(events, interval); });

    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders,
                                             ProxyHarness::chatBody("gpt-4o-mini", true)));
    QVERIFY(client->waitForResponse(10000));
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 200);
    QVERIFY(r.chunked);

    // Exactly the upstream's chunks, none merged, none split.
    QCOMPARE(r.chunks.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(r.chunks.at(i), "data: " + events.at(i) + "\n\n");

    // Each arrived when the upstream sent it: spaced by the interval, not bunched at the end.
    const qint64 first = client->arrivalTimeOf(r.chunkEnds.first());
    for (int i = 1; i < r.chunkEnds.size(); ++i) {
        const qint64 at = client->arrivalTimeOf(r.chunkEnds.at(i)) - first;
        QVERIFY2(qAbs(at - i * interval) < 70,
                 qPrintable(u"chunk %1 arrived at +%2 ms, expected +%3 ms"_s.arg(i).arg(at).arg(i * interval)));
    }
}

void TestStreaming::streamHeaders()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody("gpt-4o-mini", true));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-cache"));
    QCOMPARE(r.header("x-accel-buffering"), QByteArray("no"));
    QCOMPARE(r.header("transfer-encoding"), QByteArray("chunked"));
    QVERIFY(r.header("content-length").isEmpty());
    QVERIFY(r.header("connection").isEmpty()); // keep-alive is HTTP/1.1's default
    QVERIFY(!r.header("x-request-id").isEmpty());
}

void TestStreaming::splitInsideUtf8AndSseLineArrivesUnchanged_data()
{
    QTest::addColumn<bool>("streamUsage");
    QTest::newRow("usage capture off") << false;
    QTest::newRow("usage capture on") << true;
}

void TestStreaming::splitInsideUtf8AndSseLineArrivesUnchanged()
{
    QFETCH(bool, streamUsage);
    ProxyHarness h([&](ProxyConfig &c) { c.streamUsage = streamUsage; });
    QVERIFY(h.ok());
    // "你好" split between its bytes, an SSE line split before its newline.
    const QList<QByteArray> pieces { "data: {\"c\":\"\xe4", "\xbd\xa0\xe5\xa5", "\xbd\"}\n",
                                     "\ndata: [DO", "NE]\n\n" };
    h.upstream().setHandler([&](const ReceivedRequest &) {
        Reply reply;
        reply.headers = { { "Content-Type", "text/event-stream" } };
        reply.framing = Reply::Framing::Chunked;
        reply.chunks = pieces;
        reply.chunkIntervalMs = 40;
        return reply;
    });
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody("gpt-4o-mini", true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, pieces.join());
    if (streamUsage) {
        // Hiding usage the client did not ask for works on whole events: a split event is
        // relayed once its end arrives, never later.
        QCOMPARE(r.chunks, QList<QByteArray>({ "data: {\"c\":\"\xe4\xbd\xa0\xe5\xa5\xbd\"}\n\n",
                                               "data: [DONE]\n\n" }));
    } else {
        QCOMPARE(r.chunks, pieces);
    }
}

void TestStreaming::openAiStreamsPassThrough_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("content") << QByteArray("gpt-4o-mini") << QByteArray();
    QTest::newRow("with usage") << QByteArray("gpt-4o-mini")
                                << QByteArray(R"("stream_options":{"include_usage":true})");
    QTest::newRow("tool calls") << QByteArray("fake-tools") << QByteArray();
    QTest::newRow("reasoning") << QByteArray("fake-reasoning") << QByteArray();
}

void TestStreaming::openAiStreamsPassThrough()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, extra);
    ProxyHarness h;
    QVERIFY(h.ok());
    const QByteArray body = ProxyHarness::chatBody(model, true, extra);
    const HttpResponse viaProxy = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, body);
    QCOMPARE(viaProxy.status, 200);
    // MyGPT asks for usage unless the client did; the client's answer is the same either way.
    if (extra.contains("include_usage"))
        QCOMPARE(h.upstream().lastRequest().body, body);
    else
        QCOMPARE(h.upstream().lastRequest().body, withIncludeUsage(body));

    // The same request straight to the upstream: same events apart from ids and timestamps.
    RawHttpClient direct;
    QVERIFY(direct.connectTo(h.upstream().port()));
    direct.send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders, body));
    QVERIFY(direct.waitForResponse(5000));
    const QList<QByteArray> a = sseDataPayloads(viaProxy.body);
    const QList<QByteArray> b = sseDataPayloads(direct.response().body);
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.last(), QByteArray("[DONE]"));
    for (int i = 0; i + 1 < a.size(); ++i) {
        QJsonObject x = QJsonDocument::fromJson(a.at(i)).object();
        QJsonObject y = QJsonDocument::fromJson(b.at(i)).object();
        for (const QString &volatileKey : { u"id"_s, u"created"_s }) {
            x.remove(volatileKey);
            y.remove(volatileKey);
        }
        QCOMPARE(x, y);
    }
}

void TestStreaming::connectionIsReusedAfterAStream()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders,
                                             ProxyHarness::chatBody("gpt-4o-mini", true)));
    QVERIFY(client->waitForResponse(5000));
    const HttpResponse first = client->response();
    QVERIFY(first.complete);
    client->send(RawHttpClient::buildRequest("GET", "/v1/models"));
    QVERIFY(client->waitForResponse(5000, first.end));
    const HttpResponse second = client->response(first.end);
    QCOMPARE(second.status, 200);
    QVERIFY(!client->isClosed());
}

void TestStreaming::largeBodyKeepsItsLengthAndBytes()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    QByteArray big(20 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + (i * 7 + i / 4093) % 26);
    h.upstream().setHandler([&](const ReceivedRequest &) {
        return textReply(200, "application/octet-stream", big);
    });
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("GET", "/v1/files/file-1/content"));
    QVERIFY(client->waitForResponse(30000));
    const HttpResponse r = client->response();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-length"), QByteArray::number(big.size()));
    QVERIFY(r.body == big);
}

void TestStreaming::emptyBodyStatusesHaveNoBody()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    h.upstream().setHandler([](const ReceivedRequest &) {
        Reply reply;
        reply.status = 204;
        return reply;
    });
    auto client = h.connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("DELETE", "/v1/files/file-1"));
    QVERIFY(client->waitForResponse(5000));
    QCOMPARE(client->response().status, 204);
    // The connection stays usable: nothing stray was written after the 204.
    const qsizetype end = client->response().end;
    client->send(RawHttpClient::buildRequest("GET", "/health"));
    QVERIFY(client->waitForResponse(5000, end));
    QCOMPARE(client->response(end).status, 200);
}

void TestStreaming::theAnswerIsSentBeforeItIsRecorded_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("answer") << false;
    QTest::newRow("stream") << true;
}

// The last byte of an answer is handed to the kernel before the exchange's bookkeeping (log
// lines, the request store, the window's list) runs, not when the event loop comes back.
void TestStreaming::theAnswerIsSentBeforeItIsRecorded()
{
#ifndef Q_OS_UNIX
    QSKIP("peeks at the client's socket with recv(MSG_PEEK | MSG_DONTWAIT)");
#else
    QFETCH(bool, stream);
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    QVERIFY(client);
    qint64 deliveredAtFinish = -1;
    connect(&h.proxy(), &ProxyServer::exchangeFinished, this, [&] {
        QByteArray kernel(1 << 20, Qt::Uninitialized);
        const auto peeked = ::recv(int(client->socket()->socketDescriptor()), kernel.data(),
                                   size_t(kernel.size()), MSG_PEEK | MSG_DONTWAIT);
        deliveredAtFinish = client->bytesReceived() + client->socket()->bytesAvailable()
            + std::max<qint64>(peeked, 0);
    });
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders,
                                             ProxyHarness::chatBody("gpt-4o-mini", stream)));
    QVERIFY(client->waitForResponse());
    QCOMPARE(client->response().status, 200);
    QTRY_VERIFY(deliveredAtFinish >= 0);
    QCOMPARE(deliveredAtFinish, client->bytesReceived());
#endif
}

QTEST_GUILESS_MAIN(TestStreaming)
#include "tst_streaming.moc"
