#include "proxy/ApiDocs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(u":/apidocs/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray openApiJson()
{
    QJsonObject document = QJsonDocument::fromJson(resource(u"openapi.json"_s)).object();
    QJsonObject info = document.value(u"info"_s).toObject();
    info.insert(u"version"_s, QStringLiteral(MYGPT_VERSION));
    document.insert(u"info"_s, info);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<ApiDocument> apiDocument(const QByteArray &path)
{
    static const QByteArray openApi = openApiJson();
    static const QByteArray docs = resource(u"docs.html"_s);
    static const QByteArray redoc = resource(u"redoc.html"_s);
    if (path == "/openapi.json")
        return ApiDocument { "application/json", openApi };
    if (path == "/docs")
        return ApiDocument { "text/html; charset=utf-8", docs };
    if (path == "/redoc")
        return ApiDocument { "text/html; charset=utf-8", redoc };
    return std::nullopt;
}

} // namespace mygpt
