#pragma once

#include "log/LogWriter.h"
#include "record/ExchangeRecord.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace mygpt {

// The text-log lines of one exchange, worded as the original Python proxy's and translated
// by the installed translators (context "ExchangeLines"). Every line starts with "[id] ".
// Headers are never printed; prompts and answers pass through the content policy.
class ExchangeLines final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeLines)

public:
    // A chat completion arriving: received, model, stream, conversation, starting.
    static QList<LogMessage> chatRequest(const ExchangeRecord &record, QByteArrayView body,
        const ContentPolicy &policy, bool withDebug);
    // Its end: reasoning, tool calls, answer, then finish reason, usage and completion, or
    // the cancellation (WARNING) or the error (ERROR).
    static QList<LogMessage> chatFinished(
        const ExchangeRecord &record, const ContentPolicy &policy);
    // Any other exchange, rejected chat requests included: one line.
    static LogMessage summary(const ExchangeRecord &record);

    // The level of the line that says how the exchange ended.
    static LogLevel outcomeLevel(const ExchangeRecord &record);
    // "850 ms", "2.41 s".
    static QString duration(qint64 ms);

private:
    static QString timing(const ExchangeRecord &record, bool success);
    static QString usageLine(const TokenUsage &usage);
    static QString errorMessage(const ExchangeRecord &record);
};

} // namespace mygpt
