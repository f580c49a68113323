#include "record/ContentRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QJsonValue redactedContent(const QJsonValue &content, const ContentPolicy &policy)
{
    if (content.isString())
        return policy.apply(content.toString());
    if (!content.isArray())
        return content;
    QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject part = parts.at(i).toObject();
        if (part.contains(u"text"_s)) {
            part.insert(u"text"_s, policy.apply(part.value(u"text"_s).toString()));
            parts[i] = part;
        }
    }
    return parts;
}

} // namespace

QByteArray redactedRequestBody(const QByteArray &body, const ContentPolicy &policy)
{
    if (policy.level == ContentPolicy::Level::Full)
        return body;
    if (policy.level == ContentPolicy::Level::MetadataOnly)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return policy.apply(body);
    QJsonObject object = document.object();
    if (object.value(u"messages"_s).isArray()) {
        QJsonArray messages = object.value(u"messages"_s).toArray();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QJsonObject message = messages.at(i).toObject();
            message.insert(u"content"_s, redactedContent(message.value(u"content"_s), policy));
            messages[i] = message;
        }
        object.insert(u"messages"_s, messages);
    }
    for (const QString &key : { u"input"_s, u"prompt"_s }) {
        if (object.contains(key))
            object.insert(key, redactedContent(object.value(key), policy));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ExchangeRecord redacted(ExchangeRecord record, const ContentPolicy &policy)
{
    if (policy.level == ContentPolicy::Level::Full)
        return record;
    record.requestBody = redactedRequestBody(record.requestBody, policy);
    record.responseBody = policy.apply(record.responseBody);
    record.rawEvents = policy.apply(record.rawEvents);
    record.answer.content = policy.apply(record.answer.content);
    record.answer.reasoning = policy.apply(record.answer.reasoning);
    for (ToolCall &call : record.answer.toolCalls)
        call.arguments = policy.apply(call.arguments);
    return record;
}

} // namespace mygpt
