#include "http_response.h"

#include <QJsonDocument>

namespace mygpt::test {

namespace {
// Fills the head; returns the offset past it, or -1 while incomplete.
qsizetype parseHead(QByteArrayView raw, qsizetype offset, HttpResponse &r)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n", offset);
    if (headEnd < 0)
        return -1;
    const QByteArrayView head = raw.sliced(offset, headEnd - offset);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView statusLine = head.first(lineEnd);
    const qsizetype sp1 = statusLine.indexOf(' ');
    bool ok = false;
    r.status = sp1 > 0
        ? statusLine.sliced(sp1 + 1, qMin<qsizetype>(3, statusLine.size() - sp1 - 1)).toInt(&ok)
        : 0;
    if (!ok || !statusLine.startsWith("HTTP/1.")) {
        r.malformed = true;
        return -1;
    }
    r.reason
        = sp1 + 5 < statusLine.size() ? statusLine.sliced(sp1 + 5).toByteArray() : QByteArray();
    r.headers.clear();
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            r.headers.append({ line.first(colon).trimmed().toByteArray(),
                line.sliced(colon + 1).trimmed().toByteArray() });
        }
        pos = end + 2;
    }
    r.headComplete = true;
    return headEnd + 4;
}

void parseChunked(QByteArrayView raw, qsizetype pos, HttpResponse &r)
{
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return;
        QByteArrayView sizeField = raw.sliced(pos, lineEnd - pos);
        if (const qsizetype semi = sizeField.indexOf(';'); semi >= 0)
            sizeField = sizeField.first(semi);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            r.malformed = true;
            return;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored) up to the empty line.
            for (;;) {
                const qsizetype end = raw.indexOf("\r\n", pos);
                if (end < 0)
                    return;
                const bool last = end == pos;
                pos = end + 2;
                if (last) {
                    r.complete = true;
                    r.end = pos;
                    return;
                }
            }
        }
        if (raw.size() - pos < size + 2)
            return;
        const QByteArrayView data = raw.sliced(pos, size);
        r.chunks.append(data.toByteArray());
        r.body.append(data);
        pos += size + 2;
        r.chunkEnds.append(pos);
    }
}
} // namespace

HttpResponse parseHttpResponse(
    QByteArrayView raw, qsizetype offset, bool peerClosed, bool requestWasHead)
{
    HttpResponse r;
    qsizetype pos = offset;
    for (;;) {
        r = HttpResponse();
        pos = parseHead(raw, pos, r);
        if (pos < 0)
            return r;
        if (r.status >= 200 || r.status == 101)
            break; // 100 Continue and friends: the real response follows
    }
    r.chunked = r.header("transfer-encoding").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = r.header("content-length").toLongLong(&ok);
    r.contentLength = ok ? length : -1;
    if (requestWasHead || r.status == 204 || r.status == 304) {
        r.complete = true;
        r.end = pos;
    } else if (r.chunked) {
        parseChunked(raw, pos, r);
    } else if (r.contentLength >= 0) {
        const qsizetype available = qMin<qsizetype>(raw.size() - pos, r.contentLength);
        r.body = raw.sliced(pos, available).toByteArray();
        r.complete = available == r.contentLength;
        r.end = pos + available;
    } else {
        r.body = raw.sliced(pos).toByteArray();
        r.complete = peerClosed;
        r.end = raw.size();
    }
    return r;
}

QList<QByteArray> sseDataPayloads(QByteArrayView body)
{
    QList<QByteArray> payloads;
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("data:"))
            payloads.append(line.sliced(5).trimmed().toByteArray());
        pos = end + 1;
    }
    return payloads;
}

QJsonObject errorOf(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1StringView("error")).toObject();
}

bool hasErrorShape(const HttpResponse &r)
{
    using namespace Qt::StringLiterals;
    const QJsonObject error = errorOf(r);
    return r.header("content-type").startsWith("application/json")
        && !error.value(u"message"_s).toString().isEmpty() && error.value(u"type"_s).isString()
        && error.contains(u"param"_s) && error.contains(u"code"_s);
}

} // namespace mygpt::test
