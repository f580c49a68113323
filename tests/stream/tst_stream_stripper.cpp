// UsageStripper: the client gets byte for byte the stream it would have got without
// stream_options.include_usage.
#include "openai_script.h"
#include "stream/ChatStreamAssembler.h"
#include "stream/UsageStripper.h"
#include "tst_stream.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;

namespace strip {
enum class At { First, Middle, Last };

struct Format
{
    QByteArray colon = ":";
    QByteArray comma = ",";
    At usageAt = At::Last;
    QByteArray data = "data: ";
    QByteArray eol = "\n";
};

} // namespace strip

namespace {
using namespace strip;
using Members = QList<QPair<QByteArray, QByteArray>>;

QByteArray object(const Format &f, Members members, const QByteArray &usage)
{
    if (!usage.isEmpty()) {
        const qsizetype at = f.usageAt == At::First ? 0
            : f.usageAt == At::Middle               ? 2
                                                    : members.size();
        members.insert(at, { "usage", usage });
    }
    QByteArray json = "{";
    for (const auto &[key, value] : std::as_const(members)) {
        if (json.size() > 1)
            json += f.comma;
        json += '"' + key + '"' + f.colon + value;
    }
    return json + '}';
}

// An OpenAI-style chat stream, (i) as the client asked for it or (ii) with include_usage.
QByteArray openAiStream(const Format &f, bool includeUsage)
{
    const QByteArray nullUsage = includeUsage ? "null" : "";
    const auto chunk = [&](const QByteArray &choice) -> QByteArray {
        const Members members { { "id", R"("chatcmpl-9")" },
            { "object", R"("chat.completion.chunk")" }, { "created", "1718000000" },
            { "model", R"("gpt-4o-mini-2024-07-18")" },
            { "system_fingerprint", R"("fp_0ba0d124f1")" },
            { "choices", "[{\"index\":0," + choice + ",\"logprobs\":null}]" } };
        return f.data + object(f, members, nullUsage) + f.eol + f.eol;
    };
    QByteArray stream
        = chunk(R"("delta":{"role":"assistant","content":"","refusal":null},"finish_reason":null)")
        + chunk(R"("delta":{"content":"Hello"},"finish_reason":null)") + ": keep-alive" + f.eol
        + f.eol
        + chunk("\"delta\":{\"content\":\" w\xC3\xB6rld \xF0\x9F\x91\x8B\"},\"finish_reason\":null")
        + chunk(R"("delta":{"content":" \"usage\":null"},"finish_reason":null)")
        + chunk(R"("delta":{},"finish_reason":"stop")");
    if (includeUsage) {
        const Members members { { "id", R"("chatcmpl-9")" },
            { "object", R"("chat.completion.chunk")" }, { "created", "1718000000" },
            { "choices", "[]" } };
        stream += f.data
            + object(f, members,
                R"({"prompt_tokens":9,"completion_tokens":4,"total_tokens":13,)"
                R"("prompt_tokens_details":{"cached_tokens":0}})")
            + f.eol + f.eol;
    }
    return stream + f.data + "[DONE]" + f.eol + f.eol;
}

QByteArray stripInPieces(
    QByteArrayView in, const QList<qsizetype> &cuts, UsageStripper *used = nullptr)
{
    UsageStripper local;
    UsageStripper &s = used ? *used : local;
    QByteArray out;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        out += s.feed(in.sliced(from, cut - from));
        from = cut;
    }
    out += s.feed(in.sliced(from));
    return out + s.finish();
}

QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts.append(i);
    return cuts;
}
} // namespace

Q_DECLARE_METATYPE(strip::Format)

void TestStream::stripByteExact_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("openai") << Format {};
    QTest::newRow("json.dumps spaces") << Format { ": ", ", " };
    QTest::newRow("usage first") << Format { ":", ",", At::First };
    QTest::newRow("usage first, spaces") << Format { ": ", ", ", At::First };
    QTest::newRow("usage middle") << Format { ":", ",", At::Middle };
    QTest::newRow("usage middle, spaces") << Format { ": ", ", ", At::Middle };
    QTest::newRow("blanks around colon and comma") << Format { " : ", " , " };
    QTest::newRow("blanks around colon and comma, first") << Format { " :\t", " , ", At::First };
    QTest::newRow("data: without space") << Format { ":", ",", At::Last, "data:" };
    QTest::newRow("crlf") << Format { ":", ",", At::Last, "data: ", "\r\n" };
    QTest::newRow("cr, usage middle") << Format { ":", ",", At::Middle, "data: ", "\r" };
}

void TestStream::stripByteExact()
{
    QFETCH(Format, format);
    const QByteArray plain = openAiStream(format, false);
    const QByteArray withUsage = openAiStream(format, true);
    QVERIFY(withUsage.size() > plain.size() + 200);

    UsageStripper stripper;
    QCOMPARE(stripInPieces(withUsage, {}, &stripper), plain);
    QCOMPARE(stripper.droppedChunks(), 1);
    QCOMPARE(stripper.strippedChunks(), 5);
    for (qsizetype cut = 0; cut <= withUsage.size(); ++cut)
        QVERIFY2(stripInPieces(withUsage, { cut }) == plain, QByteArray::number(cut).constData());
    QCOMPARE(stripInPieces(withUsage, everyByte(withUsage.size())), plain);
}

void TestStream::stripPassesThrough_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("openai without usage") << openAiStream(Format {}, false);
    QTest::newRow("crlf without usage")
        << openAiStream(Format { ":", ",", At::Last, "data: ", "\r\n" }, false);
    QTest::newRow("error event") << QByteArray(
        ": ping\n\ndata: {\"error\":{\"message\":\"boom\"},"
        "\"choices\":[],\"usage\":null}\n\ndata: [DONE]\n\n");
    QTest::newRow("other event type")
        << QByteArray("event: usage\ndata: {\"choices\":[],\"usage\":{\"total_tokens\":1}}\n\n");
    QTest::newRow("usage on a chunk with choices") << QByteArray(
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":"
        "\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,"
        "\"total_tokens\":2}}\n\n");
    QTest::newRow("nested usage null")
        << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{},\"usage\":null}]}\n\n");
    QTest::newRow("usage only in content")
        << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"\\\"usage\\\":null\"}}]}\n\n");
    QTest::newRow("json over two data lines") << QByteArray(
        "data: {\"choices\":[{\"index\":0,\"delta\":{}}],\ndata: \"usage\":null}\n\n");
    QTest::newRow("no choices") << QByteArray("data: {\"id\":\"x\",\"usage\":null}\n\n");
    QTest::newRow("choices not an array")
        << QByteArray("data: {\"choices\":{},\"usage\":null}\n\n");
    QTest::newRow("not json") << QByteArray("data: \"usage\":null\n\ndata: {\"usage\":\n\n");
    QTest::newRow("unterminated usage chunk")
        << QByteArray("data: {\"choices\":[],\"usage\":{\"total_tokens\":1}}\n");
    QTest::newRow("azure prompt filter chunk") << QByteArray(
        "data: {\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\","
        "\"prompt_filter_results\":[{\"prompt_index\":0,\"content_filter_results\":{}}]}"
        "\n\n");
    QTest::newRow("bom and comment") << QByteArray("\xEF\xBB\xBF: hi\n\ndata: [DONE]\n\n");
}

void TestStream::stripPassesThrough()
{
    QFETCH(QByteArray, stream);
    UsageStripper stripper;
    QCOMPARE(stripInPieces(stream, {}, &stripper), stream);
    QCOMPARE(stripper.droppedChunks() + stripper.strippedChunks(), 0);
    QCOMPARE(stripInPieces(stream, everyByte(stream.size())), stream);
}

void TestStream::stripHoldsBackTheTail()
{
    UsageStripper s;
    QCOMPARE(
        s.feed(
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}],\"usage\":null}\n"),
        QByteArray());
    QCOMPARE(s.feed("\ndata: {\"choices\":[],\"usa"),
        QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\n"));
    QCOMPARE(s.feed("ge\":{\"total_tokens\":3}}\n"), QByteArray());
    QCOMPARE(s.finish(), QByteArray("data: {\"choices\":[],\"usage\":{\"total_tokens\":3}}\n"));
    QCOMPARE(s.finish(), QByteArray());
}

namespace {
QByteArray fakeStream(const QByteArray &path, const QByteArray &model, bool includeUsage)
{
    test::ReceivedRequest request;
    request.method = "POST";
    request.target = path;
    request.body = "{\"model\":\"" + model + "\",\"prompt\":\"hi\",\"messages\":[],\"stream\":true"
        + (includeUsage ? R"(,"stream_options":{"include_usage":true})" : "") + '}';
    return test::openAiReply(request).chunks.join();
}

QByteArray firstMatch(const QByteArray &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(QString::fromUtf8(text)).captured(1).toUtf8();
}
} // namespace

void TestStream::stripFakeUpstream_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("model");
    const QByteArray chat = "/v1/chat/completions";
    QTest::newRow("gpt-4o-mini") << chat << QByteArray("gpt-4o-mini");
    QTest::newRow("fake-tools") << chat << QByteArray("fake-tools");
    QTest::newRow("fake-reasoning") << chat << QByteArray("fake-reasoning");
    QTest::newRow("completions") << QByteArray("/v1/completions") << QByteArray("gpt-4o-mini");
}

void TestStream::stripFakeUpstream()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, model);
    QByteArray plain = fakeStream(path, model, false);
    const QByteArray withUsage = fakeStream(path, model, true);
    // Two requests: the completion id and maybe the second differ; make them equal.
    for (const QString &pattern : { uR"x("id":"([^"]+)")x"_s, uR"x("created":(\d+))x"_s })
        plain.replace(firstMatch(plain, pattern), firstMatch(withUsage, pattern));
    QVERIFY(withUsage.size() > plain.size() && withUsage.contains("\"usage\":{"));

    QCOMPARE(stripInPieces(withUsage, {}), plain);
    QCOMPARE(stripInPieces(withUsage, everyByte(withUsage.size())), plain);

    ChatStreamAssembler assembler;
    for (const SseEvent &event : tst::parseInPieces(stripInPieces(withUsage, {})))
        assembler.feedEvent(event);
    QVERIFY(assembler.sawDone());
    QVERIFY(!assembler.answer().usage.isKnown());
}
