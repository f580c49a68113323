#include "proxy/ChatRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

std::optional<ApiError> parseChatRequest(const QByteArray &body, ChatRequest *out)
{
    if (body.trimmed().isEmpty())
        return ApiError::badRequest(u"The request body is empty; expected a JSON object."_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError::badRequest(u"The request body is not valid JSON: %1 at offset %2."_s.arg(
                                            parseError.errorString())
                                            .arg(parseError.offset));
    }
    if (!document.isObject())
        return ApiError::badRequest(u"The request body must be a JSON object."_s);
    const QJsonObject object = document.object();
    const QJsonValue model = object.value(u"model"_s);
    if (model.isUndefined() || model.isNull())
        return ApiError::badRequest(u"Missing required parameter: 'model'."_s, u"model"_s,
                                    u"missing_required_parameter"_s);
    if (!model.isString() || model.toString().isEmpty())
        return ApiError::badRequest(u"'model' must be a non-empty string."_s, u"model"_s,
                                    u"invalid_type"_s);
    const QJsonValue messages = object.value(u"messages"_s);
    if (messages.isUndefined() || messages.isNull())
        return ApiError::badRequest(u"Missing required parameter: 'messages'."_s, u"messages"_s,
                                    u"missing_required_parameter"_s);
    if (!messages.isArray())
        return ApiError::badRequest(u"'messages' must be an array."_s, u"messages"_s,
                                    u"invalid_type"_s);
    const QJsonValue stream = object.value(u"stream"_s);
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        return ApiError::badRequest(u"'stream' must be a boolean."_s, u"stream"_s,
                                    u"invalid_type"_s);
    if (out) {
        out->model = model.toString();
        out->stream = stream.toBool(false);
        const QJsonValue streamOptions = object.value(u"stream_options"_s);
        out->hasStreamOptions = !streamOptions.isUndefined();
        out->includeUsage
            = streamOptions.toObject().value(u"include_usage"_s).toBool(false);
    }
    return std::nullopt;
}

QString modelOf(const QByteArray &body)
{
    if (!body.trimmed().startsWith('{'))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(u"model"_s).toString();
}

} // namespace mygpt
