// libFuzzer target: a /v1/chat/completions body through the proxy's validation
// (parseChatRequest), the model lookup for the log (modelOf) and the stream usage option
// (withIncludeUsage).
//
// Invariants: a refusal is a 400 in OpenAI's error shape; an accepted body names a non-empty
// model; asking for usage keeps the body a valid request with the same model and stream flag.
#include "FuzzCheck.h"

#include "http/ApiError.h"
#include "proxy/ChatRequest.h"
#include "proxy/UsageOption.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace mygpt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    ChatRequest request;
    const std::optional<ApiError> refusal = parseChatRequest(body, &request);
    const QString model = modelOf(body);
    if (refusal) {
        FUZZ_CHECK(refusal->status == 400);
        FUZZ_CHECK(!refusal->message.isEmpty());
        const QJsonObject error
            = QJsonDocument::fromJson(refusal->toJson()).object().value(u"error"_s).toObject();
        FUZZ_CHECK(error.value(u"message"_s).toString() == refusal->message);
        FUZZ_CHECK(error.value(u"type"_s).isString());
        FUZZ_CHECK(error.contains(u"param"_s) && error.contains(u"code"_s));
        FUZZ_CHECK(refusal->toSseEvent().startsWith("data: "));
        FUZZ_CHECK(refusal->toSseEvent().endsWith("\n\n"));
        return 0;
    }
    FUZZ_CHECK(!request.model.isEmpty());
    FUZZ_CHECK(model == request.model);

    const QByteArray withUsage = withIncludeUsage(body);
    FUZZ_CHECK(!withUsage.isEmpty());
    ChatRequest again;
    FUZZ_CHECK(!parseChatRequest(withUsage, &again));
    FUZZ_CHECK(again.model == request.model);
    FUZZ_CHECK(again.stream == request.stream);
    FUZZ_CHECK(again.includeUsage);
    FUZZ_CHECK(rejectsStreamOptions(400, withUsage));
    // The proxy's path, which knows from the validation whether to parse again.
    FUZZ_CHECK(withIncludeUsage(body, request.hasStreamOptions) == withUsage);
    return 0;
}
