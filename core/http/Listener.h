#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>

#include "http/ClientConnection.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace mygpt {

// The listening socket handed to QHttpServer. Owning it lets the proxy set socket options,
// watch every connection (ClientConnection) and find the connection behind a request.
class Listener final : public QTcpServer
{
    Q_OBJECT

public:
    explicit Listener(const ConnectionLimits &limits, QObject *parent = nullptr);

    // Listens, then binds to the server (which takes ownership).
    bool start(QHttpServer &server, const QHostAddress &address, quint16 port);

    ClientConnection *connectionFor(const QHttpServerRequest &request,
                                    QHttpServerResponder &responder) const;
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void connectionRejectedRequest(const struct ApiError &error);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void attachPending();

    ConnectionLimits m_limits;
    QPointer<QObject> m_server;
    QHash<QTcpSocket *, ClientConnection *> m_connections;
    QHash<quint16, ClientConnection *> m_byPeerPort;
    QList<QPointer<ClientConnection>> m_unattached;
};

} // namespace mygpt
