#pragma once

#include "record/ExchangeRecord.h"

#include <QString>
#include <QUrl>

namespace mygpt::viewer {

// A POSIX shell curl command that sends the recorded request again through MyGPT at
// `endpoint` (its origin; the record's path is kept). The key is never in it: the
// Authorization header reads $MYGPT_KEY, which the user sets to their local access key
// (any value when MyGPT has none).
QString curlCommand(const ExchangeRecord &record, const QUrl &endpoint);

inline constexpr QStringView curlKeyVariable = u"MYGPT_KEY";

// `text` in single quotes for a POSIX shell.
QString shellQuote(const QString &text);

} // namespace mygpt::viewer
