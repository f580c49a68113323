#pragma once

#include "record/ExchangeRecord.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mygpt::config {

// Parsers for single setting values, shared by loadConfig() and the settings UI. Each returns
// the normalised value, or nullopt with *why set to the end of an error sentence, e.g.
// `is not a port number (1-65535)`, in the installed language (context "mygpt::Config").
// Input is expected to be trimmed already.

inline constexpr int maxTimeoutSec = 24 * 60 * 60;
inline constexpr qint64 maxBodyBytesLimit = qint64(4) * 1024 * 1024 * 1024;
inline constexpr qint64 maxHeaderBytesLimit = 16 * 1024 * 1024;

std::optional<quint16> parsePort(QStringView text, QString *why);
std::optional<int> parseSeconds(QStringView text, QString *why);
std::optional<qint64> parseByteSize(QStringView text, qint64 limit, QString *why);
std::optional<QUrl> parseBaseUrl(QStringView text, QString *why);
std::optional<QString> parseHost(QStringView text, QString *why);
std::optional<QString> parseOrigin(QStringView text, QString *why);
std::optional<QStringList> parseAllowedOrigins(QStringView text, QString *why);
std::optional<QString> parseOutboundProxy(QStringView text, QString *why);
std::optional<QString> parseLogLevel(QStringView text, QString *why);
std::optional<bool> parseSwitch(QStringView text, QString *why); // on/off, true/false, yes/no, 1/0
std::optional<int> parseDays(QStringView text, QString *why);
std::optional<ContentPolicy> parseContentPolicy(QStringView text, QString *why);
// An API or access key must fit in an HTTP header unchanged.
std::optional<QByteArray> parseKey(QStringView text, QString *why);
// Checks that the file can be read and holds a PEM certificate.
std::optional<QString> checkCaFile(const QString &absolutePath, QString *why);

bool isLoopbackHost(QStringView host);

// For messages: quoted, control characters escaped (so it stays one line), long text cut.
QString quoted(QStringView text);
// "scheme://user:pass@host" -> "scheme://user:***@host", anywhere in the text.
QString redactPassword(const QString &text);

} // namespace mygpt::config
