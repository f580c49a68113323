// Byte-level misbehaviour: hangs, cut streams, RST versus FIN, clients that vanish.
#include "raw_http_client.h"
#include "tst_fakeupstream.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace mygpt::test;

void TestFakeUpstream::hang()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(tst::postJson("/v1/chat/completions", tst::chatBody("fake-hang", true)));
    QTRY_COMPARE(fake.requests().size(), 1);
    QTest::qWait(300);
    QCOMPARE(client.bytesReceived(), 0);
    QVERIFY(!client.isClosed());
    QCOMPARE(fake.openConnectionCount(), 1);
}

void TestFakeUpstream::cutStreams_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("closes");
    QTest::newRow("reset, streaming") << "fake-reset"_ba << true << true;
    QTest::newRow("truncate, streaming") << "fake-truncate"_ba << true << true;
    QTest::newRow("stall, streaming") << "fake-stall"_ba << true << false;
    QTest::newRow("reset, non-streaming") << "fake-reset"_ba << false << true;
    QTest::newRow("truncate, non-streaming") << "fake-truncate"_ba << false << true;
    QTest::newRow("stall, non-streaming") << "fake-stall"_ba << false << false;
}

void TestFakeUpstream::cutStreams()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, stream);
    QFETCH(bool, closes);
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(tst::postJson("/v1/chat/completions", tst::chatBody(model, stream)));
    if (closes) {
        QVERIFY(client.waitForClosed());
    } else {
        QVERIFY(client.waitUntil([&] { return client.response().body.size() > 0; }));
        QTest::qWait(300); // nothing more comes, and the socket stays open
        QVERIFY(!client.isClosed());
    }
    const HttpResponse r = client.response();
    QCOMPARE(r.status, 200);
    QVERIFY(!r.complete);
    if (stream) {
        QCOMPARE(r.chunks.size(), 2); // role chunk and the first content chunk
        QVERIFY(r.chunks.at(1).contains("\"content\":\"Hello\""));
    } else {
        QVERIFY(r.body.size() > 0);
        QVERIFY(r.body.size() < r.contentLength);
    }
    if (closes) {
        QTRY_COMPARE(fake.openConnectionCount(), 0);
        QCOMPARE(fake.connections().first().closedByPeer, false);
    }
}

#ifdef Q_OS_LINUX
namespace {
struct Ending
{
    qint64 bytes = 0;
    bool ended = false;
    int error = 0; // errno of the final recv(); 0 for a clean FIN
};

// Qt reports a RST as an ordinary remote close, so this looks with a plain socket.
Ending readUntilEnd(quint16 port, const QByteArray &request)
{
    Ending e;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // The kernel completes the handshake, so a blocking connect cannot stall the fake.
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::send(fd, request.constData(), request.size(), 0) != request.size()) {
        ::close(fd);
        return e;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    (void)QTest::qWaitFor(
        [&] {
            char buffer[4096];
            for (;;) {
                const auto n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    e.bytes += n;
                    continue;
                }
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    return false;
                e.ended = true;
                e.error = n < 0 ? errno : 0;
                return true;
            }
        },
        10000);
    ::close(fd);
    return e;
}
} // namespace
#endif

void TestFakeUpstream::resetVersusClose_data()
{
    QTest::addColumn<QByteArray>("model"); // empty: a handler plays `fault`
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<bool>("bytes");
    const int none = int(Reply::Fault::None);
    QTest::newRow("fake-reset streaming") << "fake-reset"_ba << true << none << true << true;
    QTest::newRow("fake-reset non-streaming") << "fake-reset"_ba << false << none << true << true;
    QTest::newRow("fake-truncate streaming") << "fake-truncate"_ba << true << none << false << true;
    QTest::newRow("ResetBeforeHeaders")
        << QByteArray() << false << int(Reply::Fault::ResetBeforeHeaders) << true << false;
    QTest::newRow("CloseBeforeHeaders")
        << QByteArray() << false << int(Reply::Fault::CloseBeforeHeaders) << false << false;
}

void TestFakeUpstream::resetVersusClose()
{
#ifndef Q_OS_LINUX
    QSKIP("needs Linux socket semantics");
#else
    QFETCH(QByteArray, model);
    QFETCH(bool, stream);
    QFETCH(int, fault);
    QFETCH(bool, reset);
    QFETCH(bool, bytes);
    FakeUpstream fake;
    QVERIFY(fake.start());
    if (model.isEmpty()) {
        fake.setHandler([fault](const ReceivedRequest &) {
            Reply r = jsonReply(200, "{}");
            r.fault = Reply::Fault(fault);
            return r;
        });
        model = "gpt-4o-mini";
    }
    const Ending e = readUntilEnd(
        fake.port(), tst::postJson("/v1/chat/completions", tst::chatBody(model, stream)));
    QVERIFY(e.ended);
    QCOMPARE(e.error, reset ? ECONNRESET : 0);
    QCOMPARE(e.bytes > 0, bytes);
#endif
}

void TestFakeUpstream::clientDisconnects_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<int>("abortAfterBytes"); // 0: abort after 50 ms instead
    QTest::newRow("mid-stream") << sseReply(QList<QByteArray>(20, "{\"x\":1}"), 20) << 1;
    Reply never = sseReply({ "{\"tick\":true}" }, 5);
    never.fault = Reply::Fault::NeverEnd;
    QTest::newRow("never-ending stream") << never << 500;
    Reply big;
    big.generatedBodyBytes = 200 * 1024 * 1024;
    QTest::newRow("generated body") << big << 1024 * 1024;
    Reply hang;
    hang.fault = Reply::Fault::Hang;
    QTest::newRow("hang") << hang << 0;
    Reply delayed = jsonReply(200, "{}");
    delayed.firstByteDelayMs = 200;
    QTest::newRow("first-byte delay") << delayed << 0;
    Reply stall = sseReply({ "1", "2", "3" }, 10);
    stall.fault = Reply::Fault::StallAfterChunks;
    stall.faultAfterChunks = 1;
    QTest::newRow("stall") << stall << 1;
}

void TestFakeUpstream::clientDisconnects()
{
    QFETCH(Reply, reply);
    QFETCH(int, abortAfterBytes);
    FakeUpstream fake;
    QVERIFY(fake.start());
    fake.setHandler([reply](const ReceivedRequest &request) {
        return request.path() == "/v1/models" ? jsonReply(200, "{}") : reply;
    });
    QSignalSpy closed(&fake, &FakeUpstream::connectionClosed);
    {
        RawHttpClient client;
        client.setKeepLimit(64 * 1024);
        QVERIFY(client.connectTo(fake.port()));
        client.send(RawHttpClient::buildRequest("GET", "/stream"));
        if (abortAfterBytes > 0)
            QVERIFY(client.waitUntil([&] { return client.bytesReceived() >= abortAfterBytes; }));
        else
            QTest::qWait(50);
        client.abort();
    }
    QTRY_COMPARE(closed.size(), 1);
    const ConnectionInfo info = fake.connection(closed.first().first().toInt());
    QVERIFY(info.closedByPeer);
    QVERIFY(info.closedAtMs >= info.openedAtMs);
    QVERIFY(info.bytesReceived > 0);
    QCOMPARE(fake.openConnectionCount(), 0);
    QTest::qWait(300); // any timer the connection had must be dead by now
    QCOMPARE(
        tst::roundTrip(fake.port(), RawHttpClient::buildRequest("GET", "/v1/models")).status, 200);
}

void TestFakeUpstream::firstByteDelay()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(RawHttpClient::buildRequest(
        "GET", "/v1/models", { { "x-fake-first-byte-delay-ms", "200" } }));
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response().status, 200);
    QVERIFY2(client.arrivals().first().atMs >= 190,
        qPrintable(QString::number(client.arrivals().first().atMs)));
}
