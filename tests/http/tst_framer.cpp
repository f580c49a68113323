// RequestFramer: where requests start and end, and what it refuses, fed in any split.
#include <QRandomGenerator>
#include <QTest>

#include "http/RequestFramer.h"

using namespace mygpt;
using Kind = RequestFramer::Event::Kind;
using Error = RequestFramer::Error;

Q_DECLARE_METATYPE(RequestFramer::Error)

class TestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesPipelinedRequests_data();
    void framesPipelinedRequests();
    void refuses_data();
    void refuses();
    void headFields();
    void tlsHelloIsRefusedAtOnce();
    void streamPositions();
    void survivesRandomBytes();
};

namespace {

// Feeds `input` in pieces of `step` bytes (0: at once) and collects every event.
QList<RequestFramer::Event> feedAll(RequestFramer &framer, const QByteArray &input, int step)
{
    QList<RequestFramer::Event> events;
    if (step <= 0)
        return framer.feed(input);
    for (qsizetype i = 0; i < input.size(); i += step)
        events += framer.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(step, input.size() - i)));
    return events;
}

QList<QByteArray> completedTargets(const QList<RequestFramer::Event> &events)
{
    QList<QByteArray> targets;
    for (const auto &e : events) {
        if (e.kind == Kind::MessageComplete)
            targets.append(e.head.method + ' ' + e.head.target);
    }
    return targets;
}

const QByteArray three = "GET /v1/models HTTP/1.1\r\nHost: a\r\n\r\n"
                         "POST /v1/chat/completions HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n{\"a\":\"\r\n\"}"
                         "\r\n" // tolerated empty line between requests
                         "PUT /v1/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: x\r\n\r\n";

} // namespace

void TestFramer::framesPipelinedRequests_data()
{
    QTest::addColumn<int>("step");
    for (int step : { 0, 1, 2, 3, 7, 64 })
        QTest::addRow("pieces of %d", step) << step;
}

void TestFramer::framesPipelinedRequests()
{
    QFETCH(int, step);
    RequestFramer framer;
    const auto events = feedAll(framer, three, step);
    QCOMPARE(completedTargets(events),
             QList<QByteArray>({ "GET /v1/models", "POST /v1/chat/completions", "PUT /v1/x" }));
    QVERIFY(!framer.inRequest());
    QVERIFY(!framer.failed());
}

void TestFramer::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Error>("error");
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << Error::BadRequest;
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: a\r\n\r\n") << Error::BadRequest;
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: a\r\n\r\n") << Error::BadRequest;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n") << Error::MethodNotAllowed;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << Error::VersionNotSupported;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Error::BadRequest;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << Error::BadRequest;
    QTest::newRow("smuggling") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << Error::BadRequest;
    QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << Error::BadRequest;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << Error::BadRequest;
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n x\r\n\r\n") << Error::BadRequest;
    QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n") << Error::BadRequest;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << Error::BadRequest;
    // Found by fuzz_headers: 16+ hex digits overflowed qint64 while being rejected.
    QTest::newRow("chunk size of 21 hex digits") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\n") << Error::BadRequest;
    QTest::newRow("chunk size of 15 hex digits") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n") << Error::BodyTooLarge;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n") << Error::BodyTooLarge;
    QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n") << Error::BodyTooLarge;
    QTest::newRow("chunks too large") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'x') + "\r\n40\r\n") << Error::BodyTooLarge;
    QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(300, 'x') + "\r\n\r\n") << Error::HeadTooLarge;
    QTest::newRow("endless line") << QByteArray(300, 'G') << Error::HeadTooLarge;
}

void TestFramer::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(Error, error);
    for (int step : { 0, 1, 5 }) {
        RequestFramer framer({ 256, 100 });
        const auto events = feedAll(framer, input, step);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().kind, Kind::Failed);
        QCOMPARE(events.last().error, error);
        QVERIFY(!events.last().detail.isEmpty());
        QVERIFY(framer.failed());
        QVERIFY(framer.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n").isEmpty()); // stays failed
    }
}

void TestFramer::headFields()
{
    RequestFramer framer;
    auto events = framer.feed("POST /x?q=1 HTTP/1.0\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, Kind::HeadComplete);
    QCOMPARE(events[0].head.target, QByteArray("/x?q=1"));
    QCOMPARE(events[0].head.versionMinor, 0);
    QVERIFY(!events[0].head.keepAlive); // HTTP/1.0
    QVERIFY(events[0].head.expectContinue);
    QVERIFY(framer.inBody());
    events = framer.feed("ok");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, Kind::MessageComplete);

    events = framer.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close\r\n\r\n");
    QCOMPARE(events.last().kind, Kind::MessageComplete);
    QVERIFY(!events.last().head.keepAlive);
}

void TestFramer::tlsHelloIsRefusedAtOnce()
{
    RequestFramer framer;
    // The first bytes of a TLS ClientHello: no newline will ever come.
    const auto events = framer.feed(QByteArray::fromHex("160301020001"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, Kind::Failed);
    QCOMPARE(events[0].error, Error::BadRequest);
}

void TestFramer::streamPositions()
{
    RequestFramer framer;
    const QByteArray a = "GET /a HTTP/1.1\r\nHost: a\r\n\r\n";
    const QByteArray b = "\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n";
    const auto events = framer.feed(QByteArray(a + b + "JUNK\r\n"));
    QCOMPARE(events.size(), 5);
    QCOMPARE(events[1].end, a.size());
    QCOMPARE(events[3].requestStart, a.size() + 2);
    QCOMPARE(events[3].end, a.size() + b.size());
    QCOMPARE(events[4].kind, Kind::Failed);
    QCOMPARE(events[4].requestStart, a.size() + b.size());
    QCOMPARE(framer.bytesFed(), a.size() + b.size() + 6);
}

void TestFramer::survivesRandomBytes()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 2000; ++round) {
        QByteArray input(int(random.bounded(512)), Qt::Uninitialized);
        for (char &c : input)
            c = char(random.bounded(256));
        if (round % 3 == 0)
            input.prepend("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
        RequestFramer framer({ 1024, 4096 });
        feedAll(framer, input, int(random.bounded(8)));
        QVERIFY(framer.bytesFed() == input.size());
    }
}

QTEST_GUILESS_MAIN(TestFramer)
#include "tst_framer.moc"
