#pragma once

#include "record/ExchangeRecord.h"

#include <QDateTime>

namespace mygpt::viewertest {

// A finished chat completion: system + user messages, an answer, usage, headers with a
// masked key.
ExchangeRecord chat(const QByteArray &id, const QDateTime &received, const QString &model,
    const QString &prompt, const QString &answer, bool stream = false, int status = 200);

// A streamed chat still in flight: no status, duration or answer yet, `pieces` relayed so far.
ExchangeRecord streamInFlight(
    const QByteArray &id, const QDateTime &received, const QStringList &pieces);

// A chat whose request has every kind of message: system, user with an image part, an
// assistant tool call, a tool result; and an answer with reasoning and a tool call.
ExchangeRecord toolChat();

// SSE bytes of a streamed answer, one event per piece.
QByteArray sse(const QStringList &pieces, bool done = true);

} // namespace mygpt::viewertest
