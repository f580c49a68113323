// Copy as curl and replay, for real: a FakeUpstream behind an in-process MyGPT; the curl
// command the viewer copies runs in a shell and reaches the fake through the proxy with the
// same request; the Replayer does the same and names the new exchange. Keys stay out.
#include "ProxyHarness.h"
#include "viewer/CurlCommand.h"
#include "viewer/Replayer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mygpt;
using namespace mygpt::test;
using namespace mygpt::viewer;
using namespace Qt::StringLiterals;

class TestViewerReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curlReplays_data();
    void curlReplays();
    void curlWithLocalAccessKey();
    void replayer();

private:
    static ExchangeRecord record(ProxyHarness &proxy, bool stream);
    static QProcess *runShell(const QString &command, const QByteArray &key);
};

void TestViewerReplay::initTestCase()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()
        || QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("curl and sh are needed to run the copied command");
}

ExchangeRecord TestViewerReplay::record(ProxyHarness &proxy, bool stream)
{
    const int before = int(proxy.records().size());
    const HttpResponse r = proxy.roundTrip("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Authorization", "Bearer client-key" } },
        ProxyHarness::chatBody("gpt-4o-mini", stream, R"("temperature":0.5)"));
    if (r.status != 200 || proxy.records().size() != before + 1)
        return {};
    return proxy.records().last();
}

QProcess *TestViewerReplay::runShell(const QString &command, const QByteArray &key)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MYGPT_KEY"_s, QString::fromLatin1(key));
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    env.remove(u"all_proxy"_s);
    process->setProcessEnvironment(env);
    process->start(u"sh"_s, { u"-c"_s, command });
    return process;
}

void TestViewerReplay::curlReplays_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("plain") << false;
    QTest::newRow("stream") << true;
}

void TestViewerReplay::curlReplays()
{
    QFETCH(bool, stream);
    ProxyHarness proxy;
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    const ExchangeRecord original = record(proxy, stream);
    QVERIFY(!original.id.isEmpty());
    const QByteArray upstreamBody = proxy.upstream().lastRequest().body;

    const QString curl = curlCommand(original, proxy.url(u"/v1"_s));
    QVERIFY(!curl.contains(QString::fromLatin1(ProxyHarness::apiKey)));
    QVERIFY(!curl.contains(u"client-key"_s));
    std::unique_ptr<QProcess> process(runShell(curl, "anything"));
    // The shell waits for the proxy, which runs in this thread: keep the event loop going.
    QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 15000);
    const QByteArray out = process->readAllStandardOutput();
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    if (stream)
        QVERIFY2(out.contains("data: [DONE]"), out.constData());
    else
        QVERIFY2(QJsonDocument::fromJson(out).object().contains(u"choices"_s), out.constData());

    // The same request went upstream again, and MyGPT recorded it as a new exchange.
    QCOMPARE(proxy.upstream().lastRequest().body, upstreamBody);
    QTRY_COMPARE(proxy.records().size(), 2);
    const ExchangeRecord replayed = proxy.records().last();
    QVERIFY(replayed.id != original.id);
    QCOMPARE(replayed.requestBody, original.requestBody);
    QCOMPARE(replayed.stream, stream);
    QCOMPARE(replayed.status, 200);
}

void TestViewerReplay::curlWithLocalAccessKey()
{
    ProxyHarness proxy(
        [](ProxyConfig &c) { c.accessKey = Secret(QByteArray("local-access-key")); });
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    const HttpResponse first = proxy.roundTrip("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Authorization", "Bearer local-access-key" } },
        ProxyHarness::chatBody("gpt-4o-mini", false));
    QCOMPARE(first.status, 200);
    const QString curl = curlCommand(proxy.records().last(), proxy.url(u"/v1"_s));
    QVERIFY(!curl.contains(u"local-access-key"_s));

    std::unique_ptr<QProcess> wrong(runShell(curl + u" -o /dev/null -w '%{http_code}'"_s, "nope"));
    QTRY_VERIFY_WITH_TIMEOUT(wrong->state() == QProcess::NotRunning, 15000);
    QCOMPARE(wrong->readAllStandardOutput(), QByteArray("401"));
    std::unique_ptr<QProcess> right(
        runShell(curl + u" -o /dev/null -w '%{http_code}'"_s, "local-access-key"));
    QTRY_VERIFY_WITH_TIMEOUT(right->state() == QProcess::NotRunning, 15000);
    QCOMPARE(right->readAllStandardOutput(), QByteArray("200"));
}

void TestViewerReplay::replayer()
{
    ProxyHarness proxy(
        [](ProxyConfig &c) { c.accessKey = Secret(QByteArray("local-access-key")); });
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    const HttpResponse first = proxy.roundTrip("POST", "/v1/chat/completions",
        { { "Content-Type", "application/json" }, { "Authorization", "Bearer local-access-key" } },
        ProxyHarness::chatBody("gpt-4o-mini", true));
    QCOMPARE(first.status, 200);
    const ExchangeRecord original = proxy.records().last();

    Replayer replayer;
    QSignalSpy done(&replayer, &Replayer::finished);
    replayer.replay(original, proxy.url(u"/v1"_s), "local-access-key");
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    const auto result = done.first().at(0).value<Replayer::Result>();
    QCOMPARE(result.status, 200);
    QCOMPARE(result.originalId, original.id);
    QTRY_COMPARE(proxy.records().size(), 2);
    QCOMPARE(result.newId, proxy.records().last().id);
    QCOMPARE(proxy.records().last().requestBody, original.requestBody);

    replayer.replay(original, proxy.url(u"/v1"_s), "wrong-key");
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
    QCOMPARE(done.last().at(0).value<Replayer::Result>().status, 401);
}

QTEST_GUILESS_MAIN(TestViewerReplay)
#include "tst_viewer_replay.moc"
