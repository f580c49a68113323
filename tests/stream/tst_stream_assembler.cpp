// ChatStreamAssembler over hand-made streams in the shapes of several providers.
#include "stream/ChatStreamAssembler.h"
#include "tst_stream.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;

namespace tst {

QStringList describeCalls(const QList<ToolCall> &calls)
{
    QStringList out;
    for (const ToolCall &c : calls) {
        out.append(QString::number(c.index) + u'|' + c.id + u'|' + c.type + u'|' + c.name + u'|'
            + c.arguments);
    }
    return out;
}

QList<qint64> usageList(const TokenUsage &u)
{
    return { u.promptTokens, u.completionTokens, u.totalTokens, u.cachedPromptTokens,
        u.reasoningTokens };
}

void assembleInto(Assembled &out, const QByteArray &stream)
{
    const QList<SseEvent> events = parseInPieces(stream);
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (out.assembler.feedEvent(events.at(i)))
            out.tokenEvents.append(int(i));
    }
}

} // namespace tst

namespace {
using namespace tst;

// A chat.completion.chunk with one choice whose members (after "index":0) are `choice`.
QByteArray chat(QByteArrayView choice, QByteArrayView extra = {})
{
    return R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m",)"
           R"("choices":[{"index":0,)"
        + choice + "}]" + extra + '}';
}

QByteArray delta(QByteArrayView members, QByteArrayView finish = "null")
{
    return chat(QByteArray("\"delta\":{" + members + "},\"finish_reason\":" + finish));
}

QByteArray toolPiece(int index, QByteArrayView members)
{
    return delta(QByteArray(
        "\"tool_calls\":[{\"index\":" + QByteArray::number(index) + ',' + members + "}]"));
}

QByteArray text(QByteArrayView piece, QByteArrayView finish = "null")
{
    return R"({"id":"cmpl-1","object":"text_completion","created":1,"choices":[{"text":")" + piece
        + R"(","index":0,"logprobs":null,"finish_reason":)" + finish + R"(}],"model":"m"})";
}

} // namespace

void TestStream::assemble_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QStringList>("toolCalls"); // index|id|type|name|arguments
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<QList<qint64>>("usage"); // prompt, completion, total, cached, reasoning
    QTest::addColumn<bool>("done");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("firstTokenEvent"); // -1: none
    QTest::addColumn<int>("malformed");

    const QByteArray usageNull = ",\"usage\":null";
    QTest::newRow("openai content, finish, usage")
        << tst::sseStream({ chat(R"("delta":{"role":"assistant","content":"","refusal":null},)"
                                 R"("logprobs":null,"finish_reason":null)",
                                usageNull),
               chat(R"("delta":{"content":"Hel"},"finish_reason":null)", usageNull),
               chat(R"("delta":{"content":"lo"},"finish_reason":null)", usageNull),
               chat(R"("delta":{},"finish_reason":"stop")", usageNull),
               R"({"id":"chatcmpl-1","choices":[],"usage":{"prompt_tokens":12,)"
               R"("completion_tokens":2,"total_tokens":14,"prompt_tokens_details":)"
               R"({"cached_tokens":4,"audio_tokens":0},"completion_tokens_details":)"
               R"({"reasoning_tokens":0}}})",
               "[DONE]" })
        << u"Hello"_s << QString() << QStringList() << u"stop"_s
        << QList<qint64> { 12, 2, 14, 4, 0 } << true << QString() << 1 << 0;

    QTest::newRow("deepseek reasoning_content, usage on the last chunk")
        << tst::sseStream({ delta(R"("role":"assistant","content":null,"reasoning_content":"")"),
               delta(R"("content":null,"reasoning_content":"Think")"),
               delta(R"("content":null,"reasoning_content":"ing.")"),
               delta(R"("content":"Answer","reasoning_content":null)"),
               chat(R"("delta":{"content":""},"finish_reason":"stop")",
                   R"(,"usage":{"prompt_tokens":9,"completion_tokens":20,"total_tokens":29,)"
                   R"("prompt_cache_hit_tokens":0,"prompt_cache_miss_tokens":9,)"
                   R"("completion_tokens_details":{"reasoning_tokens":15}})"),
               "[DONE]" })
        << u"Answer"_s << u"Thinking."_s << QStringList() << u"stop"_s
        << QList<qint64> { 9, 20, 29, 0, 15 } << true << QString() << 1 << 0;

    QTest::newRow("openrouter reasoning in the first chunk") << QByteArray(
        ": OPENROUTER PROCESSING\n\n"
        + tst::sseStream({ delta(R"("role":"assistant","content":"","reasoning":"Hm",)"
                                 R"("reasoning_details":[{"type":"reasoning.text","text":"Hm"}])"),
            delta(R"("role":"assistant","content":"Yes","reasoning":null)"),
            delta(R"("content":"")", "\"stop\""), "[DONE]" }))
                                                             << u"Yes"_s << u"Hm"_s << QStringList()
                                                             << u"stop"_s << kNoUsage << true
                                                             << QString() << 1 << 0;

    QTest::newRow("both reasoning names are not doubled")
        << tst::sseStream({ delta(R"("reasoning_content":"a","reasoning":"a")"),
               delta(R"("reasoning_content":"b","reasoning":"b")") })
        << QString() << u"ab"_s << QStringList() << QString() << kNoUsage << false << QString() << 0
        << 0;

    QTest::newRow("two tool calls interleaved")
        << tst::sseStream({ delta(R"("role":"assistant","content":null)"),
               toolPiece(0,
                   R"("id":"call_A","type":"function","function":{"name":"get_weather","arguments":""})"),
               toolPiece(1,
                   R"("id":"call_B","type":"function","function":{"name":"get_time","arguments":""})"),
               toolPiece(0, R"("function":{"arguments":"{\"city\""})"),
               toolPiece(1, R"("function":{"arguments":"{\"tz\""})"),
               toolPiece(0, R"("function":{"arguments":": \"Par"})"),
               delta(R"("tool_calls":[{"index":1,"function":{"arguments":": \"CET"}},)"
                     R"({"index":0,"function":{"arguments":"is\"}"}}])"),
               toolPiece(1, R"("function":{"arguments":"\"}"})"), delta("", "\"tool_calls\""),
               "[DONE]" })
        << QString() << QString()
        << QStringList { uR"(0|call_A|function|get_weather|{"city": "Paris"})"_s,
               uR"(1|call_B|function|get_time|{"tz": "CET"})"_s }
        << u"tool_calls"_s << kNoUsage << true << QString() << 1 << 0;

    QTest::newRow("tool calls sorted by index, without index")
        << tst::sseStream({ toolPiece(2, R"("id":"c2","function":{"name":"b","arguments":"{}"})"),
               toolPiece(0, R"("id":"c0","function":{"name":"a","arguments":"{}"})"),
               delta(R"("tool_calls":[{"id":"c3","type":"function","function":{"name":"c"}}])"),
               delta(R"("tool_calls":[{"function":{"arguments":"[1]"}}])") })
        << QString() << QString()
        << QStringList { u"0|c0|function|a|{}"_s, u"2|c2|function|b|{}"_s,
               u"3|c3|function|c|[1]"_s }
        << QString() << kNoUsage << false << QString() << 0 << 0;

    QTest::newRow("legacy function_call") << tst::sseStream(
        { delta(R"("role":"assistant","function_call":{"name":"f","arguments":""})"),
            delta(R"("function_call":{"arguments":"{\"a\":1}"})"), delta("", "\"function_call\"") })
                                          << QString() << QString()
                                          << QStringList { uR"(0||function|f|{"a":1})"_s }
                                          << u"function_call"_s << kNoUsage << false << QString()
                                          << 0 << 0;

    QTest::newRow("completions text")
        << tst::sseStream({ text("Hel"), text("lo"), text("", "\"length\""), "[DONE]" })
        << u"Hello"_s << QString() << QStringList() << u"length"_s << kNoUsage << true << QString()
        << 0 << 0;

    QTest::newRow("error event, no done")
        << tst::sseStream({ delta(R"("content":"Hi")"),
               R"({"error":{"message":"The upstream stream was interrupted.",)"
               R"("type":"upstream_interrupted","param":null,"code":null}})" })
        << u"Hi"_s << QString() << QStringList() << QString() << kNoUsage << false
        << u"The upstream stream was interrupted."_s << 0 << 0;

    QTest::newRow("error event type, plain text")
        << QByteArray("event: error\ndata: overloaded\n\n") << QString() << QString()
        << QStringList() << QString() << kNoUsage << false << u"overloaded"_s << -1 << 0;

    QTest::newRow("malformed events are skipped") << QByteArray(
        tst::sseStream({ "{not json", "[1,2]", delta(R"("content":"x")"), "" }) + ": ping\n\n")
                                                  << u"x"_s << QString() << QStringList()
                                                  << QString() << kNoUsage << false << QString()
                                                  << 2 << 2;

    QTest::newRow("other choices are not assembled")
        << tst::sseStream(
               { R"({"choices":[{"index":1,"delta":{"content":"B"},"finish_reason":"length"},)"
                 R"({"index":0,"delta":{"content":"A"},"finish_reason":null}]})",
                   R"({"choices":[{"index":5,"delta":{"tool_calls":[{"index":0,"id":"x"}]}}]})",
                   R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"},7,null]})" })
        << u"A"_s << QString() << QStringList() << u"stop"_s << kNoUsage << false << QString() << 0
        << 0;

    QTest::newRow("groq usage in x_groq")
        << tst::sseStream({ delta(R"("role":"assistant","content":"")"), delta(R"("content":"Hi")"),
               chat(R"("delta":{},"finish_reason":"stop")",
                   R"(,"x_groq":{"id":"req_1","usage":{"prompt_tokens":5,"completion_tokens":3,)"
                   R"("total_tokens":8}})"),
               "[DONE]" })
        << u"Hi"_s << QString() << QStringList() << u"stop"_s << QList<qint64> { 5, 3, 8, -1, -1 }
        << true << QString() << 1 << 0;
}

void TestStream::assemble()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(QStringList, toolCalls);
    QFETCH(QString, finishReason);
    QFETCH(QList<qint64>, usage);
    QFETCH(bool, done);
    QFETCH(QString, error);
    QFETCH(int, firstTokenEvent);
    QFETCH(int, malformed);

    Assembled a;
    assembleInto(a, stream);
    const AssembledAnswer &answer = a.assembler.answer();
    QCOMPARE(answer.content, content);
    QCOMPARE(answer.reasoning, reasoning);
    QCOMPARE(describeCalls(answer.toolCalls), toolCalls);
    QCOMPARE(answer.finishReason, finishReason);
    QCOMPARE(usageList(answer.usage), usage);
    QCOMPARE(a.assembler.sawDone(), done);
    QCOMPARE(a.assembler.error(), error);
    QCOMPARE(a.tokenEvents, firstTokenEvent < 0 ? QList<int>() : QList<int> { firstTokenEvent });
    QCOMPARE(a.assembler.firstTokenSeen(), firstTokenEvent >= 0);
    QCOMPARE(a.assembler.malformedEvents(), malformed);
}
