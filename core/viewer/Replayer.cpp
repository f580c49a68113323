#include "viewer/Replayer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

Replayer::Replayer(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void Replayer::replay(
    const ExchangeRecord &record, const QUrl &endpoint, const QByteArray &accessKey)
{
    QUrl url = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url = QUrl(url.toString(QUrl::FullyEncoded) + QString::fromLatin1(record.path));
    QNetworkRequest request(url);
    request.setTransferTimeout(0); // a long stream is not a stall
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : record.requestHeaders) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0
            || name.compare("accept", Qt::CaseInsensitive) == 0)
            request.setRawHeader(name, value);
    }
    if (!record.requestBody.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!accessKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessKey);
    QNetworkReply *reply = m_network->sendCustomRequest(request, record.method, record.requestBody);
    ++m_running;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id = record.id] {
        reply->deleteLater();
        --m_running;
        Result result;
        result.originalId = id;
        result.newId = reply->rawHeader("x-mygpt-request-id");
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status == 0)
            result.error = reply->errorString();
        Q_EMIT finished(result);
    });
    // The answer itself is in the log; nothing to keep here.
    connect(reply, &QNetworkReply::readyRead, reply, [reply] { reply->readAll(); });
}

} // namespace mygpt::viewer
