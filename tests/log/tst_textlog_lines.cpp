// TextLog's lines for chat completions: the original's wording (Chinese) byte for byte, the
// English, streaming, tools and reasoning, errors, cancellation and the content policy.
#include "LogTestSupport.h"
#include "log/Translations.h"

#include <QTest>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

class TestTextLogLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(u"en"_s); }
    void translationsAreEmbedded();
    void exampleExchange_data();
    void exampleExchange();
    void reasoningAndToolCalls_data();
    void reasoningAndToolCalls();
    void failures_data();
    void failures();
    void contentPolicy_data();
    void contentPolicy();
};

namespace {

ExchangeRecord example(bool stream)
{
    ExchangeRecord r;
    r.id = "a1b2c3d4";
    r.method = "POST";
    r.path = "/v1/chat/completions";
    r.model = u"gpt-4o-mini"_s;
    r.stream = stream;
    r.requestBody
        = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"你好，请介绍一下自己。"}]})";
    r.status = 200;
    r.answer.content = u"你好！我是一个AI助手..."_s;
    r.answer.finishReason = u"stop"_s;
    r.answer.usage.promptTokens = 15;
    r.answer.usage.completionTokens = 45;
    r.answer.usage.totalTokens = 60;
    return r;
}

struct Logged
{
    QByteArrayList main; // the main file, without timestamps
    QByteArrayList errors; // the error file
    QByteArrayList console;
};

// Runs one exchange through a TextLog, as the proxy does.
Logged logExchange(const ExchangeRecord &record, const ContentPolicy &policy = {})
{
    LogHarness h;
    TextLogOptions options = h.options();
    options.content = policy;
    {
        TextLog log(options);
        log.requestReceived(record);
        log.exchangeFinished(record);
    }
    return { LogHarness::withoutTime(h.mainLines()), LogHarness::withoutTime(h.errorLines()),
        LogHarness::withoutTime(h.consoleLines()) };
}

QByteArrayList prefixed(const char *prefix, const QByteArrayList &texts)
{
    QByteArrayList lines;
    for (const QByteArray &t : texts)
        lines.append(QByteArray(prefix) + t);
    return lines;
}

} // namespace

void TestTextLogLines::translationsAreEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/mygpt_zh_CN.qm"_s));
    QVERIFY(availableTranslations().contains(u"zh_CN"_s));
    QVERIFY(installTranslations(u"zh_CN"_s));
    QVERIFY(installTranslations(u"en"_s));
    QVERIFY(!installTranslations(u"fr_FR"_s)); // no French: English, and says so
}

void TestTextLogLines::exampleExchange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QByteArrayList>("expected");

    // The README of the Python proxy, "日志格式示例".
    QTest::newRow("zh_CN, the original")
        << u"zh_CN"_s << false
        << prefixed("INFO - [a1b2c3d4] ",
               { "📥 收到聊天补全请求", "🎯 模型: gpt-4o-mini", "🌊 流式: False",
                   "💬 用户对话:", "  1. [user]: 你好，请介绍一下自己。", "🚀 开始非流式响应处理...",
                   "🤖 LLM响应内容: 你好！我是一个AI助手...", "✅ 完成原因: stop",
                   "📊 Token使用 - 输入: 15, 输出: 45, 总计: 60", "✨ 非流式响应处理完成" });
    QTest::newRow("zh_CN, streaming")
        << u"zh_CN"_s << true
        << prefixed("INFO - [a1b2c3d4] ",
               { "📥 收到聊天补全请求", "🎯 模型: gpt-4o-mini", "🌊 流式: True",
                   "💬 用户对话:", "  1. [user]: 你好，请介绍一下自己。", "🚀 开始流式响应处理...",
                   "🤖 LLM响应内容: 你好！我是一个AI助手...", "✅ 完成原因: stop",
                   "📊 Token使用 - 输入: 15, 输出: 45, 总计: 60", "✨ 流式响应处理完成" });
    QTest::newRow("en") << u"en"_s << false
                        << prefixed("INFO - [a1b2c3d4] ",
                               { "📥 Chat completion request received", "🎯 Model: gpt-4o-mini",
                                   "🌊 Stream: False",
                                   "💬 Conversation:", "  1. [user]: 你好，请介绍一下自己。",
                                   "🚀 Starting non-streaming response...",
                                   "🤖 LLM response: 你好！我是一个AI助手...",
                                   "✅ Finish reason: stop",
                                   "📊 Token usage - input: 15, output: 45, total: 60",
                                   "✨ Non-streaming response complete" });
    QTest::newRow("en, streaming")
        << u"en"_s << true
        << prefixed("INFO - [a1b2c3d4] ",
               { "📥 Chat completion request received", "🎯 Model: gpt-4o-mini", "🌊 Stream: True",
                   "💬 Conversation:", "  1. [user]: 你好，请介绍一下自己。",
                   "🚀 Starting streaming response...",
                   "🤖 LLM response: 你好！我是一个AI助手...", "✅ Finish reason: stop",
                   "📊 Token usage - input: 15, output: 45, total: 60",
                   "✨ Streaming response complete" });
}

void TestTextLogLines::exampleExchange()
{
    QFETCH(QString, language);
    QFETCH(bool, stream);
    QFETCH(QByteArrayList, expected);
    QVERIFY(installTranslations(language));
    const Logged logged = logExchange(example(stream));
    QCOMPARE(logged.main, expected);
    QCOMPARE(logged.console, expected);
    QVERIFY(logged.errors.isEmpty());
}

void TestTextLogLines::reasoningAndToolCalls_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("en")
        << u"en"_s
        << prefixed("INFO - [a1b2c3d4] ",
               { "🧠 Reasoning: The user wants the weather.",
                   R"(🔧 Tool call: get_weather({"city":"Paris"}))", "🔧 Tool call: get_time({})",
                   "✅ Finish reason: tool_calls",
                   "📊 Token usage - input: 15, output: 45, total: 60, cached: 10, reasoning: 5",
                   "✨ Streaming response complete (2.41 s, first token 350 ms, 21.8 tokens/s)" });
    QTest::newRow("zh_CN")
        << u"zh_CN"_s
        << prefixed("INFO - [a1b2c3d4] ",
               { "🧠 推理内容: The user wants the weather.",
                   R"(🔧 工具调用: get_weather({"city":"Paris"}))", "🔧 工具调用: get_time({})",
                   "✅ 完成原因: tool_calls",
                   "📊 Token使用 - 输入: 15, 输出: 45, 总计: 60, 缓存: 10, 推理: 5",
                   "✨ 流式响应处理完成（2.41 秒，首个Token 350 毫秒，21.8 Token/秒）" });
}

void TestTextLogLines::reasoningAndToolCalls()
{
    QFETCH(QString, language);
    QFETCH(QByteArrayList, expected);
    QVERIFY(installTranslations(language));
    ExchangeRecord r = example(true);
    r.answer.content.clear();
    r.answer.reasoning = u"The user wants the weather."_s;
    r.answer.toolCalls
        = { { 0, u"call_1"_s, u"function"_s, u"get_weather"_s, uR"({"city":"Paris"})"_s },
              { 1, u"call_2"_s, u"function"_s, u"get_time"_s, u"{}"_s } };
    r.answer.finishReason = u"tool_calls"_s;
    r.answer.usage.cachedPromptTokens = 10;
    r.answer.usage.reasoningTokens = 5;
    r.firstTokenMs = 350;
    r.durationMs = 2410; // 45 tokens in 2.06 s
    QCOMPARE(logExchange(r).main.mid(6), expected); // after the six request lines
}

void TestTextLogLines::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("responseBody");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QByteArrayList>("ending"); // the lines after the request lines

    QTest::newRow("upstream unreachable")
        << 502 << u"Upstream connection refused"_s << QByteArray() << false
        << QByteArrayList {
               "ERROR - [a1b2c3d4] ❌ Error 502: Upstream connection refused (120 ms)"
           };
    QTest::newRow("upstream's own error")
        << 401 << QString()
        << QByteArray(
               R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})")
        << false
        << QByteArrayList { "ERROR - [a1b2c3d4] ❌ Error 401: Incorrect API key provided (120 ms)" };
    QTest::newRow("stream cut short")
        << 200 << u"upstream stalled for 300 s"_s << QByteArray() << false
        << QByteArrayList { "INFO - [a1b2c3d4] 🤖 LLM response: Half an ans",
               "ERROR - [a1b2c3d4] ❌ Response interrupted: upstream stalled for 300 s (120 ms)" };
    QTest::newRow("cancelled") << 200 << QString() << QByteArray() << true
                               << QByteArrayList {
                                      "INFO - [a1b2c3d4] 🤖 LLM response: Half an ans",
                                      "WARNING - [a1b2c3d4] ⚠️ Cancelled by the client (120 ms)"
                                  };
}

void TestTextLogLines::failures()
{
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, responseBody);
    QFETCH(bool, cancelled);
    QFETCH(QByteArrayList, ending);
    ExchangeRecord r = example(true);
    r.status = status;
    r.error = error;
    r.responseBody = responseBody;
    r.cancelled = cancelled;
    r.durationMs = 120;
    r.answer = {};
    if (status == 200)
        r.answer.content = u"Half an ans"_s;
    const Logged logged = logExchange(r);
    QCOMPARE(logged.main.mid(6), ending);
    QCOMPARE(logged.errors, QByteArrayList { ending.last() }); // warnings and errors only
}

void TestTextLogLines::contentPolicy_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArrayList>("expected");
    const char *id = "INFO - [a1b2c3d4] ";
    QTest::newRow("full") << u"full"_s
                          << prefixed(id,
                                 { "💬 Conversation:", "  1. [system]: You are helpful.",
                                     "  2. [user]: Describe this [image]",
                                     R"(  3. [assistant]: 🔧 lookup({"q":"cats"}))",
                                     "  4. [tool]: Cats purr.",
                                     "🚀 Starting non-streaming response...",
                                     "🤖 LLM response: A cat on a mat, sleeping." });
    QTest::newRow("truncated") << u"6"_s
                               << prefixed(id,
                                      { "💬 Conversation:", "  1. [system]: You ar…",
                                          "  2. [user]: Descri…", "  3. [assistant]: 🔧 loo…",
                                          "  4. [tool]: Cats p…",
                                          "🚀 Starting non-streaming response...",
                                          "🤖 LLM response: A cat …" });
    QTest::newRow("metadata") << u"metadata"_s
                              << prefixed(id,
                                     { "💬 Conversation: 4 messages",
                                         "🚀 Starting non-streaming response...",
                                         "🤖 LLM response: 25 characters" });
}

void TestTextLogLines::contentPolicy()
{
    QFETCH(QString, policy);
    QFETCH(QByteArrayList, expected);
    ContentPolicy content;
    QVERIFY(ContentPolicy::parse(policy, &content));
    ExchangeRecord r = example(false);
    r.requestBody = R"({"model":"m","messages":[
        {"role":"system","content":"You are helpful."},
        {"role":"user","content":[{"type":"text","text":"Describe"},{"type":"text","text":"this"},
                                  {"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]},
        {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function",
            "function":{"name":"lookup","arguments":"{\"q\":\"cats\"}"}}]},
        {"role":"tool","tool_call_id":"c","content":"Cats purr."}]})";
    r.answer.content = u"A cat on a mat, sleeping."_s;
    const QByteArrayList lines = logExchange(r, content).main;
    const qsizetype from = lines.indexOf(expected.first());
    QVERIFY2(from >= 0, lines.join('\n').constData());
    QCOMPARE(lines.mid(from, expected.size()), expected);
    if (content.level == ContentPolicy::Level::MetadataOnly) {
        for (const char *secret : { "helpful", "Describe", "purr", "cats", "mat" })
            QVERIFY(!lines.join('\n').contains(secret));
    }
}

QTEST_GUILESS_MAIN(TestTextLogLines)
#include "tst_textlog_lines.moc"
