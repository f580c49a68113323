#pragma once

#include "record/ExchangeRecord.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace mygpt::viewer {

// Sends a recorded request again through MyGPT, as a client would: same method, path and
// body, the local access key if one is set. The new exchange is recorded like any other;
// finished() names it so the viewer can select it.
class Replayer final : public QObject
{
    Q_OBJECT

public:
    explicit Replayer(QObject *parent = nullptr);

    struct Result
    {
        QByteArray originalId;
        QByteArray newId; // x-mygpt-request-id of the answer; empty if none came
        int status = 0; // 0: no HTTP answer
        QString error; // network error, if any
    };

    // `endpoint`: MyGPT's base URL (its origin is used); `accessKey`: empty when none is set.
    void replay(const ExchangeRecord &record, const QUrl &endpoint, const QByteArray &accessKey);
    int running() const { return m_running; }

Q_SIGNALS:
    void finished(const mygpt::viewer::Replayer::Result &result);

private:
    QNetworkAccessManager *m_network;
    int m_running = 0;
};

} // namespace mygpt::viewer

Q_DECLARE_METATYPE(mygpt::viewer::Replayer::Result)
