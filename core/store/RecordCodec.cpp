#include "store/RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt::recordcodec {

namespace {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0; // runs that need no escape are appended whole
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        if (c < 0x20) {
            const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            out.append(escaped, sizeof escaped);
        } else {
            const char escaped[] = { '\\', char(c) };
            out.append(escaped, sizeof escaped);
        }
    }
    out.append(utf8.sliced(plainFrom));
    out += '"';
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
    // Written directly rather than through QJsonArray, which took a sixth of the store
    // writer's time. Same JSON: [["name","value"], …], base64 plus "b64" for non-UTF-8 pairs.
    QByteArray json;
    json.reserve(16 + headers.size() * 48);
    json += '[';
    for (const auto &[name, value] : headers) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        if (name.isValidUtf8() && value.isValidUtf8()) {
            appendJsonString(json, name);
            json += ',';
            appendJsonString(json, value);
        } else {
            appendJsonString(json, name.toBase64());
            json += ',';
            appendJsonString(json, value.toBase64());
            json += ",\"b64\"";
        }
        json += ']';
    }
    json += ']';
    return QString::fromUtf8(json);
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
