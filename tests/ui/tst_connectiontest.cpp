// "Test connection" in the settings dialog against the fake upstream over loopback: the
// model count, the upstream's own 401 message, an unreachable upstream, and a slow one that
// leaves the dialog working while it waits.

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "UiTestSupport.h"
#include "fake_upstream.h"
#include "settings/SettingsDialog.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::ui;
using mygpt::test::child;

class TestConnectionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void okShowsModelCount();
    void unauthorizedShowsUpstreamMessage();
    void unreachable();
    void slowUpstreamLeavesDialogResponsive();

private:
    void point(const QUrl &baseUrl, const QString &key);
    QString runTest();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SettingsDialog> m_dialog;
    std::unique_ptr<test::FakeUpstream> m_upstream;
};

void TestConnectionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = mygpt::test::makeSettingsStore(m_dir->path());
    m_dialog = std::make_unique<SettingsDialog>(m_store.get());
    m_dialog->setValues({});
    m_dialog->show();
    m_upstream = std::make_unique<test::FakeUpstream>();
    QVERIFY2(m_upstream->start(), qPrintable(m_upstream->errorString()));
}

void TestConnectionTest::cleanup()
{
    m_dialog.reset();
    m_upstream.reset();
}

void TestConnectionTest::point(const QUrl &baseUrl, const QString &key)
{
    child<QComboBox>(m_dialog.get(), u"baseUrl"_s)->setEditText(baseUrl.toString());
    child<QLineEdit>(m_dialog.get(), u"apiKey"_s)->setText(key);
    // The test must not go through a proxy from the developer's environment.
    child<QComboBox>(m_dialog.get(), u"proxyMode"_s)->setCurrentIndex(1);
}

QString TestConnectionTest::runTest()
{
    auto *button = child<QPushButton>(m_dialog.get(), u"testConnection"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 10'000))
        return u"(no result)"_s;
    return child<QLabel>(m_dialog.get(), u"testResult"_s)->text();
}

void TestConnectionTest::okShowsModelCount()
{
    point(m_upstream->baseUrl(), u"sk-test-ok"_s);
    const QString result = runTest();
    QVERIFY2(result.contains(u"4 models"_s), qPrintable(result));
    QVERIFY(result.startsWith(u"✓"_s));
    // The upstream saw the request the proxy would send: /v1/models with the key.
    QCOMPARE(m_upstream->lastRequest().path(), "/v1/models");
    QCOMPARE(m_upstream->lastRequest().header("authorization"), "Bearer sk-test-ok");
}

void TestConnectionTest::unauthorizedShowsUpstreamMessage()
{
    m_upstream->setHandler([](const test::ReceivedRequest &) {
        return test::jsonReply(401,
            R"({"error":{"message":"Incorrect API key provided. You can find your API key in your account.","type":"invalid_request_error","code":"invalid_api_key"}})");
    });
    point(m_upstream->baseUrl(), u"sk-wrong"_s);
    const QString result = runTest();
    QVERIFY2(result.startsWith(u"✗"_s), qPrintable(result));
    QVERIFY2(result.contains(u"401"_s), qPrintable(result));
    QVERIFY2(result.contains(u"Incorrect API key provided"_s), qPrintable(result));
    QVERIFY(!result.contains(u"sk-wrong"_s));
}

void TestConnectionTest::unreachable()
{
    const QUrl url = m_upstream->baseUrl();
    m_upstream->stop(); // nobody listens on that port any more
    point(url, u"sk-test"_s);
    const QString result = runTest();
    QVERIFY2(result.startsWith(u"✗"_s), qPrintable(result));
    QVERIFY2(result.contains(u"Cannot reach 127.0.0.1"_s), qPrintable(result));
}

void TestConnectionTest::slowUpstreamLeavesDialogResponsive()
{
    m_upstream->setHandler([](const test::ReceivedRequest &) {
        test::Reply reply = test::jsonReply(200, R"({"object":"list","data":[{"id":"m"}]})");
        reply.firstByteDelayMs = 1500;
        return reply;
    });
    point(m_upstream->baseUrl(), u"sk-test"_s);
    auto *button = child<QPushButton>(m_dialog.get(), u"testConnection"_s);
    auto *result = child<QLabel>(m_dialog.get(), u"testResult"_s);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(button, Qt::LeftButton);
    // The click returned at once; the dialog says it is waiting and still takes input.
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!button->isEnabled());
    QVERIFY(result->text().contains(u"Connecting"_s));
    auto *host = child<QLineEdit>(m_dialog.get(), u"host"_s);
    QTest::keyClicks(host, u"127.0.0.1"_s);
    QCOMPARE(host->text(), u"127.0.0.1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10'000);
    QVERIFY2(result->text().contains(u"1 model"_s), qPrintable(result->text()));
    QVERIFY(clock.elapsed() >= 1400);
}

MYGPT_UI_TEST_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
