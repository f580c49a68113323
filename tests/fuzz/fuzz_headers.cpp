// libFuzzer target: bytes a client sends, through RequestFramer (fed whole and in pieces;
// the first byte chooses the piece sizes), and the header lines of the first head through
// HeaderPolicy in both directions.
//
// Invariants: pieces or not, the same events; positions only move forward and stay inside
// the input; nothing after a failure; a head is exactly headBytes long and a
// Content-Length body exactly contentLength; limits hold. Headers: no hop-by-hop, framing,
// Host or browser-context header crosses to the upstream, the key is injected exactly once
// and the client's credentials never go with it; no cookie or CORS header of the upstream's
// reaches the client.
#include "FuzzCheck.h"

#include "http/RequestFramer.h"
#include "upstream/HeaderPolicy.h"

using namespace mygpt;

namespace {

constexpr RequestFramer::Limits limits { 2048, 8192 };

bool sameEvent(const RequestFramer::Event &a, const RequestFramer::Event &b)
{
    return a.kind == b.kind && a.error == b.error && a.detail == b.detail
        && a.requestStart == b.requestStart && a.end == b.end && a.head.method == b.head.method
        && a.head.target == b.head.target && a.head.versionMinor == b.head.versionMinor
        && a.head.keepAlive == b.head.keepAlive && a.head.expectContinue == b.head.expectContinue
        && a.head.chunked == b.head.chunked && a.head.contentLength == b.head.contentLength
        && a.head.headBytes == b.head.headBytes;
}

bool is(QByteArrayView name, QByteArrayView other)
{
    return name.compare(other, Qt::CaseInsensitive) == 0;
}

// The header lines of the first head, split at the first colon, values trimmed.
HeaderList headerLines(QByteArrayView input)
{
    HeaderList headers;
    bool first = true;
    for (QByteArrayView line : QByteArray(input.toByteArray()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            first = false;
            continue;
        }
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({ line.first(colon).toByteArray(),
                         line.sliced(colon + 1).toByteArray().trimmed() });
    }
    return headers;
}

void checkFraming(QByteArrayView input, std::uint8_t seed)
{
    RequestFramer whole(limits);
    const QList<RequestFramer::Event> events = whole.feed(input);
    RequestFramer split(limits);
    QList<RequestFramer::Event> splitEvents;
    for (QByteArrayView part : fuzz::pieces(input, seed))
        splitEvents += split.feed(part);

    // A failure is found as soon as the bytes show it, which depends on where the pieces end:
    // its `end` may differ, and a line of garbage longer than the head limit may be refused
    // as too large (431) in pieces but as not HTTP (400) whole. Everything before it may not.
    FUZZ_CHECK(events.size() == splitEvents.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].kind == RequestFramer::Event::Kind::Failed) {
            FUZZ_CHECK(splitEvents[i].kind == RequestFramer::Event::Kind::Failed);
            FUZZ_CHECK(events[i].requestStart == splitEvents[i].requestStart);
            continue;
        }
        FUZZ_CHECK(sameEvent(events[i], splitEvents[i]));
    }
    FUZZ_CHECK(whole.failed() == split.failed());
    FUZZ_CHECK(whole.inRequest() == split.inRequest());
    FUZZ_CHECK(whole.bytesFed() == input.size() && split.bytesFed() == input.size());

    qint64 last = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const RequestFramer::Event &event = events[i];
        FUZZ_CHECK(event.requestStart >= 0 && event.requestStart <= event.end);
        FUZZ_CHECK(event.end >= last && event.end <= input.size());
        last = event.end;
        if (event.kind == RequestFramer::Event::Kind::Failed) {
            FUZZ_CHECK(i == events.size() - 1);
            FUZZ_CHECK(event.error != RequestFramer::Error::None);
            FUZZ_CHECK(!event.detail.isEmpty());
            FUZZ_CHECK(whole.failed());
            const int status = RequestFramer::statusCode(event.error);
            FUZZ_CHECK(status >= 400 && status < 600);
            continue;
        }
        FUZZ_CHECK(event.error == RequestFramer::Error::None);
        FUZZ_CHECK(!event.head.method.isEmpty() && event.head.target.startsWith('/'));
        FUZZ_CHECK(event.head.versionMinor >= 0 && event.head.versionMinor <= 9);
        FUZZ_CHECK(event.head.headBytes <= limits.maxHeadBytes);
        FUZZ_CHECK(event.head.contentLength >= 0
                   && event.head.contentLength <= limits.maxBodyBytes);
        FUZZ_CHECK(!(event.head.chunked && event.head.contentLength > 0));
        if (event.kind == RequestFramer::Event::Kind::HeadComplete) {
            FUZZ_CHECK(event.end == event.requestStart + event.head.headBytes);
        } else if (!event.head.chunked) {
            FUZZ_CHECK(event.end
                       == event.requestStart + event.head.headBytes + event.head.contentLength);
        }
    }
}

void checkHeaderPolicy(QByteArrayView input)
{
    const HeaderList client = headerLines(input);
    QList<QByteArray> connectionNamed;
    for (const auto &[name, value] : client) {
        if (is(name, "connection")) {
            for (const QByteArray &token : value.split(','))
                connectionNamed.append(token.trimmed());
        }
    }
    const auto namedByConnection = [&](QByteArrayView name) {
        for (const QByteArray &token : connectionNamed) {
            // The whole token: a C string would end at a NUL the proxy reads past.
            if (!token.isEmpty() && is(name, token) && !is(name, "authorization"))
                return true;
        }
        return false;
    };

    for (const bool withKey : { true, false }) {
        RequestHeaderOptions options;
        if (withKey)
            options.apiKey = "sk-fuzz-key";
        const HeaderList up = upstreamRequestHeaders(client, options);
        int authorizations = 0;
        for (const auto &[name, value] : up) {
            FUZZ_CHECK(!isHopByHop(name));
            for (const char *dropped : { "host", "content-length", "expect", "origin", "referer",
                                         "cookie" })
                FUZZ_CHECK(!is(name, dropped));
            if (withKey)
                FUZZ_CHECK(!is(name, "x-api-key"));
            if (is(name, "authorization")) {
                ++authorizations;
                if (withKey)
                    FUZZ_CHECK(value == "Bearer sk-fuzz-key");
            }
            if (!is(name, "authorization") && !is(name, "accept-encoding"))
                FUZZ_CHECK(!namedByConnection(name));
        }
        if (withKey)
            FUZZ_CHECK(authorizations == 1);
        FUZZ_CHECK(!up.isEmpty() && is(up.last().first, "accept-encoding")
                   && up.last().second == "identity");
    }

    const HeaderList down = clientResponseHeaders(client);
    for (const auto &[name, value] : down) {
        FUZZ_CHECK(!isHopByHop(name));
        FUZZ_CHECK(!is(name, "set-cookie") && !is(name, "content-length"));
        FUZZ_CHECK(!QByteArray(name).toLower().startsWith("access-control-"));
        FUZZ_CHECK(!namedByConnection(name));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    checkFraming(input, data[0]);
    checkHeaderPolicy(input);
    return 0;
}
