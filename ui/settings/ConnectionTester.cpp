#include "settings/ConnectionTester.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslCertificate>

#include "upstream/OutboundProxy.h"
#include "upstream/UpstreamUrl.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

constexpr qsizetype maxMessageChars = 300;

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    m_manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

QUrl ConnectionTester::modelsUrl(const QUrl &baseUrl)
{
    return upstreamUrl(baseUrl, QByteArrayLiteral("/v1/models"));
}

void ConnectionTester::test(const QUrl &baseUrl, const QByteArray &apiKey,
    const QString &outboundProxy, const QString &caFile)
{
    cancel();
    // The manager takes ownership of the factory.
    m_manager.setProxyFactory(new OutboundProxyFactory(
        outboundProxy.isEmpty() ? u"system"_s : outboundProxy,
        QProcessEnvironment::systemEnvironment()));
    QNetworkRequest request(modelsUrl(baseUrl));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"MyGPT/" MYGPT_VERSION ""_s);
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey);
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QFile file(caFile);
        if (file.open(QIODevice::ReadOnly))
            ssl.addCaCertificates(QSslCertificate::fromData(file.readAll()));
        request.setSslConfiguration(ssl);
    }
    m_reply = m_manager.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (result.status == 0) {
        result.message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("No answer within %1 seconds.").arg(m_timeoutMs / 1000)
            : tr("Cannot reach %1: %2").arg(reply->url().host(), reply->errorString());
    } else if (result.status >= 200 && result.status < 300) {
        const QJsonValue data = QJsonDocument::fromJson(body).object().value(u"data"_s);
        if (data.isArray()) {
            result.ok = true;
            result.models = int(data.toArray().size());
            result.message = tr("Connected: %n model(s) available.", nullptr, result.models);
        } else {
            result.message = tr("The upstream answered, but not with a model list. Is the "
                                "base URL right?");
        }
    } else {
        const QString own = upstreamMessage(body);
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        result.message = own.isEmpty()
            ? tr("The upstream answered %1 %2.").arg(result.status).arg(reason)
            : tr("The upstream answered %1: %2").arg(result.status).arg(own);
    }
    Q_EMIT finished(result);
}

QString ConnectionTester::upstreamMessage(const QByteArray &body)
{
    // OpenAI's {"error":{"message"}}, or the {"error":"..."} / {"message"} / {"detail"}
    // that other gateways send.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message;
    const QJsonValue error = object.value(u"error"_s);
    if (error.isObject())
        message = error.toObject().value(u"message"_s).toString();
    else if (error.isString())
        message = error.toString();
    if (message.isEmpty())
        message = object.value(u"message"_s).toString();
    if (message.isEmpty())
        message = object.value(u"detail"_s).toString();
    return message.simplified().left(maxMessageChars);
}

} // namespace mygpt::ui
