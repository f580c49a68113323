#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace mygpt {

// One message of a chat request as the log shows it.
struct TranscriptMessage
{
    QString role;
    QString text;
    friend bool operator==(const TranscriptMessage &, const TranscriptMessage &) = default;
};

// The `messages` of a /v1/chat/completions body: string contents as they are, arrays of parts
// as their text parts joined by spaces with [image], [audio] or [file] for the others, and an
// assistant's tool calls as "🔧 name(arguments)". nullopt when the body has no such array
// (not JSON, or cut short by a content policy).
std::optional<QList<TranscriptMessage>> parseTranscript(QByteArrayView body);

} // namespace mygpt
