#include "ViewerTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::viewertest {

ExchangeRecord chat(const QByteArray &id, const QDateTime &received, const QString &model,
    const QString &prompt, const QString &answer, bool stream, int status)
{
    ExchangeRecord r;
    r.id = id;
    r.received = received;
    r.method = "POST";
    r.path = "/v1/chat/completions";
    r.model = model;
    r.stream = stream;
    r.status = status;
    r.firstByteMs = 120;
    r.firstTokenMs = 180;
    r.durationMs = 900;
    r.clientAddress = u"127.0.0.1"_s;
    r.userAgent = u"OpenAI/Python 1.30"_s;
    QJsonObject body { { u"model"_s, model },
        { u"messages"_s,
            QJsonArray {
                QJsonObject { { u"role"_s, u"system"_s }, { u"content"_s, u"Be brief."_s } },
                QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, prompt } } } } };
    if (stream)
        body.insert(u"stream"_s, true);
    r.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.bytesIn = r.requestBody.size();
    r.requestHeaders
        = { { "Content-Type", "application/json" }, { "Authorization", "Bearer ***" } };
    r.responseHeaders = { { "Content-Type", stream ? "text/event-stream" : "application/json" } };
    if (status >= 400) {
        r.responseBody = R"({"error":{"message":"The model is overloaded","type":"server_error"}})";
        r.error = u"upstream answered %1"_s.arg(status);
    } else if (stream) {
        r.rawEvents = sse({ answer });
        r.answer.content = answer;
        r.answer.finishReason = u"stop"_s;
    } else {
        r.responseBody = QJsonDocument(QJsonObject { { u"object"_s, u"chat.completion"_s },
                                           { u"choices"_s,
                                               QJsonArray { QJsonObject { { u"index"_s, 0 },
                                                   { u"message"_s,
                                                       QJsonObject { { u"role"_s, u"assistant"_s },
                                                           { u"content"_s, answer } } },
                                                   { u"finish_reason"_s, u"stop"_s } } } } })
                             .toJson(QJsonDocument::Compact);
        r.answer.content = answer;
        r.answer.finishReason = u"stop"_s;
    }
    if (status < 400)
        r.answer.usage = { 12, 34, 46, -1, -1 };
    r.bytesOut = r.responseBody.size() + r.rawEvents.size();
    return r;
}

ExchangeRecord streamInFlight(
    const QByteArray &id, const QDateTime &received, const QStringList &pieces)
{
    ExchangeRecord r = chat(id, received, u"deepseek-chat"_s, u"count"_s, {}, true);
    r.status = 0;
    r.inFlight = true;
    r.durationMs = -1;
    r.answer = {};
    r.rawEvents = sse(pieces, false);
    return r;
}

ExchangeRecord toolChat()
{
    ExchangeRecord r = chat("7001c0de", QDateTime::currentDateTimeUtc(), u"gpt-4o"_s, {}, {});
    r.requestBody = R"({"model":"gpt-4o","temperature":0.2,
 "tools":[{"type":"function","function":{"name":"get_weather","parameters":{}}}],
 "messages":[
  {"role":"system","content":"You are a weather bot."},
  {"role":"user","content":[{"type":"text","text":"Weather in Paris? See photo."},
     {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE"}}]},
  {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
     "function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
  {"role":"tool","tool_call_id":"call_1","content":"18°C, cloudy"}
 ]})";
    r.answer = {};
    r.answer.reasoning = u"The user wants the weather; call the tool again for tomorrow."_s;
    r.answer.toolCalls = { { 0, u"call_2"_s, u"function"_s, u"get_forecast"_s,
        uR"({"city":"Paris","days":1})"_s } };
    r.answer.finishReason = u"tool_calls"_s;
    r.answer.usage = { 80, 20, 100, 64, 12 };
    r.responseBody = {};
    return r;
}

QByteArray sse(const QStringList &pieces, bool done)
{
    QByteArray out = R"(data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})"
                     "\n\n";
    for (const QString &p : pieces) {
        const QJsonObject delta { { u"content"_s, p } };
        const QJsonObject event { { u"choices"_s,
            QJsonArray { QJsonObject { { u"index"_s, 0 }, { u"delta"_s, delta } } } } };
        out += "data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n";
    }
    if (done)
        out += "data: [DONE]\n\n";
    return out;
}

} // namespace mygpt::viewertest
