// Streaming (SSE) answers of the OpenAI script: one `data: {json}\n\n` event per HTTP chunk.
#include "json_bytes.h"
#include "openai_internal.h"

namespace mygpt::test::openai {

QByteArray contentPiece(int index)
{
    static const QByteArray words[] = { QByteArrayLiteral("Hello"), QByteArrayLiteral(" from"),
        QByteArrayLiteral(" the"), QByteArrayLiteral(" fake"), QByteArrayLiteral(" upstream.") };
    const QByteArray &word = words[index % 5];
    return index >= 5 && index % 5 == 0 ? ' ' + word : word; // keep sentences apart
}

QByteArray usageJson(int completionTokens)
{
    return "{\"prompt_tokens\":" + QByteArray::number(kPromptTokens)
        + ",\"completion_tokens\":" + QByteArray::number(completionTokens)
        + ",\"total_tokens\":" + QByteArray::number(kPromptTokens + completionTokens) + '}';
}

QByteArray toolCallName()
{
    return QByteArrayLiteral("get_weather");
}

QList<QByteArray> toolArgumentPieces()
{
    return { QByteArrayLiteral(R"({"location":)"), QByteArrayLiteral(R"( "Paris",)"),
        QByteArrayLiteral(R"( "unit":)"), QByteArrayLiteral(R"( "celsius"})") };
}

QList<QByteArray> reasoningPieces()
{
    return { QByteArrayLiteral("Let me think."), QByteArrayLiteral(" The user wants a greeting."),
        QByteArrayLiteral(" I will say hello.") };
}

namespace {
QByteArray chatChunk(const Params &p, QByteArrayView delta, QByteArrayView finishReason)
{
    QByteArray json = "{\"id\":\"" + p.id + "\",\"object\":\"chat.completion.chunk\",\"created\":"
        + p.created + ",\"model\":" + p.modelJson
        + ",\"system_fingerprint\":\"fp_fake\",\"choices\":[{\"index\":0,\"delta\":" + delta
        + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]";
    if (p.includeUsage)
        json += ",\"usage\":null"; // as OpenAI does on every chunk but the last
    return json + '}';
}

QByteArray usageChunk(const Params &p, QByteArrayView object, int completionTokens)
{
    return "{\"id\":\"" + p.id + "\",\"object\":\"" + object + "\",\"created\":" + p.created
        + ",\"model\":" + p.modelJson
        + ",\"system_fingerprint\":\"fp_fake\",\"choices\":[],\"usage\":"
        + usageJson(completionTokens) + '}';
}

Reply finish(const Params &p, QList<QByteArray> payloads, QByteArrayView object, int tokens)
{
    if (p.includeUsage)
        payloads.append(usageChunk(p, object, tokens));
    payloads.append(QByteArrayLiteral("[DONE]"));
    return sseReply(payloads, p.intervalMs);
}
} // namespace

Reply streamChat(const Params &p)
{
    QList<QByteArray> payloads;
    int tokens = 0;
    if (p.kind == Kind::Tools) {
        payloads.append(chatChunk(p,
            R"({"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_fake_1",)"
            R"("type":"function","function":{"name":"get_weather","arguments":""}}]})",
            "null"));
        for (const QByteArray &piece : toolArgumentPieces()) {
            payloads.append(chatChunk(p,
                QByteArray("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
                    + jsonString(piece) + "}}]}"),
                "null"));
            ++tokens;
        }
        payloads.append(chatChunk(p, "{}", "\"tool_calls\""));
        return finish(p, payloads, "chat.completion.chunk", tokens);
    }

    payloads.append(chatChunk(p, R"({"role":"assistant","content":"","refusal":null})", "null"));
    if (p.kind == Kind::Reasoning) {
        for (const QByteArray &piece : reasoningPieces()) {
            payloads.append(chatChunk(
                p, QByteArray("{\"reasoning_content\":" + jsonString(piece) + '}'), "null"));
            ++tokens;
        }
    }
    for (int i = 0; i < p.chunks; ++i) {
        payloads.append(
            chatChunk(p, QByteArray("{\"content\":" + jsonString(contentPiece(i)) + '}'), "null"));
        ++tokens;
    }
    payloads.append(chatChunk(p, "{}", "\"stop\""));
    return finish(p, payloads, "chat.completion.chunk", tokens);
}

Reply streamCompletion(const Params &p)
{
    const auto chunk = [&p](QByteArrayView text, QByteArrayView finishReason) -> QByteArray {
        return "{\"id\":\"" + p.id + "\",\"object\":\"text_completion\",\"created\":" + p.created
            + ",\"choices\":[{\"text\":" + jsonString(text)
            + ",\"index\":0,\"logprobs\":null,\"finish_reason\":" + finishReason
            + "}],\"model\":" + p.modelJson + '}';
    };
    QList<QByteArray> payloads;
    for (int i = 0; i < p.chunks; ++i)
        payloads.append(chunk(contentPiece(i), "null"));
    payloads.append(chunk("", "\"stop\""));
    return finish(p, payloads, "text_completion", p.chunks);
}

} // namespace mygpt::test::openai
