#include "DemoData.h"

#include "ViewerTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mygpt::viewertest {

namespace {

struct Prompt
{
    QString question;
    QString answer;
};

const QList<Prompt> prompts = {
    { u"Why does my React useEffect run twice in development?"_s,
        u"In development, React 18's StrictMode mounts, unmounts and re-mounts every component "
        "once to surface effects without cleanup. It does not happen in production builds. "
        "Return a cleanup function from the effect and the double run becomes harmless."_s },
    { u"把这段话翻译成英文：今天的会议改到下午三点。"_s,
        u"Today's meeting has been moved to 3 p.m."_s },
    { u"Write a SQL query for the top 5 customers by revenue in 2024."_s,
        u"SELECT customer_id, SUM(amount) AS revenue\nFROM orders\nWHERE order_date >= "
        "'2024-01-01' AND order_date < '2025-01-01'\nGROUP BY customer_id\nORDER BY revenue "
        "DESC\nLIMIT 5;"_s },
    { u"解释一下 Rust 的所有权和借用。"_s,
        u"Rust 中每个值都有唯一的所有者；所有者离开作用域时值被释放。借用（&T 或 &mut T）"
        "让你在不转移所有权的情况下使用值：同一时间可以有多个不可变借用，或者一个可变借用。"_s },
    { u"Refactor this Python function to use a list comprehension."_s,
        u"def squares(xs):\n    return [x * x for x in xs if x % 2 == 0]"_s },
    { u"What is the difference between TCP and UDP?"_s,
        u"TCP is connection-oriented and reliable: it orders packets and retransmits lost "
        "ones. UDP sends independent datagrams with no delivery guarantee, which keeps latency "
        "low for games, voice and DNS."_s },
};

const QStringList models
    = { u"gpt-4o"_s, u"deepseek-reasoner"_s, u"qwen-max"_s, u"gpt-4o-mini"_s, u"deepseek-chat"_s };
const QStringList agents
    = { u"Continue/1.2 (VS Code)"_s, u"OpenAI/Python 1.54.3"_s, u"Cursor/0.44"_s, u"curl/8.5.0"_s };
const QStringList clients = { u"127.0.0.1"_s, u"127.0.0.1"_s, u"::1"_s };

QByteArray hexId(QRandomGenerator &rng)
{
    return QByteArray::number(rng.bounded(0x10000000u, 0xffffffffu), 16);
}

ExchangeRecord reasoningStream(const QDateTime &when)
{
    ExchangeRecord r = chat(demoStreamId, when, u"deepseek-reasoner"_s,
        u"用 C++ 写一个线程安全的单例，并说明为什么是线程安全的。"_s, {}, true);
    r.answer.reasoning = u"用户想要线程安全的单例。C++11 起，函数内的静态局部变量初始化是线程安全的"
                         "（magic statics），这是最简单的写法，不需要双重检查锁。"_s;
    r.answer.content = u"```cpp\nclass Config {\npublic:\n    static Config &instance()\n    {\n"
                       "        static Config config; // C++11: initialised once, thread-safe\n"
                       "        return config;\n    }\nprivate:\n    Config() = default;\n};\n```\n"
                       "C++11 保证静态局部变量只初始化一次：并发的第一次调用会等待初始化完成。"_s;
    r.answer.finishReason = u"stop"_s;
    r.answer.usage = { 41, 236, 277, 0, 88 };
    QStringList pieces;
    for (qsizetype i = 0; i < r.answer.content.size(); i += 6)
        pieces.append(r.answer.content.mid(i, 6));
    r.rawEvents = sse(pieces);
    r.firstByteMs = 412;
    r.firstTokenMs = 1630;
    r.durationMs = 5210;
    r.bytesOut = r.rawEvents.size();
    r.userAgent = u"Continue/1.2 (VS Code)"_s;
    r.upstreamRequestId = "req_8f2c91d04b";
    r.responseHeaders = { { "Content-Type", "text/event-stream" },
        { "x-mygpt-request-id", demoStreamId }, { "x-request-id", "req_8f2c91d04b" } };
    return r;
}

} // namespace

QList<ExchangeRecord> demoRecords(const QDateTime &now)
{
    QRandomGenerator rng(20241);
    QList<ExchangeRecord> out;
    // A month of history, busier on weekdays and in recent days.
    for (int day = 29; day >= 1; --day) {
        const QDateTime date = now.addDays(-day);
        const int weekday = date.toLocalTime().date().dayOfWeek();
        const int count = int(rng.bounded(3, 9)) + (weekday < 6 ? 6 : 0) + (30 - day) / 4;
        for (int i = 0; i < count; ++i) {
            const Prompt &p = prompts.at(rng.bounded(int(prompts.size())));
            ExchangeRecord r = chat(hexId(rng), date.addSecs(-qint64(rng.bounded(36000))),
                models.at(rng.bounded(int(models.size()))), p.question, p.answer,
                rng.bounded(3) > 0);
            r.answer.usage = { 20 + rng.bounded(900), 30 + rng.bounded(700), -1, -1, -1 };
            r.answer.usage.totalTokens
                = r.answer.usage.promptTokens + r.answer.usage.completionTokens;
            out.append(r);
        }
    }
    // Today: the busy log the screenshots show.
    for (int i = 0; i < 46; ++i) {
        const Prompt &p = prompts.at(i % prompts.size());
        const QDateTime when = now.addSecs(-qint64(i) * 97 - 30);
        const QString model = models.at((i * 7) % models.size());
        const int kind = i % 13;
        const int status = kind == 4 ? 429 : kind == 9 ? 502 : kind == 11 ? 401 : 200;
        ExchangeRecord r = chat(hexId(rng), when, model, p.question, p.answer, i % 3 != 1, status);
        r.userAgent = agents.at(i % agents.size());
        r.clientAddress = clients.at(i % clients.size());
        r.firstByteMs = 150 + rng.bounded(600);
        r.firstTokenMs = r.firstByteMs + rng.bounded(900);
        r.durationMs = r.firstTokenMs + 300 + rng.bounded(6000);
        if (status == 200) {
            r.answer.usage = { 30 + rng.bounded(1500), 20 + rng.bounded(900), -1, -1, -1 };
            r.answer.usage.totalTokens
                = r.answer.usage.promptTokens + r.answer.usage.completionTokens;
        } else {
            r.firstTokenMs = -1;
            r.durationMs = r.firstByteMs + 20;
            r.responseBody = status == 429
                ? R"({"error":{"message":"Rate limit reached for requests","type":"requests"}})"
                : status == 401
                ? R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})"
                : R"({"error":{"message":"Bad gateway","type":"server_error"}})";
            r.error = status == 502 ? u"upstream answered 502 Bad Gateway"_s : QString();
        }
        if (i == 7) { // the client gave up
            r.cancelled = true;
            r.status = 200;
            r.durationMs = 2300;
        }
        if (i % 10 == 5) {
            r.path = "/v1/embeddings";
            r.model = u"text-embedding-3-small"_s;
            r.stream = false;
            r.requestBody = R"({"model":"text-embedding-3-small","input":"search query"})";
            r.responseBody = R"({"object":"list","data":[{"object":"embedding","index":0}]})";
            r.rawEvents = {};
            r.answer = {};
            r.answer.usage = { 3, -1, 3, -1, -1 };
            r.firstTokenMs = -1;
        }
        out.append(r);
    }
    out.append(reasoningStream(now.addSecs(-20)));
    ExchangeRecord tools = toolChat();
    tools.id = "7001c0de";
    tools.received = now.addSecs(-12);
    tools.userAgent = u"Cursor/0.44"_s;
    out.append(tools);
    // Still streaming.
    ExchangeRecord running = chat("b0a7f1e2", now.addSecs(-3), u"gpt-4o"_s,
        u"Summarise this pull request in three bullet points."_s, {}, true, 0);
    running.inFlight = true;
    running.durationMs = -1;
    running.answer = {};
    running.answer.content = u"- Adds a request log viewer\n- Pages through"_s;
    running.rawEvents = sse(
        { u"- Adds"_s, u" a request"_s, u" log viewer"_s, u"\n- Pages"_s, u" through"_s }, false);
    running.userAgent = u"Continue/1.2 (VS Code)"_s;
    out.append(running);
    return out;
}

} // namespace mygpt::viewertest
