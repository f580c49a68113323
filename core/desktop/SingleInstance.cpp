#include "desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcInstance, "mygpt.desktop.instance", QtInfoMsg)

namespace {

constexpr QByteArrayView activateMessage = "activate\n";
constexpr int connectTimeoutMs = 1000;
constexpr int claimAttempts = 5; // the primary may be between lock and listen

QString lockFolder(const QString &lockDir)
{
    if (!lockDir.isEmpty())
        return lockDir;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

} // namespace

QString SingleInstance::defaultKey()
{
    // Per user (the config folder is in the home) and short enough for a Unix socket path.
    const QByteArray home = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                .toUtf8();
    return u"mygpt-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::SingleInstance(const QString &key, const QString &lockDir, QObject *parent)
    : QObject(parent)
    , m_serverName(key)
    , m_lock(QDir(lockFolder(lockDir)).filePath(key + u".lock"_s))
{
    m_lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim()
{
    for (int attempt = 0; attempt < claimAttempts; ++attempt) {
        if (m_lock.tryLock(0)) {
            m_primary = listen();
            return m_primary;
        }
        if (notifyPrimary()) {
            m_sent = true;
            return false;
        }
        // Locked, but nobody answers yet: the primary is starting, or a dead process left
        // the lock (tryLock removes it next time round).
        QThread::msleep(200);
    }
    qCWarning(lcInstance) << "Another MyGPT holds the instance lock but does not answer";
    return false;
}

bool SingleInstance::listen()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crash would make listen() fail; we hold the lock, so it is ours.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcInstance).noquote()
            << u"Cannot listen for other launches on %1: %2"_s.arg(m_serverName,
                   m_server->errorString());
        return true; // still the only instance: the lock says so
    }
    connect(m_server.get(), &QLocalServer::newConnection, this,
        &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == activateMessage)
                Q_EMIT activationRequested();
            socket->disconnectFromServer();
        });
    }
}

bool SingleInstance::notifyPrimary()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.write(activateMessage.data(), activateMessage.size());
    if (!socket.waitForBytesWritten(connectTimeoutMs))
        return false;
    // The primary closes once it has read the line: then it surely got it.
    if (socket.state() == QLocalSocket::ConnectedState)
        socket.waitForDisconnected(connectTimeoutMs);
    return true;
}

} // namespace mygpt
