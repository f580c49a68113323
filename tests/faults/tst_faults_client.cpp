// Fault injection on the client side, against the running proxy over real loopback: clients
// that leave at every phase of an exchange, send slowly, send too much, pipeline, or speak
// garbage. Each row checks the bytes the client got, that the proxy keeps serving, and what
// the request store and the text log kept.
//
// The exact bytes of these answers are asserted in tests/proxy/tst_http.cpp
// (slowRequestsTimeOut, headOverLimitIsRefused, bodyOverLimitIsRefusedEarly,
// malformedRequestsAreRejected, pipelinedRequestsAnswerInOrder,
// clientLeavingMidRequestIsHarmless) and tests/proxy/tst_failures.cpp
// (clientLeavingAbortsUpstream); here every row also checks the record.
#include "FaultRig.h"
#include "openai_script.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

namespace {

const HeaderList jsonHeaders { { "Content-Type", "application/json" } };

QByteArray chatRequest(const QByteArray &model, bool stream, HeaderList headers = jsonHeaders)
{
    return RawHttpClient::buildRequest("POST", "/v1/chat/completions", headers,
                                       ProxyHarness::chatBody(model, stream));
}

} // namespace

class TestFaultsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientLeaves_data();
    void clientLeaves();
    void protocolViolation_data();
    void protocolViolation();
    void pipelinedRequestsAreAnsweredAndRecordedInOrder();
};

void TestFaultsClient::clientLeaves_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("leaveWhen"); // "sent" or a byte string the client waits for
    QTest::addColumn<int>("leaveAfterMs");     // then waits this long and leaves
    QTest::addColumn<bool>("reachesUpstream");
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<bool>("cancelled");

    const QByteArray post = chatRequest("gpt-4o-mini", false);
    QTest::newRow("right after connecting") << QByteArray() << QByteArray("sent") << 0 << false
                                            << false << false;
    QTest::newRow("mid request line") << QByteArray("POST /v1/chat/compl") << QByteArray("sent")
                                      << 50 << false << false << false;
    QTest::newRow("mid head") << post.left(post.indexOf("\r\n\r\n") - 5) << QByteArray("sent")
                              << 50 << false << false << false;
    QTest::newRow("mid body") << post.left(post.size() - 10) << QByteArray("sent") << 50 << false
                              << false << false;
    QTest::newRow("waiting for the first byte")
        << chatRequest("fake-hang", true) << QByteArray("sent") << 200 << true << true << true;
    QTest::newRow("after the response head (plain)")
        << RawHttpClient::buildRequest("GET", "/v1/slow-body") << QByteArray("\r\n\r\n") << 50
        << true << true << true;
    QTest::newRow("mid-stream") << chatRequest("fake-slow", true) << QByteArray("data: ") << 250
                                << true << true << true;
    QTest::newRow("after the whole answer")
        << chatRequest("gpt-4o-mini", true) << QByteArray("data: [DONE]\n\n") << 20 << true << true
        << false;
}

// A client that goes away at any moment: nothing is written to the dead socket, the upstream
// request (if any) is aborted at once, the exchange is recorded as cancelled when it had
// started, and the next client is served.
void TestFaultsClient::clientLeaves()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, leaveWhen);
    QFETCH(int, leaveAfterMs);
    QFETCH(bool, reachesUpstream);
    QFETCH(bool, recorded);
    QFETCH(bool, cancelled);

    FaultRig rig;
    QVERIFY2(rig.ok(), qPrintable(rig.error()));
    rig.upstream().setHandler([](const ReceivedRequest &request) {
        if (request.path() == "/v1/slow-body") {
            Reply reply = jsonReply(200, {});
            reply.chunks = { "{\"data\":[", "1,", "2,", "3]}" };
            reply.body.clear();
            reply.header("Content-Length", "16");
            reply.chunkIntervalMs = 400;
            return reply;
        }
        return openAiReply(request);
    });

    auto client = rig.harness().connect();
    QVERIFY(client);
    if (!sent.isEmpty())
        client->send(sent);
    if (leaveWhen != "sent")
        QVERIFY2(client->waitUntil([&] { return client->received().contains(leaveWhen); }, 5000),
                 client->received().constData());
    if (reachesUpstream)
        QTRY_COMPARE(rig.upstream().totalRequestCount(), qint64(1));
    QTest::qWait(leaveAfterMs);
    client->abort();

    if (cancelled) // the upstream request is aborted; a finished one keeps its keep-alive connection
        QTRY_COMPARE_WITH_TIMEOUT(rig.upstream().openConnectionCount(), 0, 2000);
    if (recorded) {
        QVERIFY(rig.waitForRecords(1));
        const ExchangeRecord record = rig.records().constFirst();
        QCOMPARE(record.cancelled, cancelled);
        if (cancelled) {
            QVERIFY(rig.upstream().connections().constFirst().closedByPeer);
            QCOMPARE(record.error, u"client disconnected"_s);
        }
        const std::optional<ExchangeRecord> kept = rig.stored(record.id);
        QVERIFY(kept);
        QCOMPARE(kept->cancelled, cancelled);
        QCOMPARE(kept->status, record.status);
        QCOMPARE(kept->statusClass() == StatusClass::Cancelled, cancelled);
        QVERIFY(!kept->inFlight);
        QVERIFY(rig.logText().contains(QByteArray("[" + record.id + "]")));
    } else {
        QTest::qWait(200);
        QVERIFY(rig.records().isEmpty()); // no request arrived whole: nothing to record
        QCOMPARE(rig.upstream().totalRequestCount(), qint64(0));
    }
    QTRY_COMPARE(rig.proxy().exchangesInFlight(), 0);
    QVERIFY(rig.stillServes());
}

void TestFaultsClient::protocolViolation_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("drip"); // then 4 bytes every 250 ms
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray host = "Host: 127.0.0.1\r\n";
    QTest::newRow("slowloris head") << QByteArray("GE")
                                    << "T /v1/models HTTP/1.1\r\n" + host + "X-Slow: "
            + QByteArray(400, 's') << 408 << u"request_timeout"_s;
    QTest::newRow("slowloris body") << "POST /v1/chat/completions HTTP/1.1\r\n" + host
            + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{"
                                    << QByteArray() << 408 << u"request_timeout"_s;
    QTest::newRow("oversized header")
        << "GET /v1/models HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(10000, 'h') + "\r\n\r\n"
        << QByteArray() << 431 << u"request_header_too_large"_s;
    QTest::newRow("oversized body (declared)")
        << "POST /v1/chat/completions HTTP/1.1\r\n" + host
            + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
        << QByteArray() << 413 << u"request_too_large"_s;
    QTest::newRow("oversized body (chunked)")
        << "POST /v1/embeddings HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n800\r\n"
            + QByteArray(2048, 'b') + "\r\n801\r\n"
        << QByteArray() << 413 << u"request_too_large"_s;
    QByteArray binary;
    QRandomGenerator random(0xfa17);
    for (int i = 0; i < 300; ++i)
        binary += char(random.bounded(256));
    QTest::newRow("random bytes") << binary << QByteArray() << 400 << u"bad_request"_s;
    QTest::newRow("TLS hello on the plain port")
        << QByteArray::fromHex("1603010200010001fc0303") + QByteArray(64, '\x07') << QByteArray()
        << 400 << u"bad_request"_s;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                    << QByteArray() << 400 << u"bad_request"_s;
    QTest::newRow("smuggling attempt")
        << "POST /v1/files HTTP/1.1\r\n" + host
            + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        << QByteArray() << 400 << u"bad_request"_s;
    QTest::newRow("unknown method") << "BREW /v1/models HTTP/1.1\r\n" + host + "\r\n"
                                    << QByteArray() << 405 << u"method_not_allowed"_s;
    QTest::newRow("HTTP/2.0 version") << "GET /v1/models HTTP/2.0\r\n" + host + "\r\n"
                                      << QByteArray() << 505 << u"http_version_not_supported"_s;
}

// maxHeaderBytes 8 KiB, maxBody 4 KiB, 1 s to send a request: the documented status and error
// code, the connection closed after the answer, nothing sent upstream, a record with the
// status and the reason, and the next client served.
void TestFaultsClient::protocolViolation()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, drip);
    QFETCH(int, status);
    QFETCH(QString, code);

    FaultRig rig([](ProxyConfig &c) {
        c.maxHeaderBytes = 8192;
        c.maxBodyBytes = 4096;
        c.requestTimeoutSec = 1;
    });
    QVERIFY2(rig.ok(), qPrintable(rig.error()));
    auto client = rig.harness().connect();
    QVERIFY(client);
    client->send(first);
    client->drip(drip, 4, 250);
    QVERIFY2(client->waitForResponse(6000), client->received().left(300).constData());
    client->stopDrip();
    const HttpResponse r = client->response();
    QCOMPARE(r.status, status);
    QVERIFY(client->received().startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')));
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QCOMPARE(errorObjectOf(r.body).value(u"code"_s).toString(), code);
    QVERIFY(client->waitForClosed(3000));
    QCOMPARE(client->received().size(), r.end);
    QCOMPARE(rig.upstream().totalRequestCount(), qint64(0));

    QVERIFY(rig.waitForRecords(1));
    const ExchangeRecord record = rig.records().constFirst();
    QCOMPARE(record.status, status);
    QCOMPARE(record.error, errorObjectOf(r.body).value(u"message"_s).toString());
    QVERIFY(!record.cancelled);
    const std::optional<ExchangeRecord> kept = rig.stored(record.id);
    QVERIFY(kept);
    QCOMPARE(kept->status, status);
    QCOMPARE(kept->error, record.error);
    if (status < 500)
        QCOMPARE(kept->statusClass(), StatusClass::ClientError);
    QVERIFY(rig.logText().contains(QByteArray("[" + record.id + "]")));
    QVERIFY(rig.stillServes());
}

// Three requests in one write -- models, a stream, a plain chat -- then a bad one: answered in
// order on the one connection, the bad one last with 400, and four records in that order.
void TestFaultsClient::pipelinedRequestsAreAnsweredAndRecordedInOrder()
{
    FaultRig rig;
    QVERIFY2(rig.ok(), qPrintable(rig.error()));
    auto client = rig.harness().connect();
    QVERIFY(client);
    client->send(RawHttpClient::buildRequest("GET", "/v1/models", { { "x-fake-first-byte-delay-ms", "200" } })
                 + chatRequest("fake-slow", true) + chatRequest("gpt-4o-mini", false)
                 + "GARBAGE\r\n\r\n");
    QVERIFY(client->waitForClosed(10000));
    const HttpResponse first = client->response(0);
    const HttpResponse second = client->response(first.end);
    const HttpResponse third = client->response(second.end);
    const HttpResponse fourth = client->response(third.end);
    QVERIFY(first.complete && second.complete && third.complete && fourth.complete);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("\"object\""));
    QCOMPARE(second.status, 200);
    QVERIFY(second.body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(third.status, 200);
    QVERIFY(third.body.contains("chat.completion"));
    QCOMPARE(fourth.status, 400);
    QCOMPARE(fourth.end, client->received().size());

    QVERIFY(rig.waitForRecords(4));
    QList<ExchangeRecord> records = rig.records();
    QList<int> statuses;
    for (const ExchangeRecord &record : records)
        statuses << record.status;
    QCOMPARE(statuses.count(200), 3);
    QCOMPARE(statuses.count(400), 1);
    // The three answered ones, in request order by their ids on the wire.
    QCOMPARE(first.header("x-mygpt-request-id").isEmpty(), false);
    for (const HttpResponse *r : { &first, &second, &third }) {
        const std::optional<ExchangeRecord> kept = rig.stored(r->header("x-mygpt-request-id"));
        QVERIFY(kept);
        QCOMPARE(kept->status, 200);
        QVERIFY(!kept->cancelled);
    }
    QCOMPARE(rig.storedCount(), qint64(4));
    QVERIFY(rig.stillServes());
}

QTEST_GUILESS_MAIN(TestFaultsClient)
#include "tst_faults_client.moc"
