#include "viewer/CurlCommand.h"

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

namespace {

QByteArray headerValue(const HeaderPairs &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const ExchangeRecord &record, const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QString origin = url.toString(QUrl::FullyEncoded);
    QStringList lines;
    QString first = u"curl -sS"_s;
    if (record.stream)
        first += u" -N"_s; // print events as they come
    if (record.method != "GET" && !(record.method == "POST" && !record.requestBody.isEmpty()))
        first += u" -X "_s + QString::fromLatin1(record.method);
    lines.append(first + u' ' + shellQuote(origin + QString::fromLatin1(record.path)));
    // Only what shapes the answer; the client's own headers (user agent, cookies) stay out.
    const QByteArray type = headerValue(record.requestHeaders, "content-type");
    if (!record.requestBody.isEmpty())
        lines.append(u"-H "_s
            + shellQuote(u"Content-Type: "_s
                + (type.isEmpty() ? u"application/json"_s : QString::fromLatin1(type))));
    const QByteArray accept = headerValue(record.requestHeaders, "accept");
    if (!accept.isEmpty() && accept != "*/*")
        lines.append(u"-H "_s + shellQuote(u"Accept: "_s + QString::fromLatin1(accept)));
    lines.append(u"-H \"Authorization: Bearer $"_s + curlKeyVariable.toString() + u'"');
    if (!record.requestBody.isEmpty())
        lines.append(u"--data-raw "_s + shellQuote(QString::fromUtf8(record.requestBody)));
    return lines.join(u" \\\n  "_s);
}

} // namespace mygpt::viewer
