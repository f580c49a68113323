// HTTP/1.1 transport: keep-alive, pipelining, request framing, reply framing, big bodies.
#include "raw_http_client.h"
#include "tst_fakeupstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt::test;

void TestFakeUpstream::keepAlive()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(RawHttpClient::buildRequest("GET", "/v1/models"));
    QVERIFY(client.waitForResponse());
    const qsizetype second = client.response().end;
    client.send(tst::postJson("/v1/chat/completions", tst::chatBody("gpt-4o-mini", false)));
    QVERIFY(client.waitForResponse(5000, second));
    QCOMPARE(client.response(second).status, 200);
    QVERIFY(!client.isClosed());
    QCOMPARE(fake.requests().size(), 2);
    QCOMPARE(fake.requests().at(0).connectionId, fake.requests().at(1).connectionId);
    QCOMPARE(fake.connections().size(), 1);
    QVERIFY(fake.requests().at(1).receivedAtMs >= fake.requests().at(0).receivedAtMs);

    fake.closeAllConnections(); // e.g. to make a proxy reconnect
    QVERIFY(client.waitForClosed());
    QTRY_COMPARE(fake.openConnectionCount(), 0);
    QVERIFY(!fake.connections().first().closedByPeer);
}

void TestFakeUpstream::pipelining()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    // Three requests in one write; the first is slow, answers must still come in order.
    client.send(
        RawHttpClient::buildRequest("GET", "/first", { { "x-fake-first-byte-delay-ms", "50" } })
        + tst::postJson("/second", "abc") + RawHttpClient::buildRequest("GET", "/third"));
    qsizetype offset = 0;
    for (const char *path : { "/first", "/second", "/third" }) {
        QVERIFY(client.waitForResponse(5000, offset));
        const HttpResponse r = client.response(offset);
        QCOMPARE(tst::jsonObject(r.body).value("path"_L1).toString().toLatin1(), path);
        offset = r.end;
    }
    QCOMPARE(fake.requests().size(), 3);
    QCOMPARE(fake.requests().at(1).body, "abc");
}

void TestFakeUpstream::connectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    QTest::newRow("Connection: close")
        << RawHttpClient::buildRequest("GET", "/x", { { "Connection", "close" } }) << 200 << true;
    QTest::newRow("HTTP/1.0") << "GET /x HTTP/1.0\r\nHost: a\r\n\r\n"_ba << 200 << true;
    QTest::newRow("HTTP/1.0 keep-alive")
        << "GET /x HTTP/1.0\r\nHost: a\r\nConnection: Keep-Alive\r\n\r\n"_ba << 200 << false;
    QTest::newRow("HTTP/1.1") << RawHttpClient::buildRequest("GET", "/x") << 200 << false;
    QTest::newRow("malformed") << "NONSENSE\r\n\r\n"_ba << 400 << true;
    QTest::newRow("bad Content-Length")
        << "POST /x HTTP/1.1\r\nContent-Length: nine\r\n\r\n"_ba << 400 << true;
}

void TestFakeUpstream::connectionClose()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(request);
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response().status, status);
    if (closes) {
        QCOMPARE(client.response().header("connection"), "close");
        QVERIFY(client.waitForClosed());
        QTRY_COMPARE(fake.openConnectionCount(), 0);
        QCOMPARE(fake.connections().first().closedByPeer, false); // the fake closed it
    } else {
        QTest::qWait(100);
        QVERIFY(!client.isClosed());
    }
}

void TestFakeUpstream::chunkedRequestBody()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    // Sent in pieces that split the size lines and the data, to exercise the parser.
    const QList<QByteArray> pieces { "POST /v1/upload HTTP/1.1\r\nHost: a\r\nTransfer-Enc",
        "oding: chunked\r\n\r\n5\r\nhel", "lo\r\n6;ext=1\r\n wor", "ld\r\n0\r\nX-Trailer: y\r\n",
        "\r\n" };
    for (const QByteArray &piece : pieces) {
        client.send(piece);
        QTest::qWait(20);
    }
    QVERIFY(client.waitForResponse());
    QCOMPARE(tst::jsonObject(client.response().body).value("body_bytes"_L1).toInt(), 11);
    QCOMPARE(fake.lastRequest().body, "hello world");
    QCOMPARE(fake.lastRequest().header("TRANSFER-ENCODING"), "chunked"); // case-insensitive
    QCOMPARE(fake.lastRequest().headers.first().first, "Host"); // order and case kept
}

void TestFakeUpstream::expectContinue()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(
        "POST /v1/x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(client.waitUntil([&] { return client.received().contains("\r\n\r\n"); }));
    QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n"));
    client.send("body");
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response().status, 200); // the parser skips the interim 100
    QCOMPARE(fake.lastRequest().body, "body");
}

void TestFakeUpstream::fakeRequestsEndpoint()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    tst::roundTrip(fake.port(), tst::postJson("/v1/chat/completions", tst::chatBody("m", false)));
    tst::roundTrip(fake.port(), RawHttpClient::buildRequest("GET", "/v1/models?x=1"));
    const auto r
        = tst::roundTrip(fake.port(), RawHttpClient::buildRequest("GET", "/__fake/requests"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)["method"_L1].toString(), u"POST"_s);
    QCOMPARE(list.at(0)["body"_L1].toString().toUtf8(), tst::chatBody("m", false));
    QCOMPARE(list.at(1)["target"_L1].toString(), u"/v1/models?x=1"_s);
    const QJsonArray firstHeader = list.at(1)["headers"_L1].toArray().first().toArray();
    QCOMPARE(firstHeader.at(0).toString(), u"Host"_s);
    QCOMPARE(firstHeader.at(1).toString(), u"127.0.0.1"_s);
    QCOMPARE(fake.requests().size(), 2); // the control request is not recorded

    QCOMPARE(tst::roundTrip(fake.port(), RawHttpClient::buildRequest("DELETE", "/__fake/requests"))
                 .status,
        200);
    QVERIFY(fake.requests().isEmpty());
    QCOMPARE(fake.totalRequestCount(), 2);
}

void TestFakeUpstream::replyFraming_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QByteArray>("contentLength"); // expected header; empty: none
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<QByteArray>("body");
    Reply split; // a UTF-8 character cut in two, in separate writes 50 ms apart
    split.chunks = { "caf\xc3", "\xa9 ok" };
    split.chunkIntervalMs = 50;
    QTest::newRow("content-length, split UTF-8") << split << "8"_ba << false << "caf\xc3\xa9 ok"_ba;
    Reply chunked = split;
    chunked.framing = Reply::Framing::Chunked;
    QTest::newRow("chunked pieces") << chunked << QByteArray() << true << "caf\xc3\xa9 ok"_ba;
    Reply closeDelimited = split;
    closeDelimited.framing = Reply::Framing::CloseDelimited;
    QTest::newRow("close-delimited")
        << closeDelimited << QByteArray() << false << "caf\xc3\xa9 ok"_ba;
    Reply explicitLength = jsonReply(200, "{}");
    explicitLength.header("Content-Length", "2");
    QTest::newRow("explicit Content-Length kept") << explicitLength << "2"_ba << false << "{}"_ba;
    Reply noContent;
    noContent.status = 204;
    QTest::newRow("204") << noContent << QByteArray() << false << QByteArray();
}

void TestFakeUpstream::replyFraming()
{
    QFETCH(Reply, reply);
    QFETCH(QByteArray, contentLength);
    QFETCH(bool, chunked);
    QFETCH(QByteArray, body);
    FakeUpstream fake;
    QVERIFY(fake.start());
    fake.setHandler([reply](const ReceivedRequest &) { return reply; });
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(RawHttpClient::buildRequest("GET", "/"));
    QVERIFY(client.waitForResponse());
    const HttpResponse r = client.response();
    QCOMPARE(r.status, reply.status);
    QCOMPARE(r.header("content-length"), contentLength);
    QCOMPARE(client.received().count("ontent-Length:"), contentLength.isEmpty() ? 0 : 1);
    QCOMPARE(r.chunked, chunked);
    QCOMPARE(r.body, body);
    if (chunked)
        QCOMPARE(r.chunks, reply.chunks); // one HTTP chunk per piece
    if (reply.framing == Reply::Framing::CloseDelimited)
        QCOMPARE(r.header("connection"), "close");
    if (reply.chunkIntervalMs > 0) { // the pieces left separately, the interval apart
        const qint64 firstPieceEnd
            = chunked ? r.chunkEnds.first() : r.end - r.body.size() + reply.chunks.first().size();
        const qint64 gap = client.arrivalTimeOf(r.end) - client.arrivalTimeOf(firstPieceEnd);
        QVERIFY2(gap >= 40, qPrintable(QString::number(gap)));
    }
}

void TestFakeUpstream::generatedBody_data()
{
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("size");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("100 MB, content-length") << int(Reply::Framing::ContentLength) << 100 * mb;
    QTest::newRow("100 MB, close-delimited") << int(Reply::Framing::CloseDelimited) << 100 * mb;
    QTest::newRow("3 MB, chunked") << int(Reply::Framing::Chunked) << 3 * mb;
}

void TestFakeUpstream::generatedBody()
{
    QFETCH(int, framing);
    QFETCH(qint64, size);
    FakeUpstream fake;
    QVERIFY(fake.start());
    fake.setHandler([&](const ReceivedRequest &) {
        Reply r;
        r.framing = Reply::Framing(framing);
        r.generatedBodyBytes = size;
        return r;
    });
    const qint64 peakBefore = tst::peakResidentBytes();
    const bool chunked = framing == int(Reply::Framing::Chunked);
    RawHttpClient client;
    client.setKeepLimit(chunked ? -1 : 64 * 1024); // the client must not hold 100 MB either
    QVERIFY(client.connectTo(fake.port()));
    client.send(RawHttpClient::buildRequest("GET", "/big"));
    const auto bodyStart = [&] {
        const HttpResponse r = client.response();
        return r.headComplete ? r.end - r.body.size() : -1;
    };
    if (chunked) {
        QVERIFY(client.waitForResponse(60000));
        const HttpResponse r = client.response();
        QCOMPARE(r.body.size(), size);
        for (const QByteArray &chunk : r.chunks)
            QVERIFY(chunk.size() <= 64 * 1024);
    } else {
        QVERIFY(client.waitUntil(
            [&] {
                return client.isClosed()
                    || (bodyStart() >= 0 && client.bytesReceived() >= bodyStart() + size);
            },
            60000));
        if (framing == int(Reply::Framing::CloseDelimited))
            QVERIFY(client.waitForClosed());
        QTest::qWait(50); // nothing may follow the body
        QCOMPARE(client.bytesReceived() - bodyStart(), size);
        QCOMPARE(client.response().contentLength,
            framing == int(Reply::Framing::ContentLength) ? size : -1);
    }
    if (peakBefore > 0) { // the fake never buffered the body: peak memory barely moved
        const qint64 growth = tst::peakResidentBytes() - peakBefore;
        QVERIFY2(growth < 48 * 1024 * 1024, qPrintable(QString::number(growth)));
    }
}
