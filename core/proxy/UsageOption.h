#pragma once

#include <QByteArray>

namespace mygpt {

// Upstreams report token usage in streams only when asked (stream_options.include_usage).
// Returns the chat/completions request body asking for it; the client's other bytes are
// kept (the option is inserted after the opening brace) unless the client sent
// stream_options of its own, which are then extended. Empty when the body is not a JSON object.
QByteArray withIncludeUsage(const QByteArray &body);
// The same for a body parseChatRequest() accepted, which knows whether it has stream_options:
// without them (the usual case) the option is inserted without parsing the body again.
QByteArray withIncludeUsage(const QByteArray &body, bool hasStreamOptions);

// Whether an upstream's 400 answer is about the stream_options field (older or stricter
// OpenAI-compatible servers reject unknown fields).
bool rejectsStreamOptions(int status, const QByteArray &errorBody);

} // namespace mygpt
