// SseParser: framing, fields, line endings, every split position. Shared helpers; main().
#include "tst_stream.h"

#include <QTest>

using namespace mygpt;

namespace tst {

QList<SseEvent> parseInPieces(
    QByteArrayView input, const QList<qsizetype> &cuts, QByteArray *pending)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        events += parser.feed(input.sliced(from, cut - from));
        from = cut;
    }
    events += parser.feed(input.sliced(from));
    events += parser.finish();
    if (pending)
        *pending = parser.pending();
    return events;
}

QByteArray describe(const SseEvent &event)
{
    QByteArray text = event.event + '|' + event.id + '|';
    if (event.hasData)
        text += '=' + event.data;
    else
        text += "none";
    return text;
}

QByteArray sseStream(const QByteArrayList &payloads)
{
    QByteArray stream;
    for (const QByteArray &payload : payloads)
        stream += "data: " + payload + "\n\n";
    return stream;
}

} // namespace tst

namespace {
QByteArray joinedRaw(const QList<SseEvent> &events)
{
    QByteArray raw;
    for (const SseEvent &event : events)
        raw += event.raw;
    return raw;
}

// An OpenAI-style stream with a comment, multi-byte UTF-8 and an id.
const QByteArray kSample = QByteArrayLiteral(
    ": OPENROUTER PROCESSING\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Gr\xC3\xBC\xC3\x9F"
    "e \xF0\x9F\x91\x8B\"}}]}\n\n"
    "id: 7\nevent: message\ndata: {\"choices\":[],\n"
    "data: \"usage\":null}\n\n"
    "data: [DONE]\n\n");
} // namespace

void TestStream::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<QByteArray>("pending"); // after finish()

    QTest::newRow("one event") << QByteArray("data: hello\n\n") << QByteArrayList { "||=hello" }
                               << QByteArray();
    QTest::newRow("two events") << QByteArray("data: a\n\ndata: b\n\n")
                                << QByteArrayList { "||=a", "||=b" } << QByteArray();
    QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QByteArrayList { "||=a", "||=b" } << QByteArray();
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList { "||=a", "||=b" }
                        << QByteArray();
    QTest::newRow("mixed endings") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n")
                                   << QByteArrayList { "||=a\nb\nc" } << QByteArray();
    QTest::newRow("multi-line data") << QByteArray("data: line1\ndata: line2\ndata:\n\n")
                                     << QByteArrayList { "||=line1\nline2\n" } << QByteArray();
    QTest::newRow("comment only") << QByteArray(": ping\n\n") << QByteArrayList { "||none" }
                                  << QByteArray();
    QTest::newRow("comment in event")
        << QByteArray(": ping\ndata: x\n: more\n\n") << QByteArrayList { "||=x" } << QByteArray();
    QTest::newRow("field without colon")
        << QByteArray("data\n\ndata\ndata\n\nevent\n\n")
        << QByteArrayList { "||=", "||=\n", "||none" } << QByteArray();
    QTest::newRow("no space, two spaces") << QByteArray("data:x\n\ndata:  y\n\n")
                                          << QByteArrayList { "||=x", "||= y" } << QByteArray();
    QTest::newRow("colon in value") << QByteArray("data: {\"a\":\"b: c\"}\n\n")
                                    << QByteArrayList { "||={\"a\":\"b: c\"}" } << QByteArray();
    QTest::newRow("event and id") << QByteArray("event: delta\nid: 42\ndata: {}\n\ndata: x\n\n")
                                  << QByteArrayList { "delta|42|={}", "||=x" } << QByteArray();
    QTest::newRow("retry and unknown fields") << QByteArray("retry: 3000\nfoo: bar\ndata: x\n\n")
                                              << QByteArrayList { "||=x" } << QByteArray();
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: x\n\n")
                         << QByteArrayList { "||=x" } << QByteArray();
    QTest::newRow("bom then blank line") << QByteArray("\xEF\xBB\xBF\ndata: x\n\n")
                                         << QByteArrayList { "||none", "||=x" } << QByteArray();
    QTest::newRow("bom later is no bom") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                       "data: b\n\n")
                                         << QByteArrayList { "||=a", "||none" } << QByteArray();
    QTest::newRow("extra blank lines")
        << QByteArray("\n\ndata: x\n\n\n")
        << QByteArrayList { "||none", "||none", "||=x", "||none" } << QByteArray();
    QTest::newRow("unterminated tail") << QByteArray("data: a\n\ndata: b\nda")
                                       << QByteArrayList { "||=a" } << QByteArray("data: b\nda");
    QTest::newRow("empty") << QByteArray() << QByteArrayList {} << QByteArray();
    QTest::newRow("nul and high bytes")
        << QByteArray("data: \0\xFF\x80\n\n", 11)
        << QByteArrayList { QByteArray("||=\0\xFF\x80", 6) } << QByteArray();
    const QByteArrayList sampleEvents { "||none",
        "||={\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
        "||={\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Gr\xC3\xBC\xC3\x9F"
        "e \xF0\x9F\x91\x8B\"}}]}",
        "message|7|={\"choices\":[],\n\"usage\":null}", "||=[DONE]" };
    QTest::newRow("sample") << kSample << sampleEvents << QByteArray();
    QByteArray crlf = kSample;
    QTest::newRow("sample crlf") << crlf.replace("\n", "\r\n") << sampleEvents << QByteArray();
    QByteArray cr = kSample;
    QTest::newRow("sample cr") << cr.replace('\n', '\r') << sampleEvents << QByteArray();
}

void TestStream::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);
    QFETCH(QByteArray, pending);

    QByteArray left;
    const QList<SseEvent> events = tst::parseInPieces(input, {}, &left);
    QByteArrayList described;
    for (const SseEvent &event : events)
        described.append(tst::describe(event));
    QCOMPARE(described, expected);
    QCOMPARE(left, pending);
    QCOMPARE(joinedRaw(events) + left, input);

    // Bytes may be split anywhere: in two and (short inputs) three pieces, one byte at a time.
    const qsizetype n = input.size();
    for (qsizetype a = 0; a <= n; ++a) {
        for (qsizetype b = n < 100 ? a : n; b <= n; ++b) {
            QByteArray rest;
            const QList<SseEvent> split = tst::parseInPieces(input, { a, b }, &rest);
            QVERIFY2(split == events && rest == left,
                QByteArray(QByteArray::number(a) + ',' + QByteArray::number(b)).constData());
        }
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < n; ++i)
        everyByte.append(i);
    QByteArray rest;
    QVERIFY(tst::parseInPieces(input, everyByte, &rest) == events);
    QCOMPARE(rest, left);
}

void TestStream::parseFields()
{
    SseParser parser;
    static const char input[] = "retry: 2500\nid: first\ndata: a\n\ndata: b\n\nretry: x1\n"
                                "id: a\0b\ndata: c\n\nretry: 99999999999999999999999\n\n";
    auto events = parser.feed(QByteArrayView(input, sizeof(input) - 1));
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).id, QByteArray("first"));
    QCOMPARE(events.at(1).id, QByteArray()); // the event's own field ...
    QCOMPARE(parser.lastEventId(), QByteArray("first")); // ... the spec's buffer survives
    QCOMPARE(events.at(2).id, QByteArray()); // an id with NUL is ignored
    QCOMPARE(parser.retryMs(), 2500); // "x1" and an overflow are ignored

    // A lone \r at the end of a read is undecided: the event waits for the next byte.
    SseParser cr;
    QCOMPARE(cr.feed("data: a\r\r").size(), 0);
    QCOMPARE(cr.pending(), QByteArray("data: a\r\r"));
    events = cr.feed("\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).raw, QByteArray("data: a\r\r\n"));
    QCOMPARE(cr.pending(), QByteArray());
}

QTEST_APPLESS_MAIN(TestStream)
