// TLS with the generated test CA, and the standalone mygpt-fake-upstream binary.
#include "raw_http_client.h"
#include "test_certificates.h"
#include "tst_fakeupstream.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt::test;

namespace {
QSslConfiguration trusting(const QString &caPath)
{
    auto config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(caPath));
    return config;
}
} // namespace

void TestFakeUpstream::tlsWithNetworkAccessManager_data()
{
    QTest::addColumn<bool>("trustCa");
    QTest::newRow("CA trusted") << true;
    QTest::newRow("CA not trusted") << false;
}

void TestFakeUpstream::tlsWithNetworkAccessManager()
{
    QFETCH(bool, trustCa);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    FakeUpstream fake;
    QVERIFY2(fake.start(Tls::On), qPrintable(fake.errorString()));
    QCOMPARE(fake.baseUrl().scheme(), u"https"_s);
    QVERIFY(QFile::exists(fake.caCertificatePath()));
    QNetworkAccessManager nam;
    QNetworkRequest request(fake.url(u"/v1/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (trustCa)
        request.setSslConfiguration(trusting(fake.caCertificatePath()));
    const auto got = tst::fetch(nam, request, "POST", tst::chatBody("gpt-4o-mini", false));
    if (trustCa) {
        QCOMPARE(got.error, QNetworkReply::NoError);
        QCOMPARE(got.status, 200);
        QCOMPARE(tst::jsonObject(got.body).value("object"_L1).toString(), u"chat.completion"_s);
        QCOMPARE(fake.requests().size(), 1);
    } else {
        QCOMPARE(got.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(fake.requests().isEmpty());
    }
}

void TestFakeUpstream::tlsPeerNames_data()
{
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("works");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true << true;
    QTest::newRow("localhost") << u"localhost"_s << true << true;
    QTest::newRow("wrong name") << u"example.com"_s << true << false;
    QTest::newRow("CA not trusted") << u"127.0.0.1"_s << false << false;
}

void TestFakeUpstream::tlsPeerNames()
{
    QFETCH(QString, peerName);
    QFETCH(bool, trustCa);
    QFETCH(bool, works);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    FakeUpstream fake;
    QVERIFY2(fake.start(Tls::On), qPrintable(fake.errorString()));
    RawHttpClient client;
    const auto config
        = trustCa ? trusting(fake.caCertificatePath()) : QSslConfiguration::defaultConfiguration();
    QCOMPARE(client.connectTls(fake.port(), config, peerName), works);
    if (!works) {
        QVERIFY(!client.sslErrorsSeen().isEmpty());
        return;
    }
    // A stream over TLS still arrives whole and in order.
    client.send(tst::postJson("/v1/chat/completions", tst::chatBody("gpt-4o-mini", true),
        { { "x-fake-interval-ms", "10" } }));
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response().chunks.last(), "data: [DONE]\n\n");
}

void TestFakeUpstream::standaloneBinary_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestFakeUpstream::standaloneBinary()
{
    QFETCH(bool, tls);
    if (tls && !QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QStringLiteral(MYGPT_FAKE_UPSTREAM_BIN), tls ? QStringList { u"--tls"_s } : QStringList());
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    const int lines = tls ? 2 : 1;
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.count('\n') >= lines || process.state() != QProcess::Running;
        },
        20000));
    const QList<QByteArray> outLines = out.trimmed().split('\n');
    QCOMPARE(outLines.size(), lines);
    QVERIFY(outLines.at(0).startsWith("LISTENING "));
    const quint16 port = outLines.at(0).mid(10).toUShort();
    QVERIFY(port > 0);

    QUrl url;
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    url.setPath(u"/v1/models"_s);
    QNetworkRequest request(url);
    QString caPath;
    if (tls) {
        QVERIFY(outLines.at(1).startsWith("CA "));
        caPath = QString::fromLocal8Bit(outLines.at(1).mid(3));
        QVERIFY(QFile::exists(caPath));
        request.setSslConfiguration(trusting(caPath));
    }
    QNetworkAccessManager nam;
    QCOMPARE(tst::fetch(nam, request).status, 200);
    url.setPath(u"/__fake/requests"_s);
    request.setUrl(url);
    const auto recorded = QJsonDocument::fromJson(tst::fetch(nam, request).body).array();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first()["target"_L1].toString(), u"/v1/models"_s);

    process.terminate(); // SIGTERM: a clean exit, which also removes the temporary CA
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    if (tls)
        QVERIFY(!QFile::exists(caPath));
}
