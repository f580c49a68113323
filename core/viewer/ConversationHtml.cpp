// The Conversation page: the request body read as a chat.
#include "stream/AnswerJson.h"
#include "viewer/DetailHtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mygpt::viewer::detailhtml {

namespace {

QString roleTitle(const QString &role)
{
    if (role == u"system"_s)
        return QCoreApplication::translate("DetailHtml", "System");
    if (role == u"developer"_s)
        return QCoreApplication::translate("DetailHtml", "Developer");
    if (role == u"user"_s)
        return QCoreApplication::translate("DetailHtml", "User");
    if (role == u"assistant"_s)
        return QCoreApplication::translate("DetailHtml", "Assistant");
    if (role == u"tool"_s || role == u"function"_s)
        return QCoreApplication::translate("DetailHtml", "Tool result");
    return role.toHtmlEscaped();
}

QString roleClass(const QString &role)
{
    if (role == u"developer"_s)
        return u"system"_s;
    if (role == u"function"_s)
        return u"tool"_s;
    static const QStringList known = { u"system"_s, u"user"_s, u"assistant"_s, u"tool"_s };
    return known.contains(role) ? role : u"user"_s;
}

// A placeholder instead of the bytes: "[image: https://…]" or "[image: image/png, 120 KB]".
QString placeholder(const QString &kind, const QString &url)
{
    QString what;
    if (url.startsWith(u"data:"_s)) {
        const QString mime = url.mid(5, url.indexOf(u';') - 5);
        what = QCoreApplication::translate("DetailHtml", "%1, %2")
                   .arg(mime, QLocale().formattedDataSize(url.size() * 3 / 4));
    } else if (!url.isEmpty()) {
        what = url.size() > 120 ? url.left(117) + u'…' : url;
    }
    const QString label = what.isEmpty() ? u"[%1]"_s.arg(kind) : u"[%1: %2]"_s.arg(kind, what);
    return u"<p class=\"image\">"_s + label.toHtmlEscaped() + u"</p>"_s;
}

QString prettyArguments(const QString &arguments)
{
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
    return doc.isNull() ? arguments
                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString partsHtml(const QJsonValue &content)
{
    if (content.isString())
        return text(content.toString());
    QString html;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject part = v.toObject();
        const QString type = part.value(u"type"_s).toString();
        if (type == u"text"_s || type == u"input_text"_s || type == u"output_text"_s)
            html += text(part.value(u"text"_s).toString());
        else if (type == u"image_url"_s || type == u"input_image"_s) {
            const QJsonValue image = part.value(u"image_url"_s);
            html += placeholder(QCoreApplication::translate("DetailHtml", "image"),
                image.isObject() ? image.toObject().value(u"url"_s).toString() : image.toString());
        } else if (type == u"input_audio"_s)
            html += placeholder(QCoreApplication::translate("DetailHtml", "audio"), {});
        else if (type == u"file"_s || type == u"input_file"_s)
            html += placeholder(QCoreApplication::translate("DetailHtml", "file"),
                part.value(u"file"_s).toObject().value(u"filename"_s).toString());
        else if (!type.isEmpty())
            html += placeholder(type, {});
    }
    return html;
}

QString toolCallHtml(const QString &name, const QString &id, const QString &arguments)
{
    QString head = u"🔧 "_s + name.toHtmlEscaped();
    if (!id.isEmpty())
        head += u" <span class=\"meta\">"_s + id.toHtmlEscaped() + u"</span>"_s;
    return u"<p class=\"toolcall\">"_s + head + u"</p><pre class=\"code\">"_s
        + prettyArguments(arguments).toHtmlEscaped() + u"</pre>"_s;
}

QString messageHtml(const QJsonObject &m)
{
    const QString role = m.value(u"role"_s).toString();
    QString title = roleTitle(role);
    if (!m.value(u"name"_s).toString().isEmpty())
        title += u" · "_s + m.value(u"name"_s).toString().toHtmlEscaped();
    if (!m.value(u"tool_call_id"_s).toString().isEmpty())
        title += u" · "_s + m.value(u"tool_call_id"_s).toString().toHtmlEscaped();
    QString body = partsHtml(m.value(u"content"_s));
    const QString reasoning = answerjson::reasoningOf(m);
    if (!reasoning.isEmpty())
        body = u"<p class=\"reasoning\">"_s + text(reasoning) + u"</p>"_s + body;
    for (const QJsonValue &v : m.value(u"tool_calls"_s).toArray()) {
        const QJsonObject call = v.toObject();
        const QJsonObject function = call.value(u"function"_s).toObject();
        const QJsonValue args = function.value(u"arguments"_s);
        body += toolCallHtml(function.value(u"name"_s).toString(), call.value(u"id"_s).toString(),
            args.isString() ? args.toString()
                            : QString::fromUtf8(QJsonDocument(args.toObject()).toJson()));
    }
    return u"<table class=\"msg %1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>"
           "<p class=\"role\">%2</p>%3</td></tr></table>"_s.arg(roleClass(role), title, body);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// The request's settings worth a glance: model, stream, sampling, tools offered.
QString metaHtml(const QJsonObject &body)
{
    QStringList items;
    if (body.contains(u"model"_s))
        items.append(body.value(u"model"_s).toString().toHtmlEscaped());
    if (body.value(u"stream"_s).toBool())
        items.append(QCoreApplication::translate("DetailHtml", "streamed"));
    for (const QString &key : { u"temperature"_s, u"top_p"_s, u"max_tokens"_s,
             u"max_completion_tokens"_s, u"reasoning_effort"_s }) {
        const QJsonValue v = body.value(key);
        if (!v.isUndefined() && !v.isNull())
            items.append(key + u' ' + scalarText(v).toHtmlEscaped());
    }
    QStringList tools;
    for (const QJsonValue &v : body.value(u"tools"_s).toArray())
        tools.append(v.toObject().value(u"function"_s).toObject().value(u"name"_s).toString());
    if (!tools.isEmpty())
        items.append(QCoreApplication::translate("DetailHtml", "tools: %1")
                         .arg(tools.join(u", "_s).toHtmlEscaped()));
    return items.isEmpty() ? QString() : u"<p class=\"meta\">"_s + items.join(u" · "_s) + u"</p>"_s;
}

QString note(const QString &what)
{
    return u"<p class=\"note\">"_s + what.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

QString text(const QString &plain)
{
    return u"<p class=\"text\">"_s + plain.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

QString conversation(const ExchangeRecord &record)
{
    if (record.requestBody.isEmpty())
        return note(record.method == "GET"
                ? QCoreApplication::translate("DetailHtml", "This request has no body.")
                : QCoreApplication::translate("DetailHtml",
                    "The request body was not recorded (content "
                    "logging is off or reduced)."));
    const QJsonDocument doc = QJsonDocument::fromJson(record.requestBody);
    if (!doc.isObject())
        return note(QCoreApplication::translate("DetailHtml",
                   "The request body is not JSON, or was cut short by the content logging "
                   "setting:"))
            + text(QString::fromUtf8(record.requestBody.left(20'000)));
    const QJsonObject body = doc.object();
    QString html = metaHtml(body);
    if (body.value(u"instructions"_s).isString())
        html += messageHtml(
            { { u"role"_s, u"system"_s }, { u"content"_s, body.value(u"instructions"_s) } });
    const QJsonValue messages
        = body.contains(u"messages"_s) ? body.value(u"messages"_s) : body.value(u"input"_s);
    if (messages.isArray() && messages.toArray().first().isObject()) {
        for (const QJsonValue &m : messages.toArray())
            html += messageHtml(m.toObject());
        return html;
    }
    // /v1/completions (prompt), /v1/embeddings and /v1/responses (input as text).
    const QJsonValue prompt = body.contains(u"prompt"_s) ? body.value(u"prompt"_s) : messages;
    if (prompt.isString() || prompt.isArray()) {
        QStringList parts;
        if (prompt.isString())
            parts.append(prompt.toString());
        for (const QJsonValue &p : prompt.toArray())
            parts.append(scalarText(p));
        return html
            + messageHtml({ { u"role"_s, u"user"_s }, { u"content"_s, parts.join(u"\n\n"_s) } });
    }
    return html
        + note(QCoreApplication::translate(
            "DetailHtml", "This request has no messages; the Raw tab shows its body."));
}

} // namespace mygpt::viewer::detailhtml
