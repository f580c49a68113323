#include "store/RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::recordcodec {

namespace {

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString &json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QString headersToJson(const HeaderPairs &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        if (isUtf8(name) && isUtf8(value)) {
            array.append(QJsonArray { QString::fromUtf8(name), QString::fromUtf8(value) });
        } else {
            array.append(QJsonArray { QString::fromLatin1(name.toBase64()),
                QString::fromLatin1(value.toBase64()), u"b64"_s });
        }
    }
    return compact(array);
}

HeaderPairs headersFromJson(const QString &json)
{
    HeaderPairs headers;
    const QJsonArray array = arrayOf(json);
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        const QByteArray name = pair.at(0).toString().toUtf8();
        const QByteArray value = pair.at(1).toString().toUtf8();
        if (pair.at(2).toString() == u"b64"_s)
            headers.append({ QByteArray::fromBase64(name), QByteArray::fromBase64(value) });
        else
            headers.append({ name, value });
    }
    return headers;
}

QString toolCallsToJson(const QList<ToolCall> &calls)
{
    if (calls.isEmpty())
        return {};
    QJsonArray array;
    for (const ToolCall &c : calls) {
        array.append(QJsonObject { { u"index"_s, c.index }, { u"id"_s, c.id },
            { u"type"_s, c.type }, { u"name"_s, c.name }, { u"arguments"_s, c.arguments } });
    }
    return compact(array);
}

QList<ToolCall> toolCallsFromJson(const QString &json)
{
    QList<ToolCall> calls;
    const QJsonArray array = arrayOf(json);
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        calls.append({ o.value(u"index"_s).toInt(), o.value(u"id"_s).toString(),
            o.value(u"type"_s).toString(), o.value(u"name"_s).toString(),
            o.value(u"arguments"_s).toString() });
    }
    return calls;
}

int statusClassToInt(StatusClass c)
{
    switch (c) {
    case StatusClass::Ok:
        return 0;
    case StatusClass::ClientError:
        return 1;
    case StatusClass::UpstreamError:
        return 2;
    case StatusClass::Cancelled:
        return 3;
    }
    return 0;
}

StatusClass statusClassFromInt(int v)
{
    switch (v) {
    case 1:
        return StatusClass::ClientError;
    case 2:
        return StatusClass::UpstreamError;
    case 3:
        return StatusClass::Cancelled;
    default:
        return StatusClass::Ok;
    }
}

} // namespace mygpt::recordcodec
