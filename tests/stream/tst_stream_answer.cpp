// ChatStreamAssembler against the fake upstream's own streams; answerFromJson, usageFromJson.
#include "openai_script.h"
#include "stream/AnswerJson.h"
#include "tst_stream.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace tst;

namespace {
// The fake upstream's answer to a POST, straight from its script (no sockets).
test::Reply fakeReply(
    const QByteArray &path, const QByteArray &model, bool stream, bool includeUsage, int chunks)
{
    test::ReceivedRequest request;
    request.method = "POST";
    request.target = path;
    request.headers = { { "content-type", "application/json" },
        { "x-fake-chunks", QByteArray::number(chunks) } };
    request.body = "{\"model\":\"" + model + "\","
        + (path.endsWith("/chat/completions") ? R"("messages":[{"role":"user","content":"hi"}])"
                                              : R"("prompt":"hi")")
        + ",\"stream\":" + (stream ? "true" : "false")
        + (includeUsage ? R"(,"stream_options":{"include_usage":true})" : "") + '}';
    return test::openAiReply(request);
}
} // namespace

void TestStream::fakeUpstreamStreams_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("includeUsage");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<int>("firstTokenEvent");

    const QByteArray chat = "/v1/chat/completions";
    for (const bool usage : { false, true }) {
        const char *suffix = usage ? ", include_usage" : "";
        QTest::addRow("gpt-4o-mini%s", suffix)
            << chat << QByteArray("gpt-4o-mini") << usage << 5 << 1;
        QTest::addRow("fake-tools%s", suffix)
            << chat << QByteArray("fake-tools") << usage << 5 << 0;
        QTest::addRow("fake-reasoning%s", suffix)
            << chat << QByteArray("fake-reasoning") << usage << 5 << 1;
        QTest::addRow("12 chunks%s", suffix)
            << chat << QByteArray("gpt-4o-mini") << usage << 12 << 1;
        QTest::addRow("completions%s", suffix)
            << QByteArray("/v1/completions") << QByteArray("gpt-4o-mini") << usage << 5 << 0;
    }
}

void TestStream::fakeUpstreamStreams()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, model);
    QFETCH(bool, includeUsage);
    QFETCH(int, chunks);
    QFETCH(int, firstTokenEvent);

    const test::Reply streamed = fakeReply(path, model, true, includeUsage, chunks);
    QCOMPARE(streamed.status, 200);
    Assembled a;
    assembleInto(a, streamed.chunks.join());
    QVERIFY(a.assembler.sawDone());
    QCOMPARE(a.assembler.error(), QString());
    QCOMPARE(a.assembler.malformedEvents(), 0);
    QCOMPARE(a.tokenEvents, QList<int> { firstTokenEvent });
    const AssembledAnswer &answer = a.assembler.answer();
    QCOMPARE(answer.usage.isKnown(), includeUsage);

    // The same request without streaming must give the same answer.
    const test::Reply whole = fakeReply(path, model, false, false, chunks);
    QCOMPARE(whole.status, 200);
    AssembledAnswer expected = mygpt::answerFromJson(whole.body);
    if (model == "fake-tools") {
        QCOMPARE(answer.toolCalls.size(), 1);
        QJsonParseError error;
        const QJsonDocument arguments
            = QJsonDocument::fromJson(answer.toolCalls.at(0).arguments.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(arguments.object().value("location"_L1).toString(), u"Paris"_s);
        QCOMPARE(answer.content, QString());
    } else {
        QCOMPARE(answer.content, QString::fromUtf8(test::fakeStreamedContent(chunks)));
        expected.content = answer.content; // the whole answer is always the 5-chunk sentence
    }
    if (model == "fake-reasoning")
        QVERIFY(!answer.reasoning.isEmpty());
    if (!includeUsage) {
        expected.usage = {};
    } else if (chunks != 5) { // the whole answer always counts the 5-chunk sentence
        expected.usage.completionTokens = chunks;
        expected.usage.totalTokens = expected.usage.promptTokens + chunks;
    }
    QCOMPARE(answer, expected);
}

void TestStream::answerFromJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QStringList>("toolCalls");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<QList<qint64>>("usage");

    QTest::newRow("chat.completion with tool calls")
        << QByteArray(
               R"({"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o",)"
               R"("choices":[{"index":0,"message":{"role":"assistant","content":null,)"
               R"("tool_calls":[{"id":"call_1","type":"function","function":{"name":"a",)"
               R"("arguments":"{\"x\":1}"}},{"id":"call_2","type":"function","function":)"
               R"({"name":"b","arguments":"{}"}}],"refusal":null},"logprobs":null,)"
               R"("finish_reason":"tool_calls"}],"usage":{"prompt_tokens":50,)"
               R"("completion_tokens":30,"total_tokens":80,"prompt_tokens_details":)"
               R"({"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}})")
        << QString() << QString()
        << QStringList { uR"(0|call_1|function|a|{"x":1})"_s, u"1|call_2|function|b|{}"_s }
        << u"tool_calls"_s << QList<qint64> { 50, 30, 80, 0, 0 };
    QTest::newRow("chat.completion with reasoning_content")
        << QByteArray(R"({"object":"chat.completion","choices":[{"index":0,"message":{"role":)"
                      R"("assistant","content":"42","reasoning_content":"Because."},)"
                      R"("finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":)"
                      R"(7,"total_tokens":10,"completion_tokens_details":{"reasoning_tokens":5}}})")
        << u"42"_s << u"Because."_s << QStringList() << u"stop"_s
        << QList<qint64> { 3, 7, 10, -1, 5 };
    QTest::newRow("chat.completion with reasoning")
        << QByteArray(R"({"choices":[{"message":{"content":"ok","reasoning":"hm"},)"
                      R"("finish_reason":"stop"}]})")
        << u"ok"_s << u"hm"_s << QStringList() << u"stop"_s << kNoUsage;
    QTest::newRow("text_completion")
        << QByteArray(R"({"id":"cmpl-1","object":"text_completion","created":1,"model":"m",)"
                      R"("choices":[{"text":"Hello","index":0,"logprobs":null,)"
                      R"("finish_reason":"length"}],"usage":{"prompt_tokens":1,)"
                      R"("completion_tokens":16,"total_tokens":17}})")
        << u"Hello"_s << QString() << QStringList() << u"length"_s
        << QList<qint64> { 1, 16, 17, -1, -1 };
    QTest::newRow("content parts, choice 0 not first")
        << QByteArray(R"({"choices":[{"index":1,"message":{"content":"no"}},{"index":0,"message":)"
                      R"({"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]},)"
                      R"("finish_reason":"stop"}]})")
        << u"ab"_s << QString() << QStringList() << u"stop"_s << kNoUsage;
    QTest::newRow("legacy function_call")
        << QByteArray(R"({"choices":[{"message":{"content":null,"function_call":{"name":"f",)"
                      R"("arguments":"{}"}},"finish_reason":"function_call"}]})")
        << QString() << QString() << QStringList { u"0||function|f|{}"_s } << u"function_call"_s
        << kNoUsage;
    QTest::newRow("arguments as an object")
        << QByteArray(R"({"choices":[{"message":{"tool_calls":[{"function":{"name":"f",)"
                      R"("arguments":{"a":[1]}}}]}}]})")
        << QString() << QString() << QStringList { uR"(0||function|f|{"a":[1]})"_s } << QString()
        << kNoUsage;
    QTest::newRow("not json") << QByteArray("<html>502</html>") << QString() << QString()
                              << QStringList() << QString() << kNoUsage;
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"x"}})") << QString()
                                  << QString() << QStringList() << QString() << kNoUsage;
}

void TestStream::answerFromJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(QStringList, toolCalls);
    QFETCH(QString, finishReason);
    QFETCH(QList<qint64>, usage);

    const AssembledAnswer answer = mygpt::answerFromJson(body);
    QCOMPARE(answer.content, content);
    QCOMPARE(answer.reasoning, reasoning);
    QCOMPARE(describeCalls(answer.toolCalls), toolCalls);
    QCOMPARE(answer.finishReason, finishReason);
    QCOMPARE(usageList(answer.usage), usage);
}

void TestStream::usageFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<qint64>>("usage");

    QTest::newRow("openai") << QByteArray(R"({"prompt_tokens":19,"completion_tokens":10,)"
                                          R"("total_tokens":29,"prompt_tokens_details":{)"
                                          R"("cached_tokens":2,"audio_tokens":0},)"
                                          R"("completion_tokens_details":{"reasoning_tokens":4,)"
                                          R"("accepted_prediction_tokens":0}})")
                            << QList<qint64> { 19, 10, 29, 2, 4 };
    QTest::newRow("minimal") << QByteArray(R"({"prompt_tokens":1,"total_tokens":1})")
                             << QList<qint64> { 1, -1, 1, -1, -1 };
    QTest::newRow("deepseek cache hits")
        << QByteArray(R"({"prompt_tokens":10,"completion_tokens":1,"total_tokens":11,)"
                      R"("prompt_cache_hit_tokens":8,"prompt_cache_miss_tokens":2})")
        << QList<qint64> { 10, 1, 11, 8, -1 };
    QTest::newRow("input/output tokens")
        << QByteArray(R"({"input_tokens":5,"output_tokens":6,"total_tokens":11,)"
                      R"("input_tokens_details":{"cached_tokens":1},)"
                      R"("output_tokens_details":{"reasoning_tokens":2}})")
        << QList<qint64> { 5, 6, 11, 1, 2 };
    QTest::newRow("wrong types") << QByteArray(R"({"prompt_tokens":"5","completion_tokens":null,)"
                                               R"("total_tokens":1.5,"prompt_tokens_details":3})")
                                 << kNoUsage;
    QTest::newRow("empty") << QByteArray("{}") << kNoUsage;
}

void TestStream::usageFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<qint64>, usage);
    QCOMPARE(usageList(mygpt::usageFromJson(QJsonDocument::fromJson(json).object())), usage);
}
