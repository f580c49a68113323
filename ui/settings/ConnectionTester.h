#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>


namespace mygpt::ui {

// "Test connection": GET <base>/models with the key, as the proxy would send it (same URL
// mapping, outbound proxy and extra CA), without blocking the dialog.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        int status = 0; // HTTP status, 0 when there was no answer
        int models = -1; // with ok
        QString message; // for the user: the count, or the upstream's own error message
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void test(const QUrl &baseUrl, const QByteArray &apiKey, const QString &outboundProxy,
        const QString &caFile);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    static QUrl modelsUrl(const QUrl &baseUrl);

Q_SIGNALS:
    void finished(const mygpt::ui::ConnectionTester::Result &result);

private:
    void onFinished();
    static QString upstreamMessage(const QByteArray &body);

    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 20'000;
};

} // namespace mygpt::ui
