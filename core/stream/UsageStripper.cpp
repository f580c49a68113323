#include "stream/UsageStripper.h"

#include "stream/JsonMemberScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {
struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
};

// Where the value of the only `data` line of an event's raw bytes is; nothing when the event
// has several (a JSON object split over lines is left alone).
Span onlyDataValue(QByteArrayView raw)
{
    Span found;
    qsizetype pos = 0;
    const qsizetype n = raw.size();
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && raw[end] != '\n' && raw[end] != '\r')
            ++end;
        qsizetype begin = pos;
        if (pos == 0 && raw.startsWith("\xEF\xBB\xBF"))
            begin += 3;
        const QByteArrayView line = raw.sliced(begin, end - begin);
        if (line.startsWith("data") && (line.size() == 4 || line[4] == ':')) {
            if (found.begin >= 0)
                return {};
            found.begin = begin + qMin<qsizetype>(line.size(), 5);
            if (found.begin < end && raw[found.begin] == ' ')
                ++found.begin;
            found.end = end;
        }
        pos = end + (end + 1 < n && raw[end] == '\r' && raw[end + 1] == '\n' ? 2 : 1);
    }
    return found;
}
} // namespace

QByteArray UsageStripper::feed(QByteArrayView in)
{
    QByteArray out;
    QList<SseEvent> events = m_parser.feed(in);
    for (SseEvent &event : events)
        out += relay(std::move(event));
    return out;
}

QByteArray UsageStripper::finish()
{
    QByteArray out;
    QList<SseEvent> events = m_parser.finish();
    for (SseEvent &event : events)
        out += relay(std::move(event));
    out += m_parser.pending();
    m_parser = SseParser();
    return out;
}

QByteArray UsageStripper::relay(SseEvent event)
{
    // Cheap test first: most events never mention usage and are not parsed at all.
    if (!event.hasData || !event.raw.contains("\"usage\""))
        return std::move(event.raw);
    if (!event.event.isEmpty() && event.event != "message")
        return std::move(event.raw);
    const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
    const QJsonValue choices = chunk.value("choices"_L1);
    const QJsonValue usage = chunk.value("usage"_L1);
    if (!choices.isArray() || chunk.contains("error"_L1))
        return std::move(event.raw);
    if (usage.isObject() && choices.toArray().isEmpty()) {
        ++m_dropped; // the extra chunk include_usage adds before [DONE]
        return {};
    }
    if (!usage.isNull())
        return std::move(event.raw);
    const Span value = onlyDataValue(event.raw);
    if (value.begin < 0)
        return std::move(event.raw);
    const QByteArrayView json
        = QByteArrayView(event.raw).sliced(value.begin, value.end - value.begin);
    const auto cut = nullMemberCut(json, "usage");
    if (!cut)
        return std::move(event.raw);
    ++m_stripped;
    return event.raw.remove(value.begin + cut->first, cut->second - cut->first);
}

} // namespace mygpt
