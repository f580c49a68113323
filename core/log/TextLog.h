#pragma once

#include "log/LogFiles.h"
#include "log/LogLine.h"
#include "record/ExchangeRecord.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>

namespace mygpt {

class LogWriter;
struct ProxyConfig;

struct TextLogOptions
{
    QString directory; // empty: defaultDirectory()
    bool files = true;
    bool console = true; // stderr, unless consoleSink is set
    std::function<void(QByteArrayView)> consoleSink; // receives each formatted console line
    LogLevel level = LogLevel::Info;
    ContentPolicy content; // prompts and answers
    RotationLimits rotation; // 10 MB, 5 backups
    qsizetype maxQueuedLines = 100'000;
    int gatherMs = 10; // how long the writer lets lines gather before writing them
    std::function<QDateTime()> clock; // local time, called from any thread; empty: the system's

    // --log-dir / MYGPT_LOG_DIR, the log level and the content policy.
    static TextLogOptions fromConfig(const ProxyConfig &config);
};

// The console and file log of every exchange, line for line as the original Python proxy
// ("INFO - [a1b2c3d4] 📥 收到聊天补全请求"), and of every qDebug/qInfo/qWarning of the app
// once installMessageHandler() is called. Callers never wait for the disk: a writer thread
// does the writing. Thread-safe.
class TextLog final
{
public:
    explicit TextLog(TextLogOptions options = {});
    ~TextLog(); // shutdown()
    TextLog(const TextLog &) = delete;
    TextLog &operator=(const TextLog &) = delete;

    // AppLocalDataLocation + "/logs".
    static QString defaultDirectory();
    // The folder of the files, to print at start-up; empty when files are off.
    QString directory() const { return m_directory; }
    // Why the files could not be written, if they could not (the console still works).
    QString errorString() const { return m_error; }
    LogLevel level() const { return m_options.level; }
    bool isEnabled(LogLevel level) const { return level >= m_options.level; }

    // A request sent upstream (ProxyServer::exchangeStarted). For a chat completion: the
    // received, model, stream, conversation and starting lines; anything else waits for its
    // end. `body` is the request body as received (default: record.requestBody).
    void requestReceived(const ExchangeRecord &record, QByteArrayView body = {});
    // Any exchange at its end: the answer lines of a chat completion announced by
    // requestReceived(), or one summary line for anything else (other endpoints, rejections).
    void exchangeFinished(const ExchangeRecord &record);
    // Any other line, e.g. the start-up lines.
    void write(LogLevel level, const QString &message);

    // Routes every Qt message (all categories) through this log, filtered by its level,
    // and sets the logging rules to that level (QT_LOGGING_RULES still wins).
    void installMessageHandler();
    // Waits until every line so far is written; false on timeout.
    bool flush(int timeoutMs = -1);
    // Restores the previous message handler, writes every queued line, stops the thread.
    void shutdown();
    // Lines lost to a full queue since the start.
    qint64 droppedLines() const;

private:
    static void handleMessage(
        QtMsgType type, const QMessageLogContext &context, const QString &message);
    void uninstallMessageHandler();

    TextLogOptions m_options;
    QString m_directory;
    QString m_error;
    std::unique_ptr<LogWriter> m_writer;
    std::mutex m_chatsMutex;
    QSet<QByteArray> m_chats; // ids announced by requestReceived() and not finished
};

} // namespace mygpt
