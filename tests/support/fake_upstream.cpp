#include "fake_upstream.h"

#include "fake_connection.h"
#include "openai_script.h"
#include "test_certificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace mygpt::test {

namespace {
bool isControlTarget(const QByteArray &target)
{
    return target.startsWith("/__fake/");
}
} // namespace

FakeUpstream::FakeUpstream(QObject *parent)
    : QObject(parent)
{ }

FakeUpstream::~FakeUpstream()
{
    m_stopping = true; // no signals from a half-destroyed object
    stop();
}

bool FakeUpstream::start(Tls tls, quint16 port)
{
    stop();
    m_stopping = false;
    m_error.clear();
    m_requests.clear();
    m_connections.clear();
    m_certs.reset();
    if (tls == Tls::On) {
        if (!QSslSocket::supportsSsl()) {
            m_error = u"this Qt has no TLS backend"_s;
            return false;
        }
        m_certs = std::make_unique<TestCertificates>();
        if (!m_certs->generate()) {
            m_error = m_certs->errorString();
            m_certs.reset();
            return false;
        }
    }
    auto *listener = new FakeListener(this);
    listener->onIncoming = [this](qintptr descriptor) { acceptSocket(descriptor); };
    listener->setListenBacklogSize(1024); // wrk opens its connections all at once
    m_server = listener;
    if (!m_server->listen(m_host, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_clock.start();
    return true;
}

void FakeUpstream::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const auto live = m_live.values();
    for (FakeConnection *connection : live)
        connection->closeNow();
    m_live.clear();
}

bool FakeUpstream::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FakeUpstream::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeUpstream::baseUrl() const
{
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    url.setHost(m_host.toString());
    url.setPort(port());
    url.setPath(u"/v1"_s);
    return url;
}

QUrl FakeUpstream::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path));
}

QString FakeUpstream::caCertificatePath() const
{
    return m_certs ? m_certs->caCertificatePath() : QString();
}

qint64 FakeUpstream::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void FakeUpstream::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeUpstream::resetHandler()
{
    m_handler = nullptr;
}

ReceivedRequest FakeUpstream::lastRequest() const
{
    return m_requests.isEmpty() ? ReceivedRequest() : m_requests.last();
}

ConnectionInfo FakeUpstream::connection(int id) const
{
    if (m_connections.isEmpty())
        return {};
    const qsizetype index = id - m_connections.first().id;
    return index >= 0 && index < m_connections.size() ? m_connections.at(index) : ConnectionInfo();
}

ConnectionInfo *FakeUpstream::findConnection(int id)
{
    if (m_connections.isEmpty())
        return nullptr;
    const qsizetype index = id - m_connections.first().id; // ids are contiguous
    return index >= 0 && index < m_connections.size() ? &m_connections[index] : nullptr;
}

void FakeUpstream::closeAllConnections()
{
    const auto live = m_live.values();
    for (FakeConnection *connection : live)
        connection->closeGracefully();
}

void FakeUpstream::acceptSocket(qintptr descriptor)
{
    QTcpSocket *socket = m_certs ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const int id = m_nextConnectionId++;
    ConnectionInfo info;
    info.id = id;
    info.openedAtMs = elapsedMs();
    m_connections.append(info);
    if (m_recordLimit >= 0 && m_connections.size() > m_recordLimit)
        m_connections.removeFirst();
    auto *connection = new FakeConnection(id, socket, this);
    m_live.insert(id, connection);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(m_certs->serverConfiguration());
        ssl->startServerEncryption();
    }
    Q_EMIT connectionOpened(id);
}

bool FakeUpstream::record(const ReceivedRequest &request)
{
    if (isControlTarget(request.target))
        return false;
    ++m_totalRequests;
    m_requests.append(request);
    if (m_recordLimit >= 0 && m_requests.size() > m_recordLimit)
        m_requests.removeFirst();
    Q_EMIT requestReceived(int(m_requests.size()) - 1);
    return true;
}

Reply FakeUpstream::replyFor(const ReceivedRequest &request)
{
    if (isControlTarget(request.target))
        return controlReply(request);
    return m_handler ? m_handler(request) : openAiReply(request);
}

Reply FakeUpstream::controlReply(const ReceivedRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/__fake/requests" && request.method == "DELETE") {
        const auto cleared = m_requests.size();
        clearRequests();
        return jsonReply(200, "{\"cleared\":" + QByteArray::number(cleared) + '}');
    }
    if (path == "/__fake/requests") {
        QJsonArray list;
        for (const auto &r : std::as_const(m_requests)) {
            QJsonArray headers;
            for (const auto &h : r.headers)
                headers.append(
                    QJsonArray { QString::fromLatin1(h.first), QString::fromUtf8(h.second) });
            list.append(QJsonObject {
                { u"method"_s, QString::fromLatin1(r.method) },
                { u"target"_s, QString::fromUtf8(r.target) },
                { u"headers"_s, headers },
                { u"body"_s, QString::fromUtf8(r.body) },
                { u"connectionId"_s, r.connectionId },
                { u"receivedAtMs"_s, r.receivedAtMs },
            });
        }
        return jsonReply(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    return jsonReply(404,
        QByteArrayLiteral(
            R"({"error":{"message":"unknown /__fake/ endpoint","type":"invalid_request_error","param":null,"code":null}})"));
}

void FakeUpstream::noteBytes(int id, qint64 bytes)
{
    if (ConnectionInfo *info = findConnection(id))
        info->bytesReceived += bytes;
}

void FakeUpstream::noteClosed(int id, bool byPeer)
{
    if (ConnectionInfo *info = findConnection(id)) {
        info->closedAtMs = elapsedMs();
        info->closedByPeer = byPeer;
    }
    m_live.remove(id);
    if (!m_stopping)
        Q_EMIT connectionClosed(id);
}

} // namespace mygpt::test
