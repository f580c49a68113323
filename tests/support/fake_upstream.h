#pragma once

#include "fake_types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;

namespace mygpt::test {

class FakeConnection;
class TestCertificates;

// A raw HTTP/1.1 server on loopback that answers like the OpenAI API (see openai_script.h)
// or like a custom handler, and can misbehave at the byte level (Reply::Fault).
// Single-threaded: lives in the thread that created it.
class FakeUpstream : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const ReceivedRequest &)>;

    explicit FakeUpstream(QObject *parent = nullptr);
    ~FakeUpstream() override;

    // Listens on host() (127.0.0.1 unless setHost() said otherwise); port 0 picks a free one.
    // With Tls::On, a throw-away CA and server certificate are made with `openssl` first.
    // Forgets what an earlier start() recorded.
    bool start(Tls tls = Tls::Off, quint16 port = 0);
    void stop(); // closes the listener and every connection
    bool isListening() const;
    QString errorString() const { return m_error; }

    void setHost(const QHostAddress &host) { m_host = host; }
    QHostAddress host() const { return m_host; }
    quint16 port() const;
    bool isTls() const { return m_certs != nullptr; }
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/v1
    QUrl url(const QString &path) const; // e.g. url(u"/v1/models"_s)
    QString caCertificatePath() const; // empty without TLS

    qint64 elapsedMs() const; // clock of every *AtMs field; starts in start()

    // Default handler: openAiReply().
    void setHandler(Handler handler);
    void resetHandler();

    // Keeps at most `limit` requests and connections (oldest dropped); -1 = no limit.
    void setRecordLimit(int limit) { m_recordLimit = limit; }
    QList<ReceivedRequest> requests() const { return m_requests; }
    ReceivedRequest lastRequest() const;
    qint64 totalRequestCount() const { return m_totalRequests; } // survives limits and clears
    void clearRequests() { m_requests.clear(); }

    QList<ConnectionInfo> connections() const { return m_connections; }
    ConnectionInfo connection(int id) const; // id 0 when unknown (or dropped by the limit)
    int openConnectionCount() const { return int(m_live.size()); }
    void closeAllConnections(); // FIN after pending bytes, e.g. to make the client reconnect

Q_SIGNALS:
    void requestReceived(int index); // index into requests() at emission time
    void connectionOpened(int id);
    void connectionClosed(int id);

private:
    friend class FakeConnection;

    void acceptSocket(qintptr descriptor);
    // Called by FakeConnection; false for control requests (/__fake/...), which are not recorded.
    bool record(const ReceivedRequest &request);
    Reply replyFor(const ReceivedRequest &request);
    Reply controlReply(const ReceivedRequest &request);
    void noteBytes(int id, qint64 bytes);
    void noteClosed(int id, bool byPeer);
    ConnectionInfo *findConnection(int id);

    QTcpServer *m_server = nullptr;
    std::unique_ptr<TestCertificates> m_certs;
    QHostAddress m_host { QHostAddress::LocalHost };
    QElapsedTimer m_clock;
    Handler m_handler;
    QString m_error;
    QList<ReceivedRequest> m_requests;
    QList<ConnectionInfo> m_connections; // ordered by id
    QHash<int, FakeConnection *> m_live;
    int m_nextConnectionId = 1;
    int m_recordLimit = -1;
    qint64 m_totalRequests = 0;
    bool m_stopping = false;
};

} // namespace mygpt::test
