#include "openai_script.h"

#include "json_bytes.h"
#include "openai_internal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>

using namespace Qt::StringLiterals;

namespace mygpt::test {

using namespace openai;

namespace {
std::atomic<qint64> g_counter { 0 }; // x-request-id and completion ids, process-wide

Reply errorReply(int status, QByteArrayView message, QByteArrayView type, QByteArrayView code)
{
    return jsonReply(status,
        "{\"error\":{\"message\":" + jsonString(message) + ",\"type\":\"" + type
            + "\",\"param\":null,\"code\":" + (code.isEmpty() ? "null" : jsonString(code)) + "}}");
}

Reply magicError(int status)
{
    const QByteArray message = "Fake error " + QByteArray::number(status)
        + " requested by model fake-error-" + QByteArray::number(status) + '.';
    switch (status) {
    case 401:
        return errorReply(status, message, "invalid_request_error", "invalid_api_key");
    case 403:
        return errorReply(status, message, "permission_error", {});
    case 404:
        return errorReply(status, message, "invalid_request_error", "model_not_found");
    case 429: {
        Reply r = errorReply(status, message, "requests", "rate_limit_exceeded");
        r.header("retry-after", "1").header("x-ratelimit-remaining-requests", "0");
        return r;
    }
    default:
        return errorReply(
            status, message, status >= 500 ? "server_error" : "invalid_request_error", {});
    }
}

Reply htmlPage(int status)
{
    // What an nginx in front of the API says when the backend is gone.
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return textReply(status, "text/html",
        "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

int statusSuffix(const QByteArray &model, QByteArrayView prefix)
{
    const int status = model.mid(prefix.size()).toInt();
    return status >= 100 && status <= 599 ? status : 500;
}

int headerInt(const ReceivedRequest &request, QByteArrayView name, int fallback, int max)
{
    bool ok = false;
    const int value = request.header(name).toInt(&ok);
    return ok && value >= 0 ? qMin(value, max) : fallback;
}

Reply modelsReply()
{
    static const QByteArray body = []() -> QByteArray {
        QByteArray b = R"({"object":"list","data":[)";
        const char *models[][2] = { { "gpt-4o-mini", "system" }, { "gpt-4o", "system" },
            { "fake-model", "mygpt-fake" }, { "text-embedding-3-small", "system" } };
        for (const auto &m : models) {
            if (!b.endsWith('['))
                b += ',';
            b += "{\"id\":\"" + QByteArray(m[0])
                + "\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"" + m[1] + "\"}";
        }
        return b + "]}";
    }();
    return jsonReply(200, body);
}

Reply chatReply(const Params &p)
{
    if (p.stream)
        return streamChat(p);
    QByteArray message;
    QByteArray finishReason = "stop";
    int tokens = 5;
    if (p.kind == Kind::Tools) {
        message = R"({"role":"assistant","content":null,"tool_calls":[{"id":"call_fake_1",)"
                  R"("type":"function","function":{"name":")"
            + toolCallName() + "\",\"arguments\":" + jsonString(toolArgumentPieces().join())
            + "}}],\"refusal\":null}";
        finishReason = "tool_calls";
        tokens = 4;
    } else if (p.kind == Kind::Reasoning) {
        message = "{\"role\":\"assistant\",\"reasoning_content\":"
            + jsonString(reasoningPieces().join())
            + ",\"content\":" + jsonString(fakeAssistantContent()) + ",\"refusal\":null}";
        tokens = 8;
    } else {
        static const QByteArray plain = "{\"role\":\"assistant\",\"content\":"
            + jsonString(fakeAssistantContent()) + ",\"refusal\":null}";
        message = plain;
    }
    return jsonReply(200,
        "{\"id\":\"" + p.id + "\",\"object\":\"chat.completion\",\"created\":" + p.created
            + ",\"model\":" + p.modelJson + ",\"choices\":[{\"index\":0,\"message\":" + message
            + ",\"logprobs\":null,\"finish_reason\":\"" + finishReason
            + "\"}],\"usage\":" + usageJson(tokens) + ",\"system_fingerprint\":\"fp_fake\"}");
}

Reply completionReply(const Params &p)
{
    if (p.stream)
        return streamCompletion(p);
    return jsonReply(200,
        "{\"id\":\"" + p.id + "\",\"object\":\"text_completion\",\"created\":" + p.created
            + ",\"model\":" + p.modelJson
            + ",\"choices\":[{\"text\":" + jsonString(fakeAssistantContent())
            + ",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
            + usageJson(5) + '}');
}

Reply embeddingsReply(const Params &p, const QJsonObject &body)
{
    const QJsonValue input = body.value("input"_L1);
    int count = 1; // a string, or an array of token ids
    if (input.isArray() && !input.toArray().isEmpty() && !input.toArray().first().isDouble())
        count = int(input.toArray().size());
    const int dims = qBound(1, body.value("dimensions"_L1).toInt(8), 4096);
    QByteArray data;
    for (int i = 0; i < count; ++i) {
        QByteArray vector;
        for (int k = 0; k < dims; ++k) { // deterministic, distinct per input
            if (k)
                vector += ',';
            vector += QByteArray::number(((i * 31 + k * 7) % 100) / 100.0 - 0.5);
        }
        if (i)
            data += ',';
        data += "{\"object\":\"embedding\",\"index\":" + QByteArray::number(i) + ",\"embedding\":["
            + vector + "]}";
    }
    const QByteArray tokens = QByteArray::number(count * 4);
    return jsonReply(200,
        "{\"object\":\"list\",\"data\":[" + data + "],\"model\":" + p.modelJson
            + ",\"usage\":{\"prompt_tokens\":" + tokens + ",\"total_tokens\":" + tokens + "}}");
}

// The fault models cut the answer after 2 pieces; a whole body is split into 4 for that.
void applyFaultModel(Reply &r, const QByteArray &model)
{
    Reply::Fault fault;
    if (model == "fake-reset")
        fault = Reply::Fault::ResetAfterChunks;
    else if (model == "fake-stall")
        fault = Reply::Fault::StallAfterChunks;
    else if (model == "fake-truncate")
        fault = Reply::Fault::CloseAfterChunks;
    else
        return;
    if (r.chunks.isEmpty()) {
        const qsizetype part = (r.body.size() + 3) / 4;
        for (qsizetype at = 0; at < r.body.size(); at += part)
            r.chunks.append(r.body.mid(at, part));
        r.body.clear();
    }
    r.fault = fault;
    r.faultAfterChunks = 2;
}

Reply modelReply(const ReceivedRequest &request, QByteArrayView path, qint64 number)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return errorReply(400,
            "We could not parse the JSON body of your request. (HINT: This likely means you "
            "aren't using your HTTP library correctly.)",
            "invalid_request_error", {});
    }
    const QJsonObject body = doc.object();
    Params p;
    p.model = body.value("model"_L1).toString().toUtf8();
    if (p.model.isEmpty())
        return errorReply(400, "you must provide a model parameter", "invalid_request_error", {});
    p.modelJson = jsonString(p.model);
    p.stream = body.value("stream"_L1).toBool();
    const QJsonValue streamOptions = body.value("stream_options"_L1);
    p.hasStreamOptions = !streamOptions.isUndefined() && !streamOptions.isNull();
    p.includeUsage = streamOptions.toObject().value("include_usage"_L1).toBool();
    p.chunks = headerInt(request, "x-fake-chunks", 5, 100000);
    p.intervalMs
        = headerInt(request, "x-fake-interval-ms", p.model == "fake-slow" ? 200 : 0, 60000);
    p.kind = p.model == "fake-tools"  ? Kind::Tools
        : p.model == "fake-reasoning" ? Kind::Reasoning
                                      : Kind::Plain;
    p.created = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    p.id = (path == "/v1/completions" ? "cmpl-fake" : "chatcmpl-fake") + QByteArray::number(number);

    if (p.model.startsWith("fake-error-"))
        return magicError(statusSuffix(p.model, "fake-error-"));
    if (p.model.startsWith("fake-html-"))
        return htmlPage(statusSuffix(p.model, "fake-html-"));
    if (p.model == "fake-hang") {
        Reply r;
        r.fault = Reply::Fault::Hang;
        return r;
    }
    if (p.model == "fake-reject-stream-options" && p.hasStreamOptions) {
        return jsonReply(400,
            R"({"error":{"message":"Unrecognized request argument supplied: stream_options",)"
            R"("type":"invalid_request_error","param":"stream_options","code":null}})");
    }
    Reply r = path == "/v1/chat/completions" ? chatReply(p)
        : path == "/v1/completions"          ? completionReply(p)
                                             : embeddingsReply(p, body);
    applyFaultModel(r, p.model);
    return r;
}

Reply echoReply(const ReceivedRequest &request)
{
    return jsonReply(200,
        "{\"method\":" + jsonString(request.method) + ",\"path\":" + jsonString(request.path())
            + ",\"query\":" + jsonString(request.query())
            + ",\"body_bytes\":" + QByteArray::number(request.body.size()) + '}');
}
} // namespace

QByteArray fakeAssistantContent()
{
    return QByteArrayLiteral("Hello from the fake upstream.");
}

QByteArray fakeStreamedContent(int chunks)
{
    QByteArray text;
    for (int i = 0; i < chunks; ++i)
        text += contentPiece(i);
    return text;
}

Reply openAiReply(const ReceivedRequest &request)
{
    const qint64 number = ++g_counter;
    const QByteArray path = request.path();
    Reply r;
    if (request.method == "GET" && path == "/v1/models")
        r = modelsReply();
    else if (request.method == "POST"
        && (path == "/v1/chat/completions" || path == "/v1/completions"
            || path == "/v1/embeddings"))
        r = modelReply(request, path, number);
    else
        r = echoReply(request);
    r.firstByteDelayMs = headerInt(request, "x-fake-first-byte-delay-ms", 0, 600000);
    r.headers.append({ QByteArrayLiteral("x-request-id"), "req_" + QByteArray::number(number) });
    r.headers.append({ QByteArrayLiteral("openai-processing-ms"), QByteArrayLiteral("1") });
    r.headers.append(
        { QByteArrayLiteral("x-ratelimit-limit-requests"), QByteArrayLiteral("10000") });
    return r;
}

} // namespace mygpt::test
