#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "http/ApiError.h"

namespace mygpt {

// What the proxy needs to know about a chat completion request before sending it on.
struct ChatRequest
{
    QString model;
    bool stream = false;
    bool includeUsage = false; // stream_options.include_usage as the client sent it
    bool hasStreamOptions = false; // any stream_options member at all
};

// Checks a /v1/chat/completions body: a JSON object with a string `model` and an array
// `messages`. Anything else is a 400 in OpenAI's error shape, and nothing goes upstream.
std::optional<ApiError> parseChatRequest(const QByteArray &body, ChatRequest *out);

// The `model` field of any JSON request body, for logging; empty when there is none.
QString modelOf(const QByteArray &body);

} // namespace mygpt
