#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;

namespace mygpt {

// One MyGPT per user, as KeePassXC does it: whoever holds the lock file is the primary
// instance and listens on a local socket (user access only); a later launch finds the lock
// taken, tells the primary to come forward, and exits. A lock left by a crashed process is
// recovered (QLockFile checks whether its process still lives).
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // `key` names the lock file and the socket; the default is per user and per config
    // folder. Tests pass their own key and folder.
    explicit SingleInstance(
        const QString &key = defaultKey(), const QString &lockDir = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();

    // True when this process is now the primary instance (listening for others). False
    // when another one runs: it has been told to come forward (see activationSent()).
    bool claim();
    bool isPrimary() const { return m_primary; }
    // After claim() returned false: whether the running instance got the message.
    bool activationSent() const { return m_sent; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // Another launch asked this (primary) instance to show itself.
    void activationRequested();

private:
    bool listen();
    bool notifyPrimary();
    void acceptConnections();

    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    bool m_primary = false;
    bool m_sent = false;
};

} // namespace mygpt
