#pragma once

#include "fake_types.h"

namespace mygpt::test {

// The default FakeUpstream handler: answers like the OpenAI API.
//
//   GET  /v1/models             list: gpt-4o-mini, gpt-4o, fake-model, text-embedding-3-small
//   POST /v1/chat/completions   chat.completion, or with "stream": true an SSE stream
//                               (role chunk, N content chunks, finish chunk, usage chunk only
//                               when stream_options.include_usage, then [DONE])
//   POST /v1/completions        text_completion (streams too)
//   POST /v1/embeddings         one small vector per input
//   anything else               200 {"method","path","query","body_bytes"} echo
//
// Request headers: x-fake-chunks: N (content chunks, default 5), x-fake-interval-ms: M
// (between chunks, default 0), x-fake-first-byte-delay-ms: D.
//
// Magic model names:
//   fake-slow                   200 ms between chunks
//   fake-tools                  tool_calls answer (streamed arguments split over deltas)
//   fake-reasoning              reasoning_content before content
//   fake-error-<status>         that status with an OpenAI error object (429: retry-after)
//   fake-html-<status>          that status with an HTML page (text/html)
//   fake-hang                   never answers
//   fake-reset                  RST after 2 pieces (stream: 2 SSE chunks)
//   fake-stall                  nothing more after 2 pieces, socket kept open
//   fake-truncate               clean FIN after 2 pieces (chunked: no terminating chunk)
//   fake-reject-stream-options  400 when the request has stream_options, normal otherwise
Reply openAiReply(const ReceivedRequest &request);

// "Hello from the fake upstream." -- the non-streaming assistant content.
QByteArray fakeAssistantContent();
// What `chunks` streamed content deltas concatenate to (chunks == 5 gives the sentence above).
QByteArray fakeStreamedContent(int chunks);

} // namespace mygpt::test
