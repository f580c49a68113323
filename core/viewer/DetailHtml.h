#pragma once

#include "record/ExchangeRecord.h"

#include <QString>

// The detail pane's pages as HTML for QTextBrowser. Only classes here: the UI supplies the
// colours (detailStyleSheet) from the palette, so light and dark themes both read well.
// Classes: msg, role, text, system, user, assistant, tool, image, toolcall, code, reasoning,
// error, note, meta, hname, hvalue.
namespace mygpt::viewer::detailhtml {

// The request's messages as a chat: roles, the system prompt, tool calls and results, image
// and audio parts as placeholders. Other endpoints: their prompt or input, else a note.
QString conversation(const ExchangeRecord &record);
// The answer: error first if any, then reasoning, content, tool calls and finish reason.
QString answer(const ExchangeRecord &record);
// Sent and received headers (secrets masked again, whatever the record holds).
QString headers(const ExchangeRecord &record);
// Timings, tokens per second, usage and sizes as a table (the timeline is drawn beside it).
QString timing(const ExchangeRecord &record);

// Escaped text with its line breaks kept.
QString text(const QString &plain);

} // namespace mygpt::viewer::detailhtml
