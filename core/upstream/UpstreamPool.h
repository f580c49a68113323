#pragma once

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace mygpt {

struct UpstreamPoolOptions
{
    QString outboundProxy = QStringLiteral("system");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString caFile;        // extra PEM CA certificates for the upstream
    int initialManagers = 2; // spread the per-request cost over threads from the start
    int maxManagers = 64;    // 64 x 6 HTTP/1.1 connections per host
};

// QNetworkAccessManager opens at most six HTTP/1.1 connections per host and does all of a
// manager's work on one helper thread. The pool hands each request the least busy manager
// and adds managers when all of them are at that limit, so 200 concurrent streams to a
// plain-HTTP upstream run side by side instead of queueing.
class UpstreamPool final : public QObject
{
    Q_OBJECT

public:
    explicit UpstreamPool(const UpstreamPoolOptions &options, QObject *parent = nullptr);
    ~UpstreamPool() override;

    // Returns false with a reason when the CA file cannot be used.
    bool isValid(QString *error = nullptr) const;

    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);

    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    int managerCount() const { return int(m_slots.size()); }
    int inFlight() const;

private:
    struct Slot
    {
        QNetworkAccessManager *manager;
        int inFlight;
    };
    QNetworkAccessManager *createManager();

    UpstreamPoolOptions m_options;
    QSslConfiguration m_ssl;
    QString m_caError;
    QList<Slot> m_slots;
};

} // namespace mygpt
