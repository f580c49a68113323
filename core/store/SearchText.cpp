#include "store/SearchText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::searchtext {

namespace {

void add(QStringList &out, const QString &text)
{
    if (!text.isEmpty())
        out.append(text);
}

// Strings, arrays of strings, and parts ({"text":..} / {"content":..}) nested a few levels:
// covers chat messages, Responses input items and completion prompts.
void collect(QStringList &out, const QJsonValue &value, int depth = 0)
{
    if (depth > 4)
        return;
    if (value.isString()) {
        add(out, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            collect(out, v, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        collect(out, o.value(u"text"_s), depth + 1);
        collect(out, o.value(u"content"_s), depth + 1);
    }
}

QJsonObject objectOf(const QByteArray &body)
{
    if (body.isEmpty() || !body.trimmed().startsWith('{'))
        return {};
    return QJsonDocument::fromJson(body).object();
}

void collectMessage(QStringList &out, const QJsonObject &message)
{
    collect(out, message.value(u"content"_s));
    const QJsonValue reasoning = message.value(u"reasoning_content"_s);
    collect(out, reasoning.isUndefined() ? message.value(u"reasoning"_s) : reasoning);
    const QJsonArray calls = message.value(u"tool_calls"_s).toArray();
    for (const QJsonValue &c : calls) {
        const QJsonObject function = c.toObject().value(u"function"_s).toObject();
        add(out, function.value(u"name"_s).toString());
        add(out, function.value(u"arguments"_s).toString());
    }
}

QString bodyAnswerText(const QByteArray &body)
{
    const QJsonObject o = objectOf(body);
    if (o.isEmpty())
        return QString::fromUtf8(body);
    QStringList out;
    const QJsonArray choices = o.value(u"choices"_s).toArray();
    for (const QJsonValue &c : choices) {
        collectMessage(out, c.toObject().value(u"message"_s).toObject());
        add(out, c.toObject().value(u"text"_s).toString());
    }
    // Responses API: output[].content[].text, or the convenience output_text.
    const QJsonArray output = o.value(u"output"_s).toArray();
    for (const QJsonValue &item : output)
        collect(out, item.toObject().value(u"content"_s));
    if (out.isEmpty())
        add(out, o.value(u"output_text"_s).toString());
    const QJsonValue error = o.value(u"error"_s);
    add(out, error.isObject() ? error.toObject().value(u"message"_s).toString() : error.toString());
    return out.join(u'\n');
}

} // namespace

QString capped(const QString &text)
{
    if (text.size() <= maxIndexedChars)
        return text;
    const qsizetype head = maxIndexedChars / 8;
    qsizetype tailFrom = text.size() - (maxIndexedChars - head - 1);
    // Never start or end on half a surrogate pair.
    qsizetype headEnd = head;
    if (text.at(headEnd - 1).isHighSurrogate())
        --headEnd;
    if (text.at(tailFrom).isLowSurrogate())
        ++tailFrom;
    return text.left(headEnd) + u'\n' + text.mid(tailFrom);
}

QString promptText(const QByteArray &requestBody)
{
    const QJsonObject o = objectOf(requestBody);
    if (o.isEmpty())
        return capped(QString::fromUtf8(requestBody));
    QStringList out;
    collect(out, o.value(u"instructions"_s));
    collect(out, o.value(u"system"_s));
    const QJsonArray messages = o.value(u"messages"_s).toArray();
    for (const QJsonValue &m : messages)
        collect(out, m.toObject().value(u"content"_s));
    collect(out, o.value(u"input"_s));
    collect(out, o.value(u"prompt"_s));
    return capped(out.join(u'\n'));
}

QString answerText(const ExchangeRecord &record)
{
    const AssembledAnswer &a = record.answer;
    QStringList out;
    add(out, a.content);
    add(out, a.reasoning);
    for (const ToolCall &call : a.toolCalls) {
        add(out, call.name);
        add(out, call.arguments);
    }
    if (out.isEmpty() && !record.responseBody.isEmpty())
        add(out, bodyAnswerText(record.responseBody));
    return capped(out.join(u'\n'));
}

} // namespace mygpt::searchtext
