#include "log/ChatTranscript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QString partText(const QJsonObject &part)
{
    const QString type = part.value("type"_L1).toString();
    if (type == "text"_L1 || type == "input_text"_L1)
        return part.value("text"_L1).toString();
    if (type == "image_url"_L1 || type == "input_image"_L1 || type == "image"_L1)
        return u"[image]"_s;
    if (type == "input_audio"_L1 || type == "audio"_L1)
        return u"[audio]"_s;
    if (type == "file"_L1 || type == "input_file"_L1)
        return u"[file]"_s;
    return u'[' + (type.isEmpty() ? u"?"_s : type) + u']';
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (content.isArray()) {
        QStringList parts;
        const QJsonArray array = content.toArray();
        for (const QJsonValue &part : array) {
            if (part.isString())
                parts.append(part.toString());
            else if (part.isObject())
                parts.append(partText(part.toObject()));
        }
        return parts.join(u' ');
    }
    if (content.isObject())
        return QString::fromUtf8(QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString toolCallsText(const QJsonArray &calls)
{
    QStringList texts;
    for (const QJsonValue &call : calls) {
        const QJsonObject function = call.toObject().value("function"_L1).toObject();
        texts.append(u"🔧 "_s + function.value("name"_L1).toString() + u'('
            + function.value("arguments"_L1).toString() + u')');
    }
    return texts.join(u' ');
}

} // namespace

std::optional<QList<TranscriptMessage>> parseTranscript(QByteArrayView body)
{
    if (body.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    const QJsonValue messages = doc.object().value("messages"_L1);
    if (error.error != QJsonParseError::NoError || !messages.isArray())
        return std::nullopt;
    QList<TranscriptMessage> transcript;
    const QJsonArray array = messages.toArray();
    transcript.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject message = value.toObject();
        QString text = contentText(message.value("content"_L1));
        const QJsonArray calls = message.value("tool_calls"_L1).toArray();
        if (!calls.isEmpty())
            text = text.isEmpty() ? toolCallsText(calls) : text + u' ' + toolCallsText(calls);
        transcript.append({ message.value("role"_L1).toString(), text });
    }
    return transcript;
}

} // namespace mygpt
