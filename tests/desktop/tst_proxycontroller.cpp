// The desktop app's proxy controller against the fake upstream: start and stop, the
// problems the tray reports (port in use, missing key, upstream 401), today's count, and
// new settings while a stream is in flight (the stream finishes).

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "desktop/ProxyController.h"
#include "fake_upstream.h"
#include "store/RequestStore.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using Problem = ProxyController::Problem;
using State = ProxyController::State;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestProxyController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startServeStop();
    void portInUse();
    void missingKey();
    void upstreamUnauthorized();
    void restartOnNewPortKeepsStream();
    void restartOnSamePortKeepsStream();
    void invalidSettingsKeepRunning();

private:
    ConfigResult configuration(quint16 port) const;
    std::unique_ptr<ProxyController> makeController(int drainTimeoutMs = 120'000);
    QNetworkReply *get(quint16 port, const QString &path);
    QNetworkReply *stream(quint16 port);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeUpstream> m_upstream;
    QNetworkAccessManager m_client;
};

void TestProxyController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_upstream = std::make_unique<test::FakeUpstream>();
    QVERIFY(m_upstream->start());
    m_client.setProxy(QNetworkProxy::NoProxy);
}

void TestProxyController::cleanup()
{
    m_upstream.reset();
}

ConfigResult TestProxyController::configuration(quint16 port) const
{
    ConfigResult result;
    result.config.baseUrl = m_upstream->baseUrl();
    result.config.port = port;
    result.config.apiKey = Secret("sk-first");
    result.config.logDir = m_dir->filePath(u"logs"_s);
    result.config.dataDir = m_dir->filePath(u"data"_s);
    return result;
}

std::unique_ptr<ProxyController> TestProxyController::makeController(int drainTimeoutMs)
{
    ControllerOptions options;
    options.console = false;
    options.takeOverMessages = false;
    options.drainTimeoutMs = drainTimeoutMs;
    return std::make_unique<ProxyController>(options);
}

QNetworkReply *TestProxyController::get(quint16 port, const QString &path)
{
    QUrl url(u"http://127.0.0.1"_s + path);
    url.setPort(port);
    return m_client.get(QNetworkRequest(url));
}

QNetworkReply *TestProxyController::stream(quint16 port)
{
    QUrl url(u"http://127.0.0.1/v1/chat/completions"_s);
    url.setPort(port);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // 10 chunks, 150 ms apart: a stream that is still running when the settings change.
    request.setRawHeader("x-fake-chunks", "10");
    request.setRawHeader("x-fake-interval-ms", "150");
    return m_client.post(request,
        R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"hi"}]})");
}

void TestProxyController::startServeStop()
{
    auto controller = makeController();
    const quint16 port = freePort();
    controller->setConfiguration(configuration(port));
    QCOMPARE(controller->state(), State::Stopped);
    QCOMPARE(controller->endpoint().port(), port);
    QVERIFY(controller->start());
    QCOMPARE(controller->state(), State::Running);
    QCOMPARE(controller->endpoint(), QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
    QVERIFY(controller->store());

    QSignalSpy today(controller.get(), &ProxyController::requestsTodayChanged);
    std::unique_ptr<QNetworkReply> reply(get(port, u"/v1/models"_s));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_upstream->lastRequest().header("authorization"), "Bearer sk-first");
    QTRY_COMPARE(controller->requestsToday(), 1);
    QVERIFY(!today.isEmpty());

    controller->stop();
    QCOMPARE(controller->state(), State::Stopped);
    QTcpServer again; // the port is free again
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

void TestProxyController::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    auto controller = makeController();
    controller->setConfiguration(configuration(squatter.serverPort()));
    QSignalSpy problems(controller.get(), &ProxyController::problemOccurred);
    QVERIFY(!controller->start());
    QCOMPARE(controller->state(), State::Error);
    QCOMPARE(controller->problem(), Problem::PortInUse);
    QCOMPARE(problems.size(), 1);
    QVERIFY(controller->problemText().contains(QString::number(squatter.serverPort())));

    squatter.close();
    QVERIFY(controller->start()); // the user freed it and pressed Start
    QCOMPARE(controller->state(), State::Running);
}

void TestProxyController::missingKey()
{
    auto controller = makeController();
    ConfigResult config = configuration(freePort());
    config.config.apiKey = {};
    config.config.baseUrl = QUrl(u"https://api.example.com/v1"_s);
    controller->setConfiguration(config);
    QSignalSpy problems(controller.get(), &ProxyController::problemOccurred);
    QVERIFY(controller->start());
    QVERIFY(controller->isRunning()); // still serving: clients' own keys are forwarded
    QCOMPARE(controller->state(), State::Error);
    QCOMPARE(controller->problem(), Problem::MissingApiKey);
    QCOMPARE(problems.size(), 1);
    QVERIFY(controller->problemText().contains(u"api.example.com"_s));

    // A local upstream (Ollama) needs no key.
    controller->stop();
    config.config.baseUrl = QUrl(u"http://localhost:11434"_s);
    controller->setConfiguration(config);
    QVERIFY(controller->start());
    QCOMPARE(controller->state(), State::Running);
}

void TestProxyController::upstreamUnauthorized()
{
    m_upstream->setHandler([](const test::ReceivedRequest &) {
        return test::jsonReply(401,
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})");
    });
    auto controller = makeController();
    const quint16 port = freePort();
    controller->setConfiguration(configuration(port));
    QVERIFY(controller->start());
    QSignalSpy problems(controller.get(), &ProxyController::problemOccurred);

    std::unique_ptr<QNetworkReply> reply(get(port, u"/v1/models"_s));
    QTRY_VERIFY(reply->isFinished());
    QTRY_COMPARE(controller->problem(), Problem::UpstreamUnauthorized);
    QCOMPARE(controller->state(), State::Error);
    QCOMPARE(problems.size(), 1);
    QVERIFY(controller->problemText().contains(u"401"_s));
    // Told once, not on every request.
    reply.reset(get(port, u"/v1/models"_s));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(problems.size(), 1);

    // The key works again: the error goes.
    m_upstream->resetHandler();
    reply.reset(get(port, u"/v1/models"_s));
    QTRY_VERIFY(reply->isFinished());
    QTRY_COMPARE(controller->state(), State::Running);
}

void TestProxyController::restartOnNewPortKeepsStream()
{
    auto controller = makeController();
    const quint16 oldPort = freePort();
    controller->setConfiguration(configuration(oldPort));
    QVERIFY(controller->start());
    std::unique_ptr<QNetworkReply> running(stream(oldPort));
    QTRY_VERIFY(running->bytesAvailable() > 0); // the stream has begun

    const quint16 newPort = freePort();
    ConfigResult changed = configuration(newPort);
    changed.config.apiKey = Secret("sk-second");
    controller->setConfiguration(changed);
    QCOMPARE(controller->endpoint().port(), newPort); // serving on the new port at once
    QCOMPARE(controller->drainingRuns(), 1);

    std::unique_ptr<QNetworkReply> fresh(get(newPort, u"/v1/models"_s));
    QTRY_VERIFY(fresh->isFinished());
    QCOMPARE(fresh->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_upstream->lastRequest().header("authorization"), "Bearer sk-second");

    QTRY_VERIFY_WITH_TIMEOUT(running->isFinished(), 10'000);
    QCOMPARE(running->error(), QNetworkReply::NoError);
    QVERIFY(running->readAll().contains("data: [DONE]"));
    QTRY_COMPARE(controller->drainingRuns(), 0);
}

void TestProxyController::restartOnSamePortKeepsStream()
{
    auto controller = makeController();
    const quint16 port = freePort();
    controller->setConfiguration(configuration(port));
    QVERIFY(controller->start());
    std::unique_ptr<QNetworkReply> running(stream(port));
    QTRY_VERIFY(running->bytesAvailable() > 0);

    ConfigResult changed = configuration(port);
    changed.config.apiKey = Secret("sk-second");
    controller->setConfiguration(changed);
    QCOMPARE(controller->state(), State::Running);
    // The old listener closed, so the new one serves at once, with the new key, while the
    // stream goes on over the old one.
    QVERIFY(controller->isRunning());
    std::unique_ptr<QNetworkReply> during(get(port, u"/v1/models"_s));
    QTRY_VERIFY(during->isFinished());
    QCOMPARE(during->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_upstream->lastRequest().header("authorization"), "Bearer sk-second");
    QVERIFY(!running->isFinished());

    QTRY_VERIFY_WITH_TIMEOUT(running->isFinished(), 10'000);
    QCOMPARE(running->error(), QNetworkReply::NoError);
    QVERIFY(running->readAll().contains("data: [DONE]"));
    // Then the new listener takes the port, with the new key.
    QTRY_VERIFY_WITH_TIMEOUT(controller->isRunning() && controller->drainingRuns() == 0, 5000);
    std::unique_ptr<QNetworkReply> fresh(get(port, u"/v1/models"_s));
    QTRY_VERIFY(fresh->isFinished());
    QCOMPARE(fresh->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_upstream->lastRequest().header("authorization"), "Bearer sk-second");
}

void TestProxyController::invalidSettingsKeepRunning()
{
    auto controller = makeController();
    const quint16 port = freePort();
    controller->setConfiguration(configuration(port));
    QVERIFY(controller->start());
    ConfigResult bad;
    bad.error = u"mygpt: PORT \"99999\" (from the environment) is not a port number"_s;
    controller->setConfiguration(bad);
    QCOMPARE(controller->problem(), Problem::InvalidSettings);
    QVERIFY(controller->isRunning());
    QCOMPARE(controller->endpoint().port(), port);
}

QTEST_GUILESS_MAIN(TestProxyController)
#include "tst_proxycontroller.moc"
