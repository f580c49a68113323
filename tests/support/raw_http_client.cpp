#include "raw_http_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mygpt::test {

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
{ }

RawHttpClient::~RawHttpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray RawHttpClient::buildRequest(
    QByteArrayView method, QByteArrayView target, const HeaderList &headers, const QByteArray &body)
{
    QByteArray out = method.toByteArray() + ' ' + target + " HTTP/1.1\r\n";
    if (!containsHeader(headers, "host"))
        out += "Host: 127.0.0.1\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() && !containsHeader(headers, "content-length")
        && !containsHeader(headers, "transfer-encoding"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    auto *socket = new QTcpSocket(this);
    socket->connectToHost(u"127.0.0.1"_s, port);
    return connectImpl(socket, timeoutMs, false);
}

bool RawHttpClient::connectTls(
    quint16 port, const QSslConfiguration &config, const QString &peerName, int timeoutMs)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    const QString host = u"127.0.0.1"_s;
    socket->connectToHostEncrypted(host, port, peerName.isEmpty() ? host : peerName);
    return connectImpl(socket, timeoutMs, true);
}

bool RawHttpClient::connectImpl(QTcpSocket *socket, int timeoutMs, bool tls)
{
    m_socket = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QIODevice::readyRead, this, &RawHttpClient::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, [this] { m_closed = true; });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        m_error = e;
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_closed = true;
    });
    m_clock.start();
    const bool ok = waitUntil(
        [&] {
            if (m_closed || socket->state() == QAbstractSocket::UnconnectedState)
                return true;
            return tls ? static_cast<QSslSocket *>(socket)->isEncrypted()
                       : socket->state() == QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    const bool connected = ok && socket->state() == QAbstractSocket::ConnectedState
        && (!tls || static_cast<QSslSocket *>(socket)->isEncrypted());
    m_clock.start(); // arrival times count from the established connection
    return connected;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void RawHttpClient::drip(const QByteArray &bytes, int piece, int intervalMs)
{
    stopDrip();
    m_dripped = 0;
    m_dripper = new QTimer(this);
    connect(m_dripper, &QTimer::timeout, this, [this, bytes, piece] {
        if (m_closed || m_dripped >= bytes.size() || !m_received.isEmpty()) {
            stopDrip();
            return;
        }
        send(bytes.mid(m_dripped, piece));
        m_dripped += qMin<qsizetype>(piece, bytes.size() - m_dripped);
    });
    m_dripper->start(intervalMs);
}

void RawHttpClient::stopDrip()
{
    if (m_dripper) {
        m_dripper->stop();
        m_dripper->deleteLater();
        m_dripper = nullptr;
    }
}

void RawHttpClient::abort()
{
    if (m_socket)
        m_socket->abort();
    m_closed = true;
}

void RawHttpClient::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (m_keepLimit < 0)
        m_received += data;
    else if (m_received.size() < m_keepLimit)
        m_received += data.first(qMin<qint64>(data.size(), m_keepLimit - m_received.size()));
    m_total += data.size();
    m_arrivals.append({ m_clock.elapsed(), m_total });
}

qint64 RawHttpClient::arrivalTimeOf(qint64 offset) const
{
    for (const Arrival &a : m_arrivals) {
        if (a.end >= offset)
            return a.atMs;
    }
    return -1;
}

bool RawHttpClient::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    // A local loop with a short poll: socket signals are delivered with their own timing.
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

HttpResponse RawHttpClient::response(qsizetype offset, bool requestWasHead) const
{
    return parseHttpResponse(m_received, offset, m_closed, requestWasHead);
}

bool RawHttpClient::waitForResponse(int timeoutMs, qsizetype offset)
{
    return waitUntil([&] { return response(offset).complete || m_closed; }, timeoutMs)
        && response(offset).complete;
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    return waitUntil([&] { return m_closed; }, timeoutMs);
}

} // namespace mygpt::test
