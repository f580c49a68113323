#pragma once

#include "fake_types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace mygpt::test {

// One HTTP/1.1 response decoded from raw client-side bytes (see RawHttpClient).
struct HttpResponse
{
    bool headComplete = false;
    bool complete = false; // framing satisfied (close-delimited: only once the peer closed)
    bool malformed = false;
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    QByteArray body; // de-chunked
    bool chunked = false;
    qint64 contentLength = -1;
    QList<QByteArray> chunks; // chunked framing: each HTTP chunk's data
    QList<qsizetype> chunkEnds; // raw offset just past each chunk, to match arrival times
    qsizetype end = 0; // raw offset just past this response (the next one starts here)

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

// Decodes the response starting at `offset` in `raw`, skipping interim 1xx responses.
// `peerClosed` completes a close-delimited body.
HttpResponse parseHttpResponse(
    QByteArrayView raw, qsizetype offset = 0, bool peerClosed = false, bool requestWasHead = false);

// The "error" object of an error body, empty when there is none.
QJsonObject errorOf(const HttpResponse &r);
// OpenAI's error shape: a JSON body {"error":{"message":"...","type":"...","param":...,"code":...}}
// with a message, and a JSON content type.
bool hasErrorShape(const HttpResponse &r);
// Content-Type: application/json, for requests.
inline HeaderList json()
{
    return { { "Content-Type", "application/json" } };
}

// The payloads of the `data:` lines of an SSE body, in order (one per line).
QList<QByteArray> sseDataPayloads(QByteArrayView body);

} // namespace mygpt::test
