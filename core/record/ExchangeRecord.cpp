#include "record/ExchangeRecord.h"

using namespace Qt::StringLiterals;

namespace mygpt {

StatusClass ExchangeRecord::statusClass() const
{
    if (cancelled)
        return StatusClass::Cancelled;
    if (status >= 500 || status == 0)
        return StatusClass::UpstreamError;
    if (status >= 400)
        return StatusClass::ClientError;
    return StatusClass::Ok;
}

QByteArray ExchangeRecord::endpoint() const
{
    QByteArray p = path;
    if (const qsizetype q = p.indexOf('?'); q >= 0)
        p.truncate(q);
    while (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    return p;
}

double ExchangeRecord::tokensPerSecond() const
{
    const qint64 tokens = answer.usage.completionTokens;
    if (tokens <= 0 || durationMs < 0)
        return -1;
    const qint64 start = firstTokenMs >= 0 ? firstTokenMs : (firstByteMs >= 0 ? firstByteMs : 0);
    const qint64 generation = durationMs - start;
    return generation > 0 ? double(tokens) * 1000.0 / double(generation) : -1;
}

QByteArray ContentPolicy::apply(const QByteArray &text) const
{
    switch (level) {
    case Level::Full:
        return text;
    case Level::MetadataOnly:
        return {};
    case Level::Truncated:
        return apply(QString::fromUtf8(text)).toUtf8();
    }
    return text;
}

QString ContentPolicy::apply(const QString &text) const
{
    switch (level) {
    case Level::Full:
        return text;
    case Level::MetadataOnly:
        return {};
    case Level::Truncated:
        if (text.size() <= maxChars)
            return text;
        // Never cut a surrogate pair in half.
        qsizetype cut = maxChars;
        if (cut > 0 && text.at(cut - 1).isHighSurrogate())
            --cut;
        return text.left(cut) + u"…"_s;
    }
    return text;
}

bool ContentPolicy::parse(QStringView text, ContentPolicy *out)
{
    const QString t = text.trimmed().toString().toLower();
    ContentPolicy policy;
    if (t == u"full"_s) {
        policy.level = Level::Full;
    } else if (t == u"metadata"_s || t == u"none"_s) {
        policy.level = Level::MetadataOnly;
    } else {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || n <= 0)
            return false;
        policy.level = Level::Truncated;
        policy.maxChars = n;
    }
    if (out)
        *out = policy;
    return true;
}

QString ContentPolicy::toString() const
{
    switch (level) {
    case Level::Full:
        return u"full"_s;
    case Level::MetadataOnly:
        return u"metadata"_s;
    case Level::Truncated:
        return QString::number(maxChars);
    }
    return u"full"_s;
}

bool isSecretHeader(QByteArrayView name)
{
    for (const char *secret : { "authorization", "proxy-authorization", "x-api-key", "api-key",
                                "cookie", "set-cookie" }) {
        if (name.compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeaderPairs maskSecrets(const HeaderPairs &headers)
{
    HeaderPairs masked = headers;
    for (auto &[name, value] : masked) {
        if (!isSecretHeader(name))
            continue;
        const qsizetype space = value.indexOf(' ');
        const bool hasScheme = space > 0 && name.compare("authorization", Qt::CaseInsensitive) == 0;
        value = hasScheme ? value.left(space) + " ***" : QByteArray("***");
    }
    return masked;
}

} // namespace mygpt
