// libFuzzer target: an upstream SSE body through SseParser, UsageStripper and
// ChatStreamAssembler, fed whole and in pieces. The first byte chooses the piece sizes.
//
// Invariants: the events' raw bytes plus pending() are the input; pieces or not, the same
// events and the same relayed bytes; a body without "usage" is relayed byte for byte; the
// stripper only ever removes bytes.
#include "FuzzCheck.h"

#include "stream/AnswerJson.h"
#include "stream/ChatStreamAssembler.h"
#include "stream/SseParser.h"
#include "stream/UsageStripper.h"

using namespace mygpt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t seed = data[0];
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    const QList<QByteArrayView> parts = fuzz::pieces(input, seed);

    SseParser whole;
    QList<SseEvent> wholeEvents = whole.feed(input);
    const QByteArray pendingBeforeFinish = whole.pending();
    wholeEvents += whole.finish();

    SseParser split;
    QList<SseEvent> splitEvents;
    for (QByteArrayView part : parts)
        splitEvents += split.feed(part);
    FUZZ_CHECK(split.pending() == pendingBeforeFinish);
    splitEvents += split.finish();

    FUZZ_CHECK(wholeEvents == splitEvents);
    FUZZ_CHECK(whole.pending() == split.pending());
    FUZZ_CHECK(whole.pendingSize() == whole.pending().size());
    FUZZ_CHECK(whole.lastEventId() == split.lastEventId());
    FUZZ_CHECK(whole.retryMs() == split.retryMs());
    QByteArray raw;
    for (const SseEvent &event : wholeEvents) {
        FUZZ_CHECK(!event.raw.isEmpty());
        FUZZ_CHECK(event.hasData || event.data.isEmpty());
        raw += event.raw;
    }
    raw += whole.pending();
    FUZZ_CHECK(raw == input);

    UsageStripper wholeStripper;
    QByteArray relayed = wholeStripper.feed(input); // then finish(): never in one expression,
    relayed += wholeStripper.finish();               // the operands of + are unsequenced
    UsageStripper splitStripper;
    QByteArray splitRelayed;
    for (QByteArrayView part : parts)
        splitRelayed += splitStripper.feed(part);
    splitRelayed += splitStripper.finish();
    FUZZ_CHECK(relayed == splitRelayed);
    FUZZ_CHECK(wholeStripper.droppedChunks() == splitStripper.droppedChunks());
    FUZZ_CHECK(wholeStripper.strippedChunks() == splitStripper.strippedChunks());
    FUZZ_CHECK(relayed.size() <= input.size());
    if (wholeStripper.droppedChunks() == 0 && wholeStripper.strippedChunks() == 0)
        FUZZ_CHECK(relayed == input);
    if (!input.contains("\"usage\""))
        FUZZ_CHECK(relayed == input);

    ChatStreamAssembler assembler;
    int tokens = 0;
    for (const SseEvent &event : wholeEvents)
        tokens += assembler.feedEvent(event) ? 1 : 0;
    FUZZ_CHECK(tokens <= 1);
    FUZZ_CHECK(tokens == 1 || !assembler.firstTokenSeen());
    FUZZ_CHECK(assembler.chunks() >= 0 && assembler.malformedEvents() >= 0);

    // The same bytes as a non-streaming body.
    const AssembledAnswer answer = answerFromJson(input);
    Q_UNUSED(answer);
    return 0;
}
