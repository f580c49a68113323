#pragma once

#include "record/ExchangeRecord.h"

#include <QString>

// The text the full-text index holds for a record: what was asked and what was answered,
// without JSON syntax, roles, ids or base64 images.
namespace mygpt::searchtext {

// Longest text indexed per column: a long conversation keeps its start (system prompt) and
// its end (the latest turns).
inline constexpr qsizetype maxIndexedChars = 32 * 1024;

// messages[].content, input, prompt, instructions, system of a request body; the body
// itself when it is not JSON (e.g. cut short by the content policy).
QString promptText(const QByteArray &requestBody);

// content + reasoning + tool-call names and arguments; when the record has no assembled
// answer, the text of the non-streaming body (choices, output, error), or the body itself.
QString answerText(const ExchangeRecord &record);

// Keeps the head and the tail of over-long text.
QString capped(const QString &text);

} // namespace mygpt::searchtext
