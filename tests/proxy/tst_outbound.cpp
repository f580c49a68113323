// How MyGPT reaches the upstream: through a configured or environment proxy, or directly.
#include <QScopeGuard>
#include <QTest>

#include "ProxyHarness.h"
#include "upstream/OutboundProxy.h"
#include "upstream/UpstreamUrl.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

class TestOutbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configuredHttpProxyCarriesTheRequest();
    void environmentProxyIsUsedForHttps();
    void noProxyMatching_data();
    void noProxyMatching();
    void proxyChoice_data();
    void proxyChoice();
    void upstreamUrlJoining_data();
    void upstreamUrlJoining();
    void directHttpAnywhereOnceTheApplicationProxyIsOff();
};

void TestOutbound::configuredHttpProxyCarriesTheRequest()
{
    // The fake upstream plays the proxy: an HTTP proxy gets the absolute URL as target.
    FakeUpstream proxy;
    QVERIFY(proxy.start());
    ProxyHarness h([&](ProxyConfig &c) {
        c.baseUrl = QUrl(u"http://api.upstream.example/v1"_s);
        c.outboundProxy = u"http://127.0.0.1:%1"_s.arg(proxy.port());
    });
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("GET", "/v1/models?limit=3");
    QCOMPARE(r.status, 200);
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.lastRequest().target, QByteArray("http://api.upstream.example/v1/models?limit=3"));
    QCOMPARE(proxy.lastRequest().header("authorization"), "Bearer " + ProxyHarness::apiKey);
    QCOMPARE(h.upstream().totalRequestCount(), 0);
}

void TestOutbound::environmentProxyIsUsedForHttps()
{
    // HTTPS through a proxy starts with CONNECT host:443; the fake refuses it, which is enough
    // to see that the environment's proxy was chosen and the failure is reported as such.
    FakeUpstream proxy;
    QVERIFY(proxy.start());
    proxy.setHandler([](const ReceivedRequest &) { return textReply(403, "text/plain", "no tunnels"); });
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    ProxyHarness h([&](ProxyConfig &c) { c.baseUrl = QUrl(u"https://api.upstream.example/v1"_s); });
    qunsetenv("HTTPS_PROXY");
    QVERIFY(h.ok());
    const HttpResponse r = h.roundTrip("GET", "/v1/models");
    QCOMPARE(r.status, 502);
    QTRY_COMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.lastRequest().method, QByteArray("CONNECT"));
    QCOMPARE(proxy.lastRequest().target, QByteArray("api.upstream.example:443"));
}

void TestOutbound::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bypass");
    QTest::newRow("star") << u"*"_s << u"api.openai.com"_s << 443 << true;
    QTest::newRow("exact") << u"api.openai.com"_s << u"api.openai.com"_s << 443 << true;
    QTest::newRow("suffix") << u"openai.com"_s << u"api.openai.com"_s << 443 << true;
    QTest::newRow("dot suffix") << u".openai.com"_s << u"api.openai.com"_s << 443 << true;
    QTest::newRow("not a suffix") << u"ai.com"_s << u"api.openai.com"_s << 443 << false;
    QTest::newRow("list") << u"example.org, .deepseek.com ,x"_s << u"api.deepseek.com"_s << 443 << true;
    QTest::newRow("port match") << u"api.x.com:443"_s << u"api.x.com"_s << 443 << true;
    QTest::newRow("port mismatch") << u"api.x.com:8443"_s << u"api.x.com"_s << 443 << false;
    QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"10.1.2.3"_s << 80 << true;
    QTest::newRow("cidr miss") << u"10.0.0.0/8"_s << u"11.1.2.3"_s << 80 << false;
    QTest::newRow("empty") << QString() << u"api.openai.com"_s << 443 << false;
}

void TestOutbound::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bypass);
    QCOMPARE(OutboundProxyFactory::matchesNoProxy(noProxy, host, port), bypass);
}

void TestOutbound::proxyChoice_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("proxyHost");
    const int none = QNetworkProxy::NoProxy, http = QNetworkProxy::HttpProxy,
              socks = QNetworkProxy::Socks5Proxy;
    QTest::newRow("none") << u"none"_s << QStringList { u"HTTPS_PROXY=http://p:1"_s }
                          << u"https://api.openai.com/v1"_s << none << QString();
    QTest::newRow("explicit socks") << u"socks5://s.example:1080"_s << QStringList()
                                    << u"https://api.openai.com/v1"_s << socks << u"s.example"_s;
    QTest::newRow("https env") << u"system"_s << QStringList { u"HTTPS_PROXY=http://p.example:3128"_s }
                               << u"https://api.openai.com/v1"_s << http << u"p.example"_s;
    QTest::newRow("lower case wins") << u"system"_s
                                     << QStringList { u"HTTPS_PROXY=http://upper:1"_s, u"https_proxy=http://lower:1"_s }
                                     << u"https://api.openai.com/v1"_s << http << u"lower"_s;
    QTest::newRow("http env for http") << u"system"_s << QStringList { u"HTTP_PROXY=http://h.example:80"_s }
                                       << u"http://api.example/v1"_s << http << u"h.example"_s;
    QTest::newRow("all_proxy") << u"system"_s << QStringList { u"ALL_PROXY=socks5://a.example:1080"_s }
                               << u"https://api.openai.com/v1"_s << socks << u"a.example"_s;
    QTest::newRow("no_proxy") << u"system"_s
                              << QStringList { u"HTTPS_PROXY=http://p:1"_s, u"NO_PROXY=.openai.com"_s }
                              << u"https://api.openai.com/v1"_s << none << QString();
    // Direct plain HTTP to loopback is asked for as DefaultProxy (a buffered socket in QNAM,
    // which Qt resolves to no proxy for loopback hosts); elsewhere direct stays NoProxy.
    const int direct = QNetworkProxy::DefaultProxy;
    QTest::newRow("loopback direct") << u"http://p.example:3128"_s << QStringList()
                                     << u"http://localhost:11434/v1"_s << direct << QString();
    QTest::newRow("loopback address") << u"system"_s << QStringList { u"HTTP_PROXY=http://h.example:80"_s }
                                      << u"http://127.0.0.1:8080/v1"_s << direct << QString();
    QTest::newRow("loopback https") << u"system"_s << QStringList { u"HTTPS_PROXY=http://p:1"_s }
                                    << u"https://localhost:8443/v1"_s << none << QString();
    QTest::newRow("sub.localhost") << u"system"_s << QStringList()
                                   << u"http://ollama.localhost/v1"_s << none << QString();
    QTest::newRow("none, remote http") << u"none"_s << QStringList()
                                       << u"http://192.168.1.20:11434/v1"_s << none << QString();
}

void TestOutbound::proxyChoice()
{
    QFETCH(QString, setting);
    QFETCH(QStringList, environment);
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(QString, proxyHost);
    QProcessEnvironment env;
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    OutboundProxyFactory factory(setting, env);
    const QList<QNetworkProxy> chosen = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(int(chosen.first().type()), type);
    if (!proxyHost.isEmpty())
        QCOMPARE(chosen.first().hostName(), proxyHost);
}

void TestOutbound::upstreamUrlJoining_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1 base") << u"https://api.openai.com/v1"_s << QByteArray("/v1/chat/completions")
                             << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::newRow("trailing slash") << u"https://api.openai.com/v1/"_s << QByteArray("/v1/models")
                                    << u"https://api.openai.com/v1/models"_s;
    QTest::newRow("no version") << u"https://api.deepseek.com"_s << QByteArray("/v1/chat/completions")
                                << u"https://api.deepseek.com/v1/chat/completions"_s;
    QTest::newRow("no version slash") << u"http://localhost:11434/"_s << QByteArray("/v1/models")
                                      << u"http://localhost:11434/v1/models"_s;
    QTest::newRow("nested v1") << u"https://openrouter.ai/api/v1"_s << QByteArray("/v1/chat/completions")
                               << u"https://openrouter.ai/api/v1/chat/completions"_s;
    QTest::newRow("v4") << u"https://open.bigmodel.cn/api/paas/v4"_s << QByteArray("/v1/chat/completions")
                        << u"https://open.bigmodel.cn/api/paas/v4/chat/completions"_s;
    QTest::newRow("v1beta") << u"https://generativelanguage.googleapis.com/v1beta/openai"_s
                            << QByteArray("/v1/chat/completions")
                            << u"https://generativelanguage.googleapis.com/v1beta/openai/chat/completions"_s;
    QTest::newRow("dashscope") << u"https://dashscope.aliyuncs.com/compatible-mode/v1"_s
                               << QByteArray("/v1/embeddings")
                               << u"https://dashscope.aliyuncs.com/compatible-mode/v1/embeddings"_s;
    QTest::newRow("query kept") << u"https://x.example/v1"_s << QByteArray("/v1/files?purpose=a%2Fb&x=1")
                                << u"https://x.example/v1/files?purpose=a%2Fb&x=1"_s;
    QTest::newRow("encoded path") << u"https://x.example/v1"_s << QByteArray("/v1/models/ft%3Ax")
                                  << u"https://x.example/v1/models/ft%3Ax"_s;
    QTest::newRow("bare v1") << u"https://x.example/v1"_s << QByteArray("/v1")
                             << u"https://x.example/v1"_s;
}

void TestOutbound::upstreamUrlJoining()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, request);
    QFETCH(QString, expected);
    QCOMPARE(upstreamUrl(QUrl(base), request).toString(QUrl::FullyEncoded), expected);
}

// With Qt's application-wide proxy off (as main() sets it), DefaultProxy means "direct" for
// every host, so direct plain HTTP to a LAN host gets QNAM's buffered socket too; HTTPS and
// real proxies are untouched. Qt's system setting is restored for the other tests.
void TestOutbound::directHttpAnywhereOnceTheApplicationProxyIsOff()
{
    QProcessEnvironment env;
    env.insert(u"HTTP_PROXY"_s, u"http://h.example:80"_s);
    env.insert(u"NO_PROXY"_s, u"192.168.1.20"_s);
    OutboundProxyFactory system(u"system"_s, env);
    OutboundProxyFactory none(u"none"_s, env);
    const QNetworkProxyQuery lan(QUrl(u"http://192.168.1.20:11434/v1"_s));
    QCOMPARE(system.queryProxy(lan).constFirst().type(), QNetworkProxy::NoProxy); // Qt's default
    OutboundProxyFactory::disableApplicationProxy();
    const auto restore = qScopeGuard([] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
    QCOMPARE(system.queryProxy(lan).constFirst().type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(none.queryProxy(lan).constFirst().type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(u"192.168.1.20"_s, 11434))
                     .constFirst().type(),
             QNetworkProxy::NoProxy); // what the socket resolves DefaultProxy to
    QCOMPARE(none.queryProxy(QNetworkProxyQuery(QUrl(u"https://192.168.1.20/v1"_s))).constFirst().type(),
             QNetworkProxy::NoProxy);
    const QNetworkProxy viaProxy
            = system.queryProxy(QNetworkProxyQuery(QUrl(u"http://api.example/v1"_s))).constFirst();
    QCOMPARE(viaProxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(viaProxy.hostName(), u"h.example"_s);
}

QTEST_GUILESS_MAIN(TestOutbound)
#include "tst_outbound.moc"
