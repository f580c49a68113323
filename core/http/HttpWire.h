#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "http/HttpCompat.h"

namespace mygpt::wire {

// HTTP/1.1 bytes the proxy writes itself (see HttpCompat.h for when).
QByteArray reasonPhrase(int status);
QByteArray head(int status, const HeaderList &headers, int versionMinor = 1);
QByteArray chunk(QByteArrayView data);
inline constexpr QByteArrayView lastChunk = "0\r\n\r\n";
inline constexpr QByteArrayView continueLine = "HTTP/1.1 100 Continue\r\n\r\n";

// Case-insensitive lookup in a header list; empty when absent.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);

} // namespace mygpt::wire
