#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mygpt {

// What happened in one exchange, for the console line (and, later, the request log).
struct ExchangeRecord
{
    QByteArray id;                // 8 hex characters, also sent as x-mygpt-request-id
    QByteArray upstreamRequestId; // the upstream's x-request-id
    QDateTime received;
    qint64 firstByteMs = -1;      // upstream's first byte, ms after `received`
    qint64 durationMs = -1;
    QString clientAddress;
    QByteArray userAgent;
    QByteArray method;
    QByteArray path;              // with query
    QString model;
    bool stream = false;
    int status = 0;
    QString error;
    bool cancelled = false;       // the client went away first
    qint64 bytesIn = 0;           // request body bytes
    qint64 bytesOut = 0;          // response body bytes relayed
};

} // namespace mygpt
