// The Headers and Timing pages.
#include "viewer/CellText.h"
#include "viewer/DetailHtml.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mygpt::viewer::detailhtml {

namespace {

QString headerTable(const QString &title, const HeaderPairs &headers)
{
    QString html = u"<p class=\"role\">"_s + title.toHtmlEscaped() + u"</p>"_s;
    if (headers.isEmpty())
        return html + u"<p class=\"note\">"_s
            + QCoreApplication::translate("DetailHtml", "None recorded.") + u"</p>"_s;
    html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[name, value] : maskSecrets(headers)) {
        html += u"<tr><td class=\"hname\">"_s + QString::fromLatin1(name).toHtmlEscaped()
            + u"</td><td class=\"hvalue\">"_s + QString::fromUtf8(value).toHtmlEscaped()
            + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

QString row(const QString &name, const QString &value)
{
    return value.isEmpty() ? QString()
                           : u"<tr><td class=\"hname\">"_s + name.toHtmlEscaped()
            + u"</td><td class=\"hvalue\">"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

QString tokens(qint64 n)
{
    return n < 0 ? QString() : celltext::count(n);
}

} // namespace

QString headers(const ExchangeRecord &record)
{
    return headerTable(QCoreApplication::translate("DetailHtml", "Request (from the client)"),
               record.requestHeaders)
        + headerTable(QCoreApplication::translate("DetailHtml", "Response (to the client)"),
            record.responseHeaders);
}

QString timing(const ExchangeRecord &r)
{
    const TokenUsage &u = r.answer.usage;
    const double tps = r.tokensPerSecond();
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    html += row(QCoreApplication::translate("DetailHtml", "Received"),
        r.received.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    html += row(QCoreApplication::translate("DetailHtml", "Upstream first byte"),
        celltext::duration(r.firstByteMs));
    html += row(QCoreApplication::translate("DetailHtml", "First token"),
        celltext::duration(r.firstTokenMs));
    html += row(QCoreApplication::translate("DetailHtml", "Done"),
        r.inFlight ? QCoreApplication::translate("DetailHtml", "still streaming")
                   : celltext::duration(r.durationMs));
    html += row(QCoreApplication::translate("DetailHtml", "Tokens per second"),
        tps < 0 ? QString() : QLocale().toString(tps, 'f', 1));
    html += row(QCoreApplication::translate("DetailHtml", "Prompt tokens"), tokens(u.promptTokens));
    html += row(QCoreApplication::translate("DetailHtml", "Cached prompt tokens"),
        tokens(u.cachedPromptTokens));
    html += row(
        QCoreApplication::translate("DetailHtml", "Completion tokens"), tokens(u.completionTokens));
    html += row(
        QCoreApplication::translate("DetailHtml", "Reasoning tokens"), tokens(u.reasoningTokens));
    html += row(QCoreApplication::translate("DetailHtml", "Total tokens"), tokens(u.totalTokens));
    html += row(QCoreApplication::translate("DetailHtml", "Request body"),
        QLocale().formattedDataSize(r.bytesIn));
    html += row(QCoreApplication::translate("DetailHtml", "Response body"),
        QLocale().formattedDataSize(r.bytesOut));
    html += row(QCoreApplication::translate("DetailHtml", "Client"), r.clientAddress);
    html += row(QCoreApplication::translate("DetailHtml", "User agent"), r.userAgent);
    html += row(QCoreApplication::translate("DetailHtml", "Upstream request ID"),
        QString::fromLatin1(r.upstreamRequestId));
    return html + u"</table>"_s;
}

} // namespace mygpt::viewer::detailhtml
