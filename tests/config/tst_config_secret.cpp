#include "config/Secret.h"
#include "tst_config.h"

#include <QDebug>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;

void TestConfig::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.0.0.2") << u"127.0.0.2"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("::ffff:127.0.0.1") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("192.168.1.10") << u"192.168.1.10"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("fe80::1") << u"fe80::1"_s << false;
}

void TestConfig::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    ProxyConfig config;
    config.host = host;
    QCOMPARE(config.isLoopbackHost(), loopback);

    // Through the loader: a loopback host needs no access key, any other one does.
    Scratch scratch;
    const ConfigResult bare = loadConfig(scratch.sources({ u"--host"_s, host }));
    QCOMPARE(bare.error.isEmpty(), loopback);
    QCOMPARE(bare.config.isLoopbackHost(), loopback);
    const ConfigResult keyed = loadConfig(
        scratch.sources({ u"--host"_s, host }, { u"MYGPT_ACCESS_KEY=a-long-enough-access-key"_s }));
    QCOMPARE(keyed.error, QString());
    QCOMPARE(keyed.config.isLoopbackHost(), loopback);
    QCOMPARE(keyed.config.accessKey.reveal(), "a-long-enough-access-key");
}

void TestConfig::secretDebugIsMasked()
{
    const Secret key(QByteArray("sk-very-secret"));
    QString text;
    QDebug(&text) << key << Secret();
    QCOMPARE(text.trimmed(), u"Secret(***) Secret(empty)"_s);

    // And through the real message handler, as a careless qDebug() would print it.
    QTest::ignoreMessage(QtDebugMsg, "key: Secret(***)");
    qDebug() << "key:" << key;
}

void TestConfig::configDebugIsMasked()
{
    Scratch scratch;
    const ConfigResult result = loadConfig(scratch.sources({},
        { u"OPENAI_API_KEY=sk-abc123secret"_s, u"MYGPT_ACCESS_KEY=ak-def456secret789"_s,
            u"MYGPT_PROXY=http://u:pw789secret@p.example:3128"_s }));
    QCOMPARE(result.error, QString());
    QString text;
    QDebug(&text) << result.config;
    QVERIFY(text.contains(u"apiKey=Secret(***)"_s));
    QVERIFY(text.contains(u"accessKey=Secret(***)"_s));
    QVERIFY(text.contains(u"outboundProxy=http://u:***@p.example:3128"_s));
    QVERIFY2(!text.contains(u"secret"_s), qPrintable(text));
}

void TestConfig::shortAccessKeyWarns()
{
    Scratch scratch;
    QTest::ignoreMessage(
        QtWarningMsg, "MYGPT_ACCESS_KEY is shorter than 16 characters; it is easy to guess");
    const ConfigResult result = loadConfig(scratch.sources({}, { u"MYGPT_ACCESS_KEY=short"_s }));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.accessKey.reveal(), "short");
}

void TestConfig::secretBasics()
{
    const Secret empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.reveal(), QByteArray());
    const Secret key(QByteArray("sk-1"));
    QVERIFY(!key.isEmpty());
    QCOMPARE(key.reveal(), "sk-1");
    QVERIFY(key == Secret(QByteArray("sk-1")));
    QVERIFY(key != Secret(QByteArray("sk-2")));
    QVERIFY(key != empty);
    QVERIFY(empty == Secret(QByteArray("")));
    static_assert(!std::is_convertible_v<QByteArray, Secret>, "construction must be explicit");
    static_assert(!std::is_convertible_v<Secret, QByteArray>);
    static_assert(!std::is_convertible_v<Secret, QString>);
}

void TestConfig::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << "abcdef"_ba
                          << "abcdef"_ba << true;
    QTest::newRow("first byte differs") << "xbcdef"_ba
                                        << "abcdef"_ba << false;
    QTest::newRow("last byte differs") << "abcdex"_ba
                                       << "abcdef"_ba << false;
    QTest::newRow("prefix") << "abc"_ba
                            << "abcdef"_ba << false;
    QTest::newRow("longer") << "abcdef"_ba
                            << "abc"_ba << false;
    QTest::newRow("empty vs one") << QByteArray() << "a"_ba << false;
    QTest::newRow("nul padding is not equal") << QByteArray("abc\0", 4) << "abc"_ba << false;
    QTest::newRow("high bytes") << "\xff\x80"_ba
                                << "\xff\x80"_ba << true;
    QTest::newRow("high bytes differ") << "\xff\x80"_ba
                                       << "\xff\x81"_ba << false;
}

void TestConfig::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(mygpt::constantTimeEquals(a, b), equal);
    QCOMPARE(mygpt::constantTimeEquals(b, a), equal);
}
