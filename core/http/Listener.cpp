#include "http/Listener.h"

#include "http/ApiError.h"
#include "http/HttpCompat.h"

namespace mygpt {

Listener::Listener(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

bool Listener::start(QHttpServer &server, const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    m_server = &server;
    if (!compat::bind(server, this))
        return false;
    // Connected after QHttpServer's own handler (bind), so it runs once QHttpServer has taken
    // the new sockets and connected its readyRead slots.
    connect(this, &QTcpServer::pendingConnectionAvailable, this, &Listener::attachPending);
    return true;
}

void Listener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto *connection = new ClientConnection(socket, m_limits, this);
    m_connections.insert(socket, connection);
    m_byPeerPort.insert(connection->peerPort(), connection);
    m_unattached.append(connection);
    connect(connection, &ClientConnection::requestRejected, this,
            &Listener::connectionRejectedRequest);
    connect(connection, &QObject::destroyed, this, [this, socket, port = connection->peerPort()] {
        m_connections.remove(socket);
        m_byPeerPort.remove(port);
    });
    addPendingConnection(socket);
}

void Listener::attachPending()
{
    for (const auto &connection : std::as_const(m_unattached)) {
        if (connection)
            connection->serverAttached(m_server);
    }
    m_unattached.clear();
}

ClientConnection *Listener::connectionFor(const QHttpServerRequest &request,
                                          QHttpServerResponder &responder) const
{
    if constexpr (compat::writesThroughResponder)
        return m_byPeerPort.value(compat::peerPortOf(request));
    else
        return m_connections.value(compat::socketOf(request, responder));
}

} // namespace mygpt
