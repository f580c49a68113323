#include "storebench_data.h"

#include <QElapsedTimer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::storebench {

namespace {

const QStringList englishWords
    = (u"the a of to and in is it that for you with on as this be are "
       "was not but have function return value error code file data model request response server "
       "client user memory thread lock queue cache index table query string list array map "
       "pointer object class method test build compile link runtime exception handler loop "
       "parse token stream buffer socket timeout retry proxy upstream network latency batch "
       "python rust javascript kotlin swift deploy docker kubernetes container image volume "
       "please explain how why what when where could would should might example simple better "
       "faster safer cleaner refactor review summary translate write rewrite improve fix bug "
       "performance benchmark profile optimize algorithm sort search tree graph hash heap"_s)
          .split(u' ');
const QStringList chineseWords
    = (u"我们 你们 他们 这个 那个 什么 怎么 为什么 可以 需要 问题 "
       "方法 代码 函数 数据 模型 请求 响应 服务器 客户端 用户 内存 线程 队列 缓存 表格 查询 字符串 "
       "列表 数组 指针 对象 测试 编译 运行 异常 处理 循环 解析 网络 延迟 重试 代理 部署 容器 镜像 "
       "解释 一下 如何 例子 简单 更好 更快 安全 重构 总结 翻译 改写 改进 修复 性能 优化 算法 排序 "
       "搜索 结构 文章 历史 文化 经济 社会 学生 老师 学校 城市 公司 市场 产品 设计 工程 科学 研究 "
       "发展 技术 系统 管理 信息 时间 世界 国家 政府 人民 生活 工作 学习 中国 北京 上海 今天 明天"_s)
          .split(u' ');

struct Planted
{
    QString english;
    QString chinese;
    int perMille; // records of each language that carry it
};
const QList<Planted> planted = {
    { u"How do I reverse a linked list in C++?"_s, u"周树人和鲁迅是兄弟吗？"_s, 5 },
    { u"Explain quantum entanglement simply."_s, u"请解释一下量子纠缠。"_s, 20 },
    { u"Why is my database index not used?"_s, u"为什么数据库索引没有被使用？"_s, 50 },
    { u"Add error handling to this function."_s, u"今天天气很好，我们去公园吧。"_s, 100 },
};

const QStringList models = { u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"o3-mini"_s,
    u"deepseek-chat"_s, u"deepseek-reasoner"_s, u"qwen-max"_s, u"claude-3-5-sonnet"_s };

} // namespace

QList<SearchTerm> searchTerms()
{
    return {
        { u"鲁迅是兄弟"_s, "0.25%" },
        { u"量子纠缠"_s, "1%" },
        { u"数据库索引"_s, "2.5%" },
        { u"天气很好"_s, "5%" },
        { u"缓存查询"_s, "random pair" },
        { u"reverse a linked list"_s, "0.25%" },
        { u"quantum entanglement"_s, "1%" },
        { u"database index"_s, "2.5%" },
        { u"error handling"_s, "5%" },
        { u"xylophone"_s, "none" },
    };
}

RecordFactory::RecordFactory(quint32 seed)
    : m_rng(seed)
    , m_start(QDateTime::currentDateTimeUtc())
{ }

QString RecordFactory::text(bool chinese, int chars)
{
    const QStringList &words = chinese ? chineseWords : englishWords;
    QString s;
    s.reserve(chars + 64);
    for (const Planted &p : planted) {
        if (int(m_rng.bounded(1000)) < p.perMille / 2)
            s += (chinese ? p.chinese : p.english) + u' ';
    }
    while (s.size() < chars) {
        const int n = 6 + int(m_rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            s += words.at(m_rng.bounded(int(words.size())));
            if (!chinese)
                s += u' ';
        }
        s += chinese ? u"。"_s : u". "_s;
    }
    return s;
}

ExchangeRecord RecordFactory::make(int n, int total, int days)
{
    ExchangeRecord r;
    r.id = QByteArray::number(quint32(n) * 2654435761U, 16).rightJustified(8, '0');
    const qint64 span = qint64(days) * 86'400'000;
    r.received = m_start.addMSecs(-span + span * n / total + m_rng.bounded(1000));
    const int kind = m_rng.bounded(100);
    r.path = kind < 75 ? "/v1/chat/completions"
        : kind < 85    ? "/v1/responses"
        : kind < 90    ? "/v1/completions"
                       : "/v1/embeddings";
    r.method = "POST";
    r.model = models.at(m_rng.bounded(int(models.size())));
    r.stream = kind < 85 && m_rng.bounded(100) < 60;
    const int outcome = m_rng.bounded(100);
    r.status = outcome < 90 ? 200
        : outcome < 93      ? 400
        : outcome < 95      ? 429
        : outcome < 97      ? 500
                            : 502;
    r.cancelled = outcome >= 98;
    r.clientAddress = u"127.0.0.1"_s;
    r.userAgent = u"OpenAI/Python 1.51.0"_s;
    r.upstreamRequestId = "req_" + r.id;
    r.requestHeaders = { { "Host", "127.0.0.1:8080" }, { "Authorization", "Bearer ***" },
        { "Content-Type", "application/json" }, { "User-Agent", "OpenAI/Python 1.51.0" },
        { "Accept", "application/json" }, { "X-Stainless-Lang", "python" } };
    r.responseHeaders = { { "Content-Type", r.stream ? "text/event-stream" : "application/json" },
        { "x-request-id", r.upstreamRequestId }, { "x-mygpt-request-id", r.id } };
    const bool chinese = m_rng.bounded(2) == 0;
    const QString prompt = text(chinese, 100 + m_rng.bounded(2900));
    r.requestBody = QJsonDocument(
        QJsonObject { { u"model"_s, r.model }, { u"stream"_s, r.stream },
            { u"messages"_s,
                QJsonArray { QJsonObject { { u"role"_s, u"system"_s },
                                 { u"content"_s, u"You are a helpful assistant."_s } },
                    QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, prompt } } } } })
                        .toJson(QJsonDocument::Compact);
    r.bytesIn = r.requestBody.size();
    r.firstByteMs = 200 + m_rng.bounded(800);
    r.firstTokenMs = r.firstByteMs + 20;
    if (r.status != 200 || r.path == "/v1/embeddings") {
        r.error = r.status == 200 ? QString() : u"upstream answered %1"_s.arg(r.status);
        r.responseBody
            = R"({"error":{"message":"Rate limit reached for requests","type":"requests"}})";
        r.durationMs = r.firstByteMs + 5;
        r.bytesOut = r.responseBody.size();
        return r;
    }
    r.answer.content = text(chinese, 100 + m_rng.bounded(2900));
    r.answer.finishReason = u"stop"_s;
    const qint64 promptTokens = prompt.size() / (chinese ? 1 : 4) + 12;
    const qint64 completionTokens = r.answer.content.size() / (chinese ? 1 : 4);
    r.answer.usage = { promptTokens, completionTokens, promptTokens + completionTokens, -1, -1 };
    r.durationMs = r.firstTokenMs + completionTokens * 15;
    if (r.stream) {
        // One event per token-sized piece, as OpenAI sends them.
        const QString &a = r.answer.content;
        for (qsizetype i = 0; i < a.size();) {
            const qsizetype len = chinese ? 1 + m_rng.bounded(2) : 2 + m_rng.bounded(5);
            const QString piece = a.mid(i, len);
            i += len;
            r.rawEvents += R"(data: {"id":"chatcmpl-)" + r.id
                + R"(","object":"chat.completion.chunk","created":1730000000,"model":")"
                + r.model.toUtf8() + R"(","choices":[{"index":0,"delta":{"content":)"
                + QJsonDocument(QJsonArray { piece })
                      .toJson(QJsonDocument::Compact)
                      .mid(1)
                      .chopped(1)
                + R"(},"finish_reason":null}]})" + "\n\n";
        }
        r.rawEvents += "data: [DONE]\n\n";
        r.bytesOut = r.rawEvents.size();
    } else {
        r.responseBody = QJsonDocument(QJsonObject { { u"object"_s, u"chat.completion"_s },
                                           { u"choices"_s,
                                               QJsonArray { QJsonObject { { u"index"_s, 0 },
                                                   { u"message"_s,
                                                       QJsonObject { { u"role"_s, u"assistant"_s },
                                                           { u"content"_s, r.answer.content } } },
                                                   { u"finish_reason"_s, u"stop"_s } } } } })
                             .toJson(QJsonDocument::Compact);
        r.bytesOut = r.responseBody.size();
    }
    return r;
}

double msOf(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace mygpt::storebench
