#include "log/TextLog.h"

#include "config/ProxyConfig.h"
#include "log/ExchangeLines.h"
#include "log/LogWriter.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>
#include <shared_mutex>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// The installed log: readers are message handlers on any thread, the writer (un)installs.
std::shared_mutex handlerLock;
TextLog *activeLog = nullptr;
QtMessageHandler previousHandler = nullptr;

void writeToStderr(QByteArrayView line)
{
    std::fwrite(line.data(), 1, size_t(line.size()), stderr);
}

// Disabled categories cost nothing: callers such as the request log test isInfoEnabled().
QString filterRulesFor(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return u"mygpt.*.debug=true"_s;
    case LogLevel::Info:
        return {};
    case LogLevel::Warning:
        return u"*.debug=false\n*.info=false"_s;
    case LogLevel::Error:
    case LogLevel::Fatal:
        return u"*.debug=false\n*.info=false\n*.warning=false"_s;
    }
    return {};
}

} // namespace

TextLogOptions TextLogOptions::fromConfig(const ProxyConfig &config)
{
    TextLogOptions options;
    options.directory = config.logDir;
    options.level = parseLogLevel(config.logLevel).value_or(LogLevel::Info);
    options.content = config.contentPolicy;
    options.rotation.keepDays = config.retentionDays; // the store's retention, for the files too
    return options;
}

QString TextLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

TextLog::TextLog(TextLogOptions options)
    : m_options(std::move(options))
{
    if (m_options.files) {
        m_directory = m_options.directory.isEmpty() ? defaultDirectory() : m_options.directory;
        if (!LogFiles::prepareDirectory(m_directory, &m_error))
            m_directory.clear();
    }
    LogWriterOptions writer;
    writer.directory = m_directory;
    writer.limits = m_options.rotation;
    writer.maxQueuedLines = m_options.maxQueuedLines;
    writer.gatherMs = m_options.gatherMs;
    writer.clock = m_options.clock;
    if (m_options.consoleSink) {
        writer.console = m_options.consoleSink;
    } else if (m_options.console) {
#ifdef Q_OS_WIN
        SetConsoleOutputCP(CP_UTF8); // the lines are UTF-8, emoji included
#endif
        writer.console = writeToStderr;
    }
    m_writer = std::make_unique<LogWriter>(std::move(writer));
    if (!m_error.isEmpty()) {
        m_writer->push(LogLevel::Error,
            QCoreApplication::translate("TextLog", "❌ Cannot write log files: %1").arg(m_error));
    }
}

TextLog::~TextLog()
{
    shutdown();
}

void TextLog::requestReceived(const ExchangeRecord &record, QByteArrayView body)
{
    if (record.method != "POST" || record.endpoint() != "/v1/chat/completions")
        return; // other exchanges get their one line at the end
    {
        const std::lock_guard lock(m_chatsMutex);
        m_chats.insert(record.id);
    }
    if (!isEnabled(LogLevel::Info))
        return; // format nothing that is not shown
    QList<LogMessage> lines = ExchangeLines::chatRequest(record,
        body.isEmpty() ? QByteArrayView(record.requestBody) : body, m_options.content,
        isEnabled(LogLevel::Debug));
    m_writer->push(lines);
}

void TextLog::exchangeFinished(const ExchangeRecord &record)
{
    bool chat = false;
    {
        const std::lock_guard lock(m_chatsMutex);
        chat = m_chats.remove(record.id);
    }
    if (!isEnabled(ExchangeLines::outcomeLevel(record)))
        return;
    if (!chat) {
        m_writer->push(QList<LogMessage> { ExchangeLines::summary(record) });
        return;
    }
    QList<LogMessage> lines = ExchangeLines::chatFinished(record, m_options.content);
    lines.removeIf([this](const LogMessage &m) { return !isEnabled(m.level); });
    m_writer->push(lines);
}

void TextLog::write(LogLevel level, const QString &message)
{
    if (isEnabled(level) || level == LogLevel::Fatal)
        m_writer->push(level, message);
}

void TextLog::installMessageHandler()
{
    {
        const std::unique_lock lock(handlerLock);
        const QtMessageHandler previous = qInstallMessageHandler(&TextLog::handleMessage);
        if (activeLog == nullptr)
            previousHandler = previous;
        activeLog = this;
    }
    // Outside the lock: a rule Qt does not like would be reported through the handler.
    QLoggingCategory::setFilterRules(filterRulesFor(m_options.level));
}

void TextLog::uninstallMessageHandler()
{
    {
        const std::unique_lock lock(handlerLock);
        if (activeLog != this)
            return;
        activeLog = nullptr;
        qInstallMessageHandler(previousHandler);
        previousHandler = nullptr;
    }
    QLoggingCategory::setFilterRules({});
}

void TextLog::handleMessage(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::shared_lock lock(handlerLock);
    TextLog *log = activeLog;
    if (!log) {
        if (previousHandler)
            previousHandler(type, context, message);
        return;
    }
    log->write(levelOf(type), message);
    if (type == QtFatalMsg)
        log->flush(2000); // Qt aborts right after
}

bool TextLog::flush(int timeoutMs)
{
    return m_writer->flush(timeoutMs);
}

void TextLog::shutdown()
{
    uninstallMessageHandler();
    m_writer->shutdown();
}

qint64 TextLog::droppedLines() const
{
    return m_writer->droppedLines();
}

} // namespace mygpt
