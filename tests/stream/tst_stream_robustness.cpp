// Robustness: random bytes through every stage, linear time on 10 MB, the JSON member scan.
#include "stream/ChatStreamAssembler.h"
#include "stream/JsonMemberScan.h"
#include "stream/UsageStripper.h"
#include "tst_stream.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace mygpt;

void TestStream::garbageNeverCrashes()
{
    static const QByteArrayList tokens { "data:", "data: ", "\n", "\r", "\r\n", ":", " ",
        "event: ", "id: ", "retry: ", "\xEF\xBB\xBF", "{", "}", "[", "]", "\"", ",", "\\", "null",
        "[DONE]", "\"usage\"", "\"usage\":null", "\"choices\":[]",
        "\"choices\":[{\"delta\":{\"content\":\"x\"}}]",
        "\"tool_calls\":[{\"index\":", "\"error\":", "{\"choices\":[{\"index\":0,\"delta\":{" };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 100; ++round) {
        QByteArray input;
        while (input.size() < 20000) {
            if (random.bounded(4) == 0)
                input += char(random.bounded(256));
            else
                input += tokens.at(random.bounded(tokens.size()));
        }
        SseParser parser;
        ChatStreamAssembler assembler;
        UsageStripper stripper;
        QByteArray raw;
        QByteArray relayed;
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype piece = qMin<qsizetype>(random.bounded(1, 300), input.size() - at);
            const QByteArrayView bytes = QByteArrayView(input).sliced(at, piece);
            const QList<SseEvent> events = parser.feed(bytes);
            for (const SseEvent &event : events) {
                raw += event.raw;
                assembler.feedEvent(event);
            }
            relayed += stripper.feed(bytes);
            at += piece;
        }
        QCOMPARE(raw + parser.pending(), input);
        relayed += stripper.finish();
        if (!input.contains("\"usage\""))
            QCOMPARE(relayed, input);
        QVERIFY(relayed.size() <= input.size());
    }
}

#if defined(__SANITIZE_ADDRESS__)
// ASan makes every byte slower, not the algorithm worse: 64-byte reads of 10 MB took 10 s in
// a Debug ASan build on a busy 2-core machine; quadratic would take hours.
constexpr qint64 kBudgetMs = 30000;
#else
constexpr qint64 kBudgetMs = 1000;
#endif

void TestStream::linearTime_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("readSize"); // 0: all at once
    QTest::addColumn<int>("events");

    const QByteArray chunk = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
                             "\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                             "\"delta\":{\"content\":\" word\"},\"finish_reason\":null}]}\n\n";
    const int count = int(10 * 1024 * 1024 / chunk.size()) + 1;
    const QByteArray realistic = chunk.repeated(count);
    QTest::newRow("10 MB of chunks, one read") << realistic << 0 << count;
    QTest::newRow("10 MB of chunks, 1500-byte reads") << realistic << 1500 << count;
    QTest::newRow("10 MB of chunks, 64-byte reads") << realistic << 64 << count;
    QTest::newRow("one 10 MB line, 4 KB reads")
        << QByteArray("data: " + QByteArray(10 * 1024 * 1024, 'x') + "\n\n") << 4096 << 1;
    QTest::newRow("one event of 160k data lines")
        << QByteArray(QByteArray("data: " + QByteArray(58, 'y') + '\n').repeated(160000) + '\n')
        << 65536 << 1;
}

void TestStream::linearTime()
{
    QFETCH(QByteArray, input);
    QFETCH(int, readSize);
    QFETCH(int, events);

    QElapsedTimer timer;
    timer.start();
    SseParser parser;
    qsizetype seen = 0;
    const qsizetype step = readSize > 0 ? readSize : input.size();
    for (qsizetype at = 0; at < input.size(); at += step)
        seen += parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at))).size();
    const qint64 ms = timer.elapsed();
    QCOMPARE(seen, events);
    QVERIFY2(ms < kBudgetMs, QByteArray(QByteArray::number(ms) + " ms").constData());
    qDebug("%lld ms", ms);
}

void TestStream::nullMemberCut_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected"); // a null QByteArray: nothing to cut

    QTest::newRow("last") << QByteArray(R"({"a":1,"usage":null})") << QByteArray(R"({"a":1})");
    QTest::newRow("first") << QByteArray(R"({"usage":null,"a":1})") << QByteArray(R"({"a":1})");
    QTest::newRow("middle") << QByteArray(R"({"a":1,"usage":null,"b":2})")
                            << QByteArray(R"({"a":1,"b":2})");
    QTest::newRow("only") << QByteArray(R"({"usage":null})") << QByteArray("{}");
    QTest::newRow("blanks") << QByteArray(R"( { "a": 1, "usage" :	null } )")
                            << QByteArray(R"( { "a": 1 } )");
    QTest::newRow("after containers") << QByteArray(R"({"a":[1,{"b":"]}\""}],"usage":null})")
                                      << QByteArray(R"({"a":[1,{"b":"]}\""}]})");
    QTest::newRow("after escaped backslash")
        << QByteArray(R"({"a":"x\\","usage":null})") << QByteArray(R"({"a":"x\\"})");
    QTest::newRow("nested only") << QByteArray(R"({"a":{"usage":null},"b":[{"usage":null}]})")
                                 << QByteArray();
    QTest::newRow("in a string") << QByteArray(R"({"a":"\"usage\":null","usage":1})")
                                 << QByteArray();
    QTest::newRow("escaped key") << QByteArray(R"({"us\u0061ge":null})") << QByteArray();
    QTest::newRow("not null") << QByteArray(R"({"usage":nullx})") << QByteArray();
    QTest::newRow("array") << QByteArray(R"([{"usage":null}])") << QByteArray();
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1,"usage":null})") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"a":"x","usage":nu)") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestStream::nullMemberCut()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const auto cut = mygpt::nullMemberCut(json, "usage");
    QCOMPARE(cut.has_value(), !expected.isNull());
    if (cut) {
        QVERIFY(0 <= cut->first && cut->first <= cut->second && cut->second <= json.size());
        QCOMPARE(QByteArray(json).remove(cut->first, cut->second - cut->first), expected);
    }
    // Every prefix is safe to scan, whatever it is.
    for (qsizetype n = 0; n <= json.size(); ++n) {
        const auto partial = mygpt::nullMemberCut(QByteArrayView(json).first(n), "usage");
        QVERIFY(!partial || partial->second <= n);
    }
}
