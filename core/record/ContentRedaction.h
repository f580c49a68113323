#pragma once

#include "record/ExchangeRecord.h"

namespace mygpt {

// The record as the content policy lets it be kept: full; prompts and answers cut to N
// characters each (message by message inside JSON bodies, so they stay JSON); or metadata
// only (no bodies, no answer text, no tool-call arguments).
ExchangeRecord redacted(ExchangeRecord record, const ContentPolicy &policy);

// A JSON request body with every prompt text (messages[].content, its text parts, `input`,
// `prompt`) passed through the policy; a body that is not JSON is cut as text.
QByteArray redactedRequestBody(const QByteArray &body, const ContentPolicy &policy);

} // namespace mygpt
