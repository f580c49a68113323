#pragma once

#include "http_response.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <functional>

class QTcpSocket;
class QTimer;

namespace mygpt::test {

// A byte-level HTTP client for tests: sends exactly the bytes given and logs when each byte
// arrived, so tests can check framing, timing and connection handling.
class RawHttpClient : public QObject
{
    Q_OBJECT
public:
    struct Arrival
    {
        qint64 atMs; // elapsedMs() when the read happened
        qint64 end; // received() up to this offset had arrived by then
    };

    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    bool connectTo(quint16 port, int timeoutMs = 5000); // 127.0.0.1
    // TLS to 127.0.0.1, verifying the certificate against `peerName` (default: 127.0.0.1);
    // false on handshake failure (see sslErrorsSeen()).
    bool connectTls(quint16 port, const QSslConfiguration &config, const QString &peerName = {},
        int timeoutMs = 5000);

    // `Host` is added; `Content-Length` too when body is non-empty and no framing header is given.
    static QByteArray buildRequest(QByteArrayView method, QByteArrayView target,
        const HeaderList &headers = {}, const QByteArray &body = {});
    void send(const QByteArray &bytes);
    // Sends `bytes` a few at a time, one piece every `intervalMs`, like a slow or stalled
    // client; stops once all are sent, the peer closed, or a response began to arrive.
    void drip(const QByteArray &bytes, int piece = 4, int intervalMs = 250);
    qsizetype dripped() const { return m_dripped; } // bytes of drip() sent so far
    void stopDrip();
    void abort(); // close at once: the fake must see it as closed by the peer

    // Keeps only the first `bytes` in received() (-1: all); the rest is counted and logged only.
    void setKeepLimit(qint64 bytes) { m_keepLimit = bytes; }
    QByteArray received() const { return m_received; }
    qint64 bytesReceived() const { return m_total; }
    QList<Arrival> arrivals() const { return m_arrivals; }
    qint64 elapsedMs() const { return m_clock.elapsed(); } // since connect
    qint64 arrivalTimeOf(qint64 offset) const; // when byte [offset - 1] arrived; -1 if not yet

    // Processes events until `done()` or the timeout; true when done.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);
    // The response starting at `offset` (see HttpResponse::end for the next one).
    HttpResponse response(qsizetype offset = 0, bool requestWasHead = false) const;
    bool waitForResponse(int timeoutMs = 5000, qsizetype offset = 0);
    bool waitForClosed(int timeoutMs = 5000);

    bool isClosed() const { return m_closed; }
    QAbstractSocket::SocketError lastError() const { return m_error; }
    QList<QSslError> sslErrorsSeen() const { return m_sslErrors; }
    QTcpSocket *socket() const { return m_socket; }

private:
    bool connectImpl(QTcpSocket *socket, int timeoutMs, bool tls);
    void onReadyRead();

    QTcpSocket *m_socket = nullptr;
    QTimer *m_dripper = nullptr;
    qsizetype m_dripped = 0;
    QElapsedTimer m_clock;
    QByteArray m_received;
    QList<Arrival> m_arrivals;
    qint64 m_total = 0;
    qint64 m_keepLimit = -1;
    bool m_closed = false;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QList<QSslError> m_sslErrors;
};

} // namespace mygpt::test
