#include "http/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QByteArray ApiError::toJson() const
{
    const QJsonObject error { { u"message"_s, message },
                              { u"type"_s, type },
                              { u"param"_s, nullable(param) },
                              { u"code"_s, nullable(code) } };
    return QJsonDocument(QJsonObject { { u"error"_s, error } }).toJson(QJsonDocument::Compact);
}

QByteArray ApiError::toSseEvent() const
{
    return "data: " + toJson() + "\n\n";
}

ApiError ApiError::badRequest(const QString &message, const QString &param, const QString &code)
{
    return { 400, message, u"invalid_request_error"_s, param, code };
}

ApiError ApiError::notFound(const QString &message)
{
    return { 404, message, u"invalid_request_error"_s, {}, u"not_found"_s };
}

ApiError ApiError::unauthorized(const QString &message)
{
    return { 401, message, u"invalid_request_error"_s, {}, u"invalid_api_key"_s };
}

ApiError ApiError::forbidden(const QString &message, const QString &code)
{
    return { 403, message, u"invalid_request_error"_s, {}, code };
}

ApiError ApiError::badGateway(const QString &message, const QString &code)
{
    return { 502, message, u"upstream_error"_s, {}, code };
}

ApiError ApiError::gatewayTimeout(const QString &message)
{
    return { 504, message, u"upstream_error"_s, {}, u"upstream_timeout"_s };
}

ApiError ApiError::protocol(int status, const QString &message, const QString &code)
{
    return { status, message, u"invalid_request_error"_s, {}, code };
}

} // namespace mygpt
