// What the proxy records about each exchange, and the stream usage it asks for on the
// client's behalf without the client noticing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "ProxyHarness.h"
#include "openai_script.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientGetsTheStreamItWouldHaveGotWithoutUsage_data();
    void clientGetsTheStreamItWouldHaveGotWithoutUsage();
    void clientThatAskedForUsageGetsIt();
    void usageCaptureCanBeTurnedOff();
    void upstreamRejectingStreamOptionsIsRetriedAndRemembered();
    void toolCallsAndReasoningAreAssembled();
    void nonStreamingAnswerIsRecorded();
    void cancelledStreamKeepsItsPartialAnswer();
    void streamsInFlightAreUpdatedLive();
    void secretsAreMaskedInTheRecord();
    void startIsReportedOnceAndBeforeTheEnd_data();
    void startIsReportedOnceAndBeforeTheEnd();
};

namespace {

const HeaderList jsonHeaders { { "Content-Type", "application/json" } };

// An OpenAI-style stream in the two shapes OpenAI sends: without include_usage, and with it
// ("usage":null in every chunk, then a usage-only chunk). Fixed ids: byte comparisons work.
QList<QByteArray> openAiShapedEvents(bool withUsage, const QByteArray &spacing)
{
    const QByteArray head = R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[)";
    const QByteArray usageNull = withUsage ? QByteArray(R"(,"usage")" + spacing + ":" + spacing + "null") : QByteArray();
    QList<QByteArray> events;
    events.append(head + R"({"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}])" + usageNull + "}");
    for (const char *word : { "Hel", "lo", " 世界" })
        events.append(head + R"({"index":0,"delta":{"content":")" + QByteArray(word) + R"("},"logprobs":null,"finish_reason":null}])" + usageNull + "}");
    events.append(head + R"({"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}])" + usageNull + "}");
    if (withUsage)
        events.append(head + R"(],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":0}}})");
    events.append("[DONE]");
    return events;
}

bool asksForUsage(const ReceivedRequest &request)
{
    return QJsonDocument::fromJson(request.body)
            .object()
            .value(u"stream_options"_s)
            .toObject()
            .value(u"include_usage"_s)
            .toBool();
}

} // namespace

void TestRecording::clientGetsTheStreamItWouldHaveGotWithoutUsage_data()
{
    QTest::addColumn<QByteArray>("spacing");
    QTest::addColumn<int>("interval");
    QTest::newRow("compact") << QByteArray() << 0;
    QTest::newRow("spaced") << QByteArray(" ") << 0;
    QTest::newRow("one event per read") << QByteArray() << 20;
}

void TestRecording::clientGetsTheStreamItWouldHaveGotWithoutUsage()
{
    QFETCH(QByteArray, spacing);
    QFETCH(int, interval);
    ProxyHarness h;
    QVERIFY(h.ok());
    h.upstream().setHandler([&](const ReceivedRequest &request) {
        return sseReply(openAiShapedEvents(asksForUsage(request), spacing), interval);
    });
    const QByteArray body = ProxyHarness::chatBody("gpt-4o-mini", true);

    RawHttpClient direct;
    QVERIFY(direct.connectTo(h.upstream().port()));
    direct.send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders, body));
    QVERIFY(direct.waitForResponse(5000));
    const QByteArray withoutProxy = direct.response().body;

    const HttpResponse viaProxy = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, body);
    QCOMPARE(viaProxy.status, 200);
    QVERIFY(asksForUsage(h.upstream().lastRequest())); // MyGPT asked for usage…
    QCOMPARE(viaProxy.body, withoutProxy);             // …and the client cannot tell.

    const ExchangeRecord record = h.records().last();
    QCOMPARE(record.answer.content, u"Hello 世界"_s);
    QCOMPARE(record.answer.finishReason, u"stop"_s);
    QCOMPARE(record.answer.usage.promptTokens, 9);
    QCOMPARE(record.answer.usage.completionTokens, 3);
    QCOMPARE(record.answer.usage.totalTokens, 12);
    QCOMPARE(record.answer.usage.cachedPromptTokens, 4);
    QCOMPARE(record.rawEvents, viaProxy.body);
    QVERIFY(record.firstByteMs >= 0);
    QVERIFY(record.firstTokenMs >= record.firstByteMs);
    QVERIFY(record.durationMs >= record.firstTokenMs);
    QCOMPARE(record.bytesOut, viaProxy.body.size());
    QCOMPARE(record.requestBody, body); // what the client sent, not what MyGPT added
}

void TestRecording::clientThatAskedForUsageGetsIt()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    h.upstream().setHandler([](const ReceivedRequest &request) {
        return sseReply(openAiShapedEvents(asksForUsage(request), {}));
    });
    const QByteArray body = ProxyHarness::chatBody("gpt-4o-mini", true,
                                                   R"("stream_options":{"include_usage":true})");
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, body);
    QCOMPARE(h.upstream().lastRequest().body, body);
    QCOMPARE(r.body, sseReply(openAiShapedEvents(true, {})).chunks.join());
    QCOMPARE(h.records().last().answer.usage.totalTokens, 12);
}

void TestRecording::usageCaptureCanBeTurnedOff()
{
    ProxyHarness h([](ProxyConfig &c) { c.streamUsage = false; });
    QVERIFY(h.ok());
    h.upstream().setHandler([](const ReceivedRequest &request) {
        return sseReply(openAiShapedEvents(asksForUsage(request), {}));
    });
    const QByteArray body = ProxyHarness::chatBody("gpt-4o-mini", true);
    h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, body);
    QCOMPARE(h.upstream().lastRequest().body, body);
    QVERIFY(!h.records().last().answer.usage.isKnown());
    QCOMPARE(h.records().last().answer.content, u"Hello 世界"_s);
}

void TestRecording::upstreamRejectingStreamOptionsIsRetriedAndRemembered()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const QByteArray body = ProxyHarness::chatBody("fake-reject-stream-options", true);
    for (int i = 0; i < 2; ++i) {
        const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, body);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(h.records().last().status, 200);
        QCOMPARE(h.records().last().answer.content, QString::fromUtf8(fakeStreamedContent(5)));
    }
    // First request: rejected with the option, retried without; the second never tries it.
    const QList<ReceivedRequest> seen = h.upstream().requests();
    QCOMPARE(seen.size(), 3);
    QVERIFY(asksForUsage(seen[0]));
    QCOMPARE(seen[1].body, body);
    QCOMPARE(seen[2].body, body);
    QVERIFY(!h.proxy().requestsStreamUsage());
}

void TestRecording::toolCallsAndReasoningAreAssembled()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    for (bool stream : { true, false }) {
        h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, ProxyHarness::chatBody("fake-tools", stream));
        const AssembledAnswer tools = h.records().last().answer;
        QCOMPARE(tools.finishReason, u"tool_calls"_s);
        QVERIFY(!tools.toolCalls.isEmpty());
        for (const ToolCall &call : tools.toolCalls) {
            QVERIFY(!call.id.isEmpty());
            QVERIFY(!call.name.isEmpty());
            QVERIFY2(QJsonDocument::fromJson(call.arguments.toUtf8()).isObject(), qPrintable(call.arguments));
        }
        QVERIFY(tools.usage.totalTokens > 0);

        h.roundTrip("POST", "/v1/chat/completions", jsonHeaders, ProxyHarness::chatBody("fake-reasoning", stream));
        const AssembledAnswer reasoning = h.records().last().answer;
        QVERIFY(!reasoning.reasoning.isEmpty());
        QVERIFY(!reasoning.content.isEmpty());
    }
}

void TestRecording::nonStreamingAnswerIsRecorded()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("POST", "/v1/chat/completions", jsonHeaders,
                                       ProxyHarness::chatBody("gpt-4o-mini", false));
    const ExchangeRecord record = h.records().last();
    QCOMPARE(record.responseBody, r.body);
    QCOMPARE(record.answer.content, QString::fromUtf8(fakeAssistantContent()));
    QCOMPARE(record.answer.finishReason, u"stop"_s);
    QVERIFY(record.answer.usage.totalTokens > 0);
    QCOMPARE(record.model, u"gpt-4o-mini"_s);
    QVERIFY(!record.stream);
    QCOMPARE(record.endpoint(), QByteArray("/v1/chat/completions"));
    QCOMPARE(record.statusClass(), StatusClass::Ok);
    QCOMPARE(record.upstreamRequestId.isEmpty(), false);
}

void TestRecording::cancelledStreamKeepsItsPartialAnswer()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    auto client = h.connect();
    client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", jsonHeaders,
                                             ProxyHarness::chatBody("fake-slow", true)));
    QVERIFY(client->waitUntil([&] { return sseDataPayloads(client->response().body).size() >= 3; }, 5000));
    client->abort();
    QTRY_VERIFY(!h.records().isEmpty());
    const ExchangeRecord record = h.records().last();
    QVERIFY(record.cancelled);
    QCOMPARE(record.statusClass(), StatusClass::Cancelled);
    QVERIFY(!record.answer.content.isEmpty());
    QVERIFY(QString::fromUtf8(fakeStreamedContent(5)).startsWith(record.answer.content));
    QVERIFY(record.answer.content != QString::fromUtf8(fakeStreamedContent(5)));
}

void TestRecording::streamsInFlightAreUpdatedLive()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    QList<ExchangeRecord> updates;
    QList<ExchangeRecord> started;
    connect(&h.proxy(), &ProxyServer::exchangeUpdated, this,
            [&](const ExchangeRecord &r) { updates.append(r); });
    connect(&h.proxy(), &ProxyServer::exchangeStarted, this,
            [&](const ExchangeRecord &r) { started.append(r); });
    const HeaderList headers { { "Content-Type", "application/json" },
                               { "x-fake-chunks", "12" },
                               { "x-fake-interval-ms", "150" } };
    h.roundTrip("POST", "/v1/chat/completions", headers, ProxyHarness::chatBody("gpt-4o-mini", true));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started[0].id, h.records().last().id);
    QVERIFY2(updates.size() >= 2, qPrintable(QString::number(updates.size())));
    for (const ExchangeRecord &update : updates) {
        QVERIFY(update.inFlight);
        QCOMPARE(update.id, started[0].id);
    }
    QVERIFY(updates.last().answer.content.size() > updates.first().answer.content.size());
    QVERIFY(!h.records().last().inFlight);
}

void TestRecording::secretsAreMaskedInTheRecord()
{
    ProxyHarness h;
    QVERIFY(h.ok());
    const HeaderList headers { { "Content-Type", "application/json" },
                               { "Authorization", "Bearer client-secret-1" },
                               { "x-api-key", "client-secret-2" },
                               { "Cookie", "s=client-secret-3" } };
    h.roundTrip("POST", "/v1/chat/completions", headers, ProxyHarness::chatBody("gpt-4o-mini", false));
    const ExchangeRecord record = h.records().last();
    QCOMPARE(findHeader(record.requestHeaders, "authorization"), QByteArray("Bearer ***"));
    for (const auto &list : { record.requestHeaders, record.responseHeaders }) {
        for (const auto &[name, value] : list) {
            QVERIFY2(!value.contains("client-secret") && !value.contains(ProxyHarness::apiKey),
                     name.constData());
        }
    }
    QVERIFY(!record.responseHeaders.isEmpty());
}

void TestRecording::startIsReportedOnceAndBeforeTheEnd_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<bool>("clientLeaves");
    const HeaderList json { { "Content-Type", "application/json" } };
    const HeaderList slowStream { { "Content-Type", "application/json" },
                                  { "x-fake-chunks", "8" },
                                  { "x-fake-interval-ms", "150" } }; // progress reports too
    QTest::newRow("answer") << ProxyHarness::chatBody("gpt-4o-mini", false) << json << false;
    QTest::newRow("stream") << ProxyHarness::chatBody("gpt-4o-mini", true) << slowStream << false;
    QTest::newRow("upstream error") << ProxyHarness::chatBody("fake-html-500", false) << json
                                    << false;
    QTest::newRow("client leaves") << ProxyHarness::chatBody("fake-hang", true) << json << true;
}

// The start is reported from a queued call (after QNAM's own start): still exactly once per
// exchange, and before its progress and its end, which the log and the store rely on.
void TestRecording::startIsReportedOnceAndBeforeTheEnd()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(bool, clientLeaves);
    ProxyHarness h;
    QVERIFY(h.ok());
    QByteArrayList events;
    connect(&h.proxy(), &ProxyServer::exchangeStarted, this,
            [&](const ExchangeRecord &r) { events.append("started " + r.id); });
    connect(&h.proxy(), &ProxyServer::exchangeUpdated, this,
            [&](const ExchangeRecord &r) { events.append("updated " + r.id); });
    connect(&h.proxy(), &ProxyServer::exchangeFinished, this,
            [&](const ExchangeRecord &r) { events.append("finished " + r.id); });
    for (int i = 0; i < 3; ++i) {
        if (clientLeaves) {
            auto client = h.connect();
            client->send(RawHttpClient::buildRequest("POST", "/v1/chat/completions", headers, body));
            QTRY_VERIFY(events.size() == 2 * i + 1);
            client->abort();
        } else {
            h.roundTrip("POST", "/v1/chat/completions", headers, body);
        }
        QTRY_COMPARE(h.records().size(), i + 1);
    }
    QTRY_COMPARE(h.proxy().exchangesInFlight(), 0);
    QVERIFY(!events.isEmpty());
    QSet<QByteArray> ids;
    for (const QByteArray &event : std::as_const(events)) {
        const QByteArray id = event.mid(event.indexOf(' ') + 1);
        if (event.startsWith("started ")) {
            QVERIFY2(!ids.contains(id), events.join(", ").constData());
            ids.insert(id);
        } else {
            QVERIFY2(ids.contains(id), events.join(", ").constData()); // started first
        }
    }
    QCOMPARE(ids.size(), 3);
    for (const QByteArray &id : std::as_const(ids))
        QCOMPARE(events.count("finished " + id), 1);
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
