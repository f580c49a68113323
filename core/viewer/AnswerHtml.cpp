// The Answer page: what came back, error first.
#include "stream/AnswerJson.h"
#include "viewer/CellText.h"
#include "viewer/DetailHtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::viewer::detailhtml {

namespace {

QString para(const QString &cls, const QString &html)
{
    return u"<p class=\"%1\">%2</p>"_s.arg(cls, html);
}

// The upstream's own words: error.message of a JSON error body.
QString upstreamMessage(const ExchangeRecord &record)
{
    const QJsonDocument doc = QJsonDocument::fromJson(record.responseBody);
    if (doc.isObject() && doc.object().contains(u"error"_s))
        return answerjson::errorMessageOf(doc.object().value(u"error"_s));
    return {};
}

QString errorHtml(const ExchangeRecord &record)
{
    QStringList lines;
    if (record.status >= 400)
        lines.append(QCoreApplication::translate("DetailHtml", "HTTP %1").arg(record.status));
    if (!record.error.isEmpty())
        lines.append(record.error);
    const QString upstream = upstreamMessage(record);
    if (!upstream.isEmpty() && !record.error.contains(upstream))
        lines.append(QCoreApplication::translate("DetailHtml", "Upstream: %1").arg(upstream));
    if (lines.isEmpty())
        return {};
    return u"<table class=\"msg error\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>"
           "<p class=\"role\">%1</p>%2</td></tr></table>"_s.arg(
               QCoreApplication::translate("DetailHtml", "Error"), text(lines.join(u'\n')));
}

QString toolCallsHtml(const QList<ToolCall> &calls)
{
    QString html;
    for (const ToolCall &call : calls) {
        const QJsonDocument args = QJsonDocument::fromJson(call.arguments.toUtf8());
        const QString pretty = args.isNull()
            ? call.arguments
            : QString::fromUtf8(args.toJson(QJsonDocument::Indented)).trimmed();
        QString head = u"🔧 "_s + call.name.toHtmlEscaped();
        if (!call.id.isEmpty())
            head += u" <span class=\"meta\">"_s + call.id.toHtmlEscaped() + u"</span>"_s;
        html += para(u"toolcall"_s, head) + u"<pre class=\"code\">"_s + pretty.toHtmlEscaped()
            + u"</pre>"_s;
    }
    return html;
}

QString usageLine(const TokenUsage &u)
{
    if (!u.isKnown())
        return {};
    QStringList parts;
    parts.append(QCoreApplication::translate("DetailHtml", "%1 in")
                     .arg(celltext::count(qMax<qint64>(0, u.promptTokens))));
    parts.append(QCoreApplication::translate("DetailHtml", "%1 out")
                     .arg(celltext::count(qMax<qint64>(0, u.completionTokens))));
    if (u.reasoningTokens > 0)
        parts.append(QCoreApplication::translate("DetailHtml", "%1 reasoning")
                         .arg(celltext::count(u.reasoningTokens)));
    if (u.cachedPromptTokens > 0)
        parts.append(QCoreApplication::translate("DetailHtml", "%1 cached")
                         .arg(celltext::count(u.cachedPromptTokens)));
    return QCoreApplication::translate("DetailHtml", "Tokens: %1").arg(parts.join(u" · "_s));
}

// Answers the assembler does not know (models, embeddings): a line about the body.
QString otherBody(const ExchangeRecord &record)
{
    const QJsonDocument doc = QJsonDocument::fromJson(record.responseBody);
    const QJsonArray data = doc.object().value(u"data"_s).toArray();
    if (doc.object().value(u"object"_s).toString() == u"list"_s)
        return para(u"note"_s,
            QCoreApplication::translate(
                "DetailHtml", "A list of %1 item(s); the Raw tab shows them.")
                .arg(data.size()));
    if (record.responseBody.isEmpty() && record.rawEvents.isEmpty())
        return para(
            u"note"_s, QCoreApplication::translate("DetailHtml", "No answer was recorded."));
    return para(
        u"note"_s, QCoreApplication::translate("DetailHtml", "The Raw tab shows the response."));
}

} // namespace

QString answer(const ExchangeRecord &record)
{
    AssembledAnswer a = record.answer;
    if (a == AssembledAnswer {} && !record.responseBody.isEmpty())
        a = answerFromJson(record.responseBody);
    QString html = errorHtml(record);
    if (record.inFlight)
        html += para(u"note"_s,
            QCoreApplication::translate(
                "DetailHtml", "Still streaming: this page follows the answer as it arrives."));
    if (record.cancelled)
        html += para(u"note"_s,
            QCoreApplication::translate(
                "DetailHtml", "The client went away before the end: the answer is partial."));
    const bool hasAnswer = !a.content.isEmpty() || !a.reasoning.isEmpty() || !a.toolCalls.isEmpty();
    if (hasAnswer) {
        QString body;
        if (!a.reasoning.isEmpty())
            body += para(u"role"_s, QCoreApplication::translate("DetailHtml", "Reasoning"))
                + u"<div class=\"reasoning\">"_s + text(a.reasoning) + u"</div>"_s;
        if (!a.content.isEmpty())
            body += (a.reasoning.isEmpty()
                            ? QString()
                            : para(u"role"_s, QCoreApplication::translate("DetailHtml", "Answer")))
                + text(a.content);
        body += toolCallsHtml(a.toolCalls);
        html
            += u"<table class=\"msg assistant\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
               "<tr><td>"_s
            + body + u"</td></tr></table>"_s;
    } else if (html.isEmpty() || record.status < 400) {
        html += otherBody(record);
    }
    QStringList meta;
    if (!a.finishReason.isEmpty())
        meta.append(QCoreApplication::translate("DetailHtml", "Finish reason: %1")
                        .arg(a.finishReason.toHtmlEscaped()));
    const QString usage = usageLine(a.usage.isKnown() ? a.usage : record.answer.usage);
    if (!usage.isEmpty())
        meta.append(usage);
    if (!meta.isEmpty())
        html += para(u"meta"_s, meta.join(u" · "_s));
    return html;
}

} // namespace mygpt::viewer::detailhtml
