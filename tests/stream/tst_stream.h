#pragma once

#include "record/ExchangeRecord.h"
#include "stream/ChatStreamAssembler.h"
#include "stream/SseParser.h"

#include <QByteArrayList>
#include <QObject>

// Tests of core/stream. The slots are spread over tst_stream.cpp (parser),
// tst_stream_assembler.cpp, tst_stream_answer.cpp (fake upstream, answerFromJson),
// tst_stream_stripper.cpp and tst_stream_robustness.cpp (garbage, time, JSON scan).
class TestStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SseParser
    void parse_data();
    void parse();
    void parseFields();
    void garbageNeverCrashes();
    void linearTime_data();
    void linearTime();

    // ChatStreamAssembler, answerFromJson, usageFromJson
    void assemble_data();
    void assemble();
    void fakeUpstreamStreams_data();
    void fakeUpstreamStreams();
    void answerFromJson_data();
    void answerFromJson();
    void usageFromJson_data();
    void usageFromJson();

    // UsageStripper
    void stripByteExact_data();
    void stripByteExact();
    void stripPassesThrough_data();
    void stripPassesThrough();
    void stripHoldsBackTheTail();
    void stripFakeUpstream_data();
    void stripFakeUpstream();
    void nullMemberCut_data();
    void nullMemberCut();
};

namespace tst {

// All events of `input` fed in pieces cut at `cuts` (ascending offsets), finish() included.
QList<mygpt::SseEvent> parseInPieces(
    QByteArrayView input, const QList<qsizetype> &cuts = {}, QByteArray *pending = nullptr);
// "event|id|=data", or "event|id|none" for an event without data lines.
QByteArray describe(const mygpt::SseEvent &event);
// `data: <payload>\n\n` per payload.
QByteArray sseStream(const QByteArrayList &payloads);

// "index|id|type|name|arguments" per call.
QStringList describeCalls(const QList<mygpt::ToolCall> &calls);
// prompt, completion, total, cached, reasoning.
QList<qint64> usageList(const mygpt::TokenUsage &usage);
inline const QList<qint64> kNoUsage { -1, -1, -1, -1, -1 };

struct Assembled
{
    mygpt::ChatStreamAssembler assembler;
    QList<int> tokenEvents; // the events for which feedEvent() returned true
};
void assembleInto(Assembled &out, const QByteArray &stream);

} // namespace tst
