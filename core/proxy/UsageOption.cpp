#include "proxy/UsageOption.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// `body` is a JSON object without stream_options: the option goes after its opening brace.
QByteArray insertedAfterBrace(const QByteArray &body)
{
    const qsizetype brace = body.indexOf('{');
    const QByteArray rest = body.mid(brace + 1).trimmed();
    const QByteArray separator = rest.startsWith('}') ? QByteArray() : QByteArray(",");
    return body.left(brace + 1) + R"("stream_options":{"include_usage":true})" + separator
            + body.mid(brace + 1);
}

} // namespace

QByteArray withIncludeUsage(const QByteArray &body, bool hasStreamOptions)
{
    return hasStreamOptions ? withIncludeUsage(body) : insertedAfterBrace(body);
}

QByteArray withIncludeUsage(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    QJsonObject object = document.object();
    if (!object.contains(u"stream_options"_s))
        return insertedAfterBrace(body);
    QJsonObject options = object.value(u"stream_options"_s).toObject();
    options.insert(u"include_usage"_s, true);
    object.insert(u"stream_options"_s, options);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool rejectsStreamOptions(int status, const QByteArray &errorBody)
{
    return status == 400 && errorBody.contains("stream_options");
}

} // namespace mygpt
