// The OpenAI script: shapes of the answers, SSE framing and timing, magic model names.
#include "openai_script.h"
#include "raw_http_client.h"
#include "tst_fakeupstream.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt::test;

void TestFakeUpstream::models()
{
    FakeUpstream fake;
    QVERIFY2(fake.start(), qPrintable(fake.errorString()));
    QNetworkAccessManager nam;
    const auto got = tst::fetch(nam, QNetworkRequest(fake.url(u"/v1/models"_s)));
    QCOMPARE(got.error, QNetworkReply::NoError);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, "application/json");
    const QJsonObject list = tst::jsonObject(got.body);
    QCOMPARE(list.value("object"_L1).toString(), u"list"_s);
    QStringList ids;
    for (const auto &model : list.value("data"_L1).toArray()) {
        QCOMPARE(model.toObject().value("object"_L1).toString(), u"model"_s);
        ids << model.toObject().value("id"_L1).toString();
    }
    QVERIFY(ids.contains(u"gpt-4o-mini"_s));
    QVERIFY(ids.contains(u"fake-model"_s));
    QCOMPARE(fake.requests().size(), 1);
    QCOMPARE(fake.lastRequest().method, "GET");
    QCOMPARE(fake.lastRequest().target, "/v1/models");
}

void TestFakeUpstream::chatNonStreaming()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(
        fake.port(), tst::postJson("/v1/chat/completions", tst::chatBody("gpt-4o-mini", false)));
    QVERIFY(r.complete);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), "application/json");
    QCOMPARE(r.contentLength, r.body.size());
    QVERIFY(tst::hasCommonHeaders(r));
    const QJsonObject o = tst::jsonObject(r.body);
    QVERIFY(o.value("id"_L1).toString().startsWith("chatcmpl-"_L1));
    QCOMPARE(o.value("object"_L1).toString(), u"chat.completion"_s);
    QVERIFY(o.value("created"_L1).toInteger() > 0);
    QCOMPARE(o.value("model"_L1).toString(), u"gpt-4o-mini"_s);
    const QJsonObject choice = o.value("choices"_L1).toArray().first().toObject();
    QCOMPARE(choice.value("finish_reason"_L1).toString(), u"stop"_s);
    const QJsonObject message = choice.value("message"_L1).toObject();
    QCOMPARE(message.value("role"_L1).toString(), u"assistant"_s);
    QCOMPARE(message.value("content"_L1).toString().toUtf8(), fakeAssistantContent());
    const QJsonObject usage = o.value("usage"_L1).toObject();
    QCOMPARE(usage.value("total_tokens"_L1).toInt(),
        usage.value("prompt_tokens"_L1).toInt() + usage.value("completion_tokens"_L1).toInt());
    QCOMPARE(fake.lastRequest().body, tst::chatBody("gpt-4o-mini", false));
}

void TestFakeUpstream::streamingEvents_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("usageChunk");
    QTest::newRow("no stream_options") << QByteArray() << false;
    QTest::newRow("include_usage false")
        << QByteArray(R"("stream_options":{"include_usage":false})") << false;
    QTest::newRow("include_usage true")
        << QByteArray(R"("stream_options":{"include_usage":true})") << true;
}

void TestFakeUpstream::streamingEvents()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, usageChunk);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(fake.port(),
        tst::postJson("/v1/chat/completions", tst::chatBody("gpt-4o-mini", true, extra)));
    QVERIFY(r.complete);
    QVERIFY(r.chunked);
    QCOMPARE(r.header("content-type"), "text/event-stream");
    QVERIFY(tst::hasCommonHeaders(r));
    // Exactly one SSE event per HTTP chunk: role, 5 contents, finish, [usage], [DONE].
    QCOMPARE(r.chunks.size(), usageChunk ? 9 : 8);
    for (const QByteArray &chunk : r.chunks) {
        QVERIFY(chunk.startsWith("data: "));
        QVERIFY(chunk.endsWith("\n\n"));
        QCOMPARE(chunk.count("data:"), 1);
    }
    QCOMPARE(r.chunks.last(), "data: [DONE]\n\n");

    const QList<QJsonObject> events = tst::sseObjects(r);
    QByteArray content;
    for (const QJsonObject &e : events) {
        QCOMPARE(e.value("object"_L1).toString(), u"chat.completion.chunk"_s);
        QCOMPARE(e.value("model"_L1).toString(), u"gpt-4o-mini"_s);
        QCOMPARE(e.value("id"_L1), events.first().value("id"_L1));
        const QJsonArray choices = e.value("choices"_L1).toArray();
        if (!choices.isEmpty())
            content += choices.first()["delta"_L1]["content"_L1].toString().toUtf8();
    }
    QCOMPARE(content, fakeAssistantContent());
    QCOMPARE(events.first()["choices"_L1][0]["delta"_L1]["role"_L1].toString(), u"assistant"_s);
    const QJsonObject finish = events.at(usageChunk ? events.size() - 2 : events.size() - 1);
    QCOMPARE(finish["choices"_L1][0]["finish_reason"_L1].toString(), u"stop"_s);
    if (usageChunk) {
        const QJsonObject usage = events.last();
        QVERIFY(usage.value("choices"_L1).toArray().isEmpty());
        QCOMPARE(usage["usage"_L1]["completion_tokens"_L1].toInt(), 5);
        QCOMPARE(usage["usage"_L1]["total_tokens"_L1].toInt(), 15);
    }
    for (const QJsonObject &e : events) // usage only ever in the last chunk
        QCOMPARE(e.value("usage"_L1).isObject(), usageChunk && &e == &events.last());
}

void TestFakeUpstream::streamingChunkTiming()
{
    FakeUpstream fake;
    QVERIFY(fake.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(fake.port()));
    client.send(tst::postJson("/v1/chat/completions", tst::chatBody("gpt-4o-mini", true),
        { { "x-fake-chunks", "4" }, { "x-fake-interval-ms", "100" } }));
    QVERIFY(client.waitForResponse(5000));
    const HttpResponse r = client.response();
    QCOMPARE(r.chunks.size(), 7); // role, 4 contents, finish, [DONE]
    QCOMPARE(fakeStreamedContent(4), "Hello from the fake");
    QList<qint64> times;
    for (const qsizetype end : r.chunkEnds)
        times << client.arrivalTimeOf(end);
    for (int i = 1; i < times.size(); ++i) {
        const qint64 gap = times.at(i) - times.at(i - 1);
        // Each chunk on its own, about 100 ms after the previous one (generous upper bound:
        // CI machines are busy).
        QVERIFY2(gap >= 80 && gap <= 1000, qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
    }
    QVERIFY(times.last() - times.first() >= 580);
}

void TestFakeUpstream::toolCalls_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("non-streaming") << false;
    QTest::newRow("streaming") << true;
}

void TestFakeUpstream::toolCalls()
{
    QFETCH(bool, stream);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(
        fake.port(), tst::postJson("/v1/chat/completions", tst::chatBody("fake-tools", stream)));
    QCOMPARE(r.status, 200);
    QString id, name, finishReason;
    QByteArray arguments;
    int argumentPieces = 0;
    if (stream) {
        for (const QJsonObject &e : tst::sseObjects(r)) {
            const QJsonObject choice = e["choices"_L1][0].toObject();
            const QJsonObject call = choice["delta"_L1]["tool_calls"_L1][0].toObject();
            if (!call.isEmpty()) {
                QCOMPARE(call.value("index"_L1).toInt(-1), 0);
                id += call.value("id"_L1).toString();
                name += call["function"_L1]["name"_L1].toString();
                const QString piece = call["function"_L1]["arguments"_L1].toString();
                arguments += piece.toUtf8();
                argumentPieces += piece.isEmpty() ? 0 : 1;
            }
            if (choice.value("finish_reason"_L1).isString())
                finishReason = choice.value("finish_reason"_L1).toString();
        }
        QVERIFY(argumentPieces >= 2); // arguments really are split over deltas
    } else {
        const QJsonObject choice = tst::jsonObject(r.body)["choices"_L1][0].toObject();
        const QJsonObject message = choice.value("message"_L1).toObject();
        QVERIFY(message.value("content"_L1).isNull());
        const QJsonObject call = message["tool_calls"_L1][0].toObject();
        QCOMPARE(call.value("type"_L1).toString(), u"function"_s);
        id = call.value("id"_L1).toString();
        name = call["function"_L1]["name"_L1].toString();
        arguments = call["function"_L1]["arguments"_L1].toString().toUtf8();
        finishReason = choice.value("finish_reason"_L1).toString();
    }
    QCOMPARE(id, u"call_fake_1"_s);
    QCOMPARE(name, u"get_weather"_s);
    QCOMPARE(finishReason, u"tool_calls"_s);
    QCOMPARE(tst::jsonObject(arguments).value("location"_L1).toString(), u"Paris"_s);
}

void TestFakeUpstream::reasoning_data()
{
    toolCalls_data();
}

void TestFakeUpstream::reasoning()
{
    QFETCH(bool, stream);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(fake.port(),
        tst::postJson("/v1/chat/completions", tst::chatBody("fake-reasoning", stream)));
    QCOMPARE(r.status, 200);
    QString reasoningText, content;
    if (stream) {
        for (const QJsonObject &e : tst::sseObjects(r)) {
            const QJsonObject delta = e["choices"_L1][0]["delta"_L1].toObject();
            const QString piece = delta.value("reasoning_content"_L1).toString();
            if (!piece.isEmpty())
                QVERIFY2(content.isEmpty(), "reasoning_content must come before content");
            reasoningText += piece;
            content += delta.value("content"_L1).toString();
        }
    } else {
        const QJsonObject message
            = tst::jsonObject(r.body)["choices"_L1][0]["message"_L1].toObject();
        reasoningText = message.value("reasoning_content"_L1).toString();
        content = message.value("content"_L1).toString();
    }
    QVERIFY(!reasoningText.isEmpty());
    QCOMPARE(content.toUtf8(), fakeAssistantContent());
}
